namespace AnalysisKit.Charts;

/// <summary>One unit (practice, cluster, board) on a funnel plot.</summary>
/// <param name="Label">What the reader sees (e.g. "Practice A"); unique within the chart.</param>
/// <param name="Denominator">The x value: the unit's denominator (e.g. list size), finite, 0 or more.</param>
/// <param name="Value">The y value: the unit's indicator value (proportion, rate or ratio), finite.</param>
/// <param name="Numerator">The numerator shown in hover text: a count (checked by disclosure control) or suppressed.</param>
/// <param name="Position">Where the unit lies against the limits (from the funnel statistics).</param>
/// <param name="Highlighted">True for a unit the reader looks for (e.g. the briefed cluster, the reader's own practice):
/// it is ringed and labelled wherever it lies, and the alt text names it.</param>
public sealed record FunnelChartPoint(string Label, double Denominator, double Value, ChartCount Numerator, FunnelPosition Position, bool Highlighted = false);
