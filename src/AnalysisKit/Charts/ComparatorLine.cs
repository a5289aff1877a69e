namespace AnalysisKit.Charts;

/// <summary>A reference value drawn across a chart and labelled (e.g. Scotland, the health board).</summary>
/// <param name="Label">What the line is (e.g. "Scotland").</param>
/// <param name="Value">Its value, finite.</param>
public sealed record ComparatorLine(string Label, double Value);
