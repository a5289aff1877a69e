namespace AnalysisKit.Charts;

/// <summary>The deciles across all units in one period.</summary>
/// <param name="Period">The period (e.g. the first day of the month).</param>
/// <param name="Deciles">The 10th, 20th, …, 90th percentiles in that order: 9 finite, non-decreasing values.</param>
public sealed record PercentilePeriod(DateOnly Period, IReadOnlyList<double> Deciles);
