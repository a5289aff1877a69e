namespace AnalysisKit.Variation.Spc;

/// <summary>One period of a series for an XmR chart.</summary>
/// <param name="Date">The period (e.g. the first day of the month); strictly increasing along a series.</param>
/// <param name="Value">The measured value, or null for a missing period.</param>
public sealed record SpcPoint(DateOnly Date, double? Value);
