namespace AnalysisKit.Charts;

/// <summary>The highlighted unit's value in one period of a percentile chart.</summary>
/// <param name="Period">The period; must be one of the chart's decile periods.</param>
/// <param name="Value">The unit's value, finite.</param>
public sealed record PercentileUnitPoint(DateOnly Period, double Value);
