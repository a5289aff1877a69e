namespace AnalysisKit.Charts;

/// <summary>One SIMD quintile's bar.</summary>
/// <param name="Quintile">Scottish Index of Multiple Deprivation quintile: 1 (most deprived) to 5 (least deprived).</param>
/// <param name="Value">The value in the quintile, finite.</param>
/// <param name="Lower">Lower confidence limit, or null when no interval is shown (then <paramref name="Upper"/> is null too).</param>
/// <param name="Upper">Upper confidence limit, or null.</param>
/// <param name="Numerator">The numerator shown in hover text, or null when none is shown.</param>
/// <param name="Label">The bar's label for a group of quintiles (e.g. "2–4", placed at its first quintile), or null for the quintile's own.</param>
public sealed record SimdQuintileBar(int Quintile, double Value, double? Lower = null, double? Upper = null, ChartCount? Numerator = null, string? Label = null);
