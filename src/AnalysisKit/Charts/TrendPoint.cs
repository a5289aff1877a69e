namespace AnalysisKit.Charts;

/// <summary>One period of a trend: the value and its confidence interval.</summary>
/// <param name="Period">The period (e.g. the first day of the month or year).</param>
/// <param name="Value">The value, finite.</param>
/// <param name="Lower">Lower confidence limit, at most <paramref name="Value"/>.</param>
/// <param name="Upper">Upper confidence limit, at least <paramref name="Value"/>.</param>
public sealed record TrendPoint(DateOnly Period, double Value, double Lower, double Upper);
