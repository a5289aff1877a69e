namespace AnalysisKit.Charts;

/// <summary>One period of a trend: the value and its confidence interval.</summary>
/// <param name="Period">The period (e.g. the first day of the month or year).</param>
/// <param name="Count">The count behind the value (e.g. the numerator of a rate): checked by the chart's disclosure
/// check, or <see cref="ChartCount.Suppressed"/>, and then the period is left as a gap (its interval would give the count back).</param>
/// <param name="Value">The value, finite.</param>
/// <param name="Lower">Lower confidence limit, at most <paramref name="Value"/>.</param>
/// <param name="Upper">Upper confidence limit, at least <paramref name="Value"/>.</param>
public sealed record TrendPoint(DateOnly Period, ChartCount Count, double Value, double Lower, double Upper);
