using AnalysisKit.Indicators;

namespace AnalysisKit.Charts;

/// <summary>One unit on a ranked (caterpillar) chart: its value, confidence interval and comparison.</summary>
/// <param name="Label">What the reader sees (e.g. "Practice A"); unique within the chart.</param>
/// <param name="Count">The count behind the value (e.g. the numerator of a rate): checked by the chart's disclosure
/// check, or <see cref="ChartCount.Suppressed"/>, and then the unit is not drawn (its interval would give the count back).</param>
/// <param name="Value">The unit's value, finite.</param>
/// <param name="Lower">Lower confidence limit, at most <paramref name="Value"/>.</param>
/// <param name="Upper">Upper confidence limit, at least <paramref name="Value"/>.</param>
/// <param name="Significance">How the value compares with the chart's comparator.</param>
/// <param name="Highlight">True for the unit the reader is looking for (e.g. the briefing's own cluster); ringed and named in the legend.</param>
public sealed record RankedBar(string Label, ChartCount Count, double Value, double Lower, double Upper, Significance Significance, bool Highlight = false);
