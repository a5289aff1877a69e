namespace AnalysisKit.Indicators;

/// <summary>A measure broken down by SIMD quintile, with the area's overall value and the SII and RII.</summary>
/// <param name="ByQuintile">The measure in quintiles 1 (most deprived) to 5, in that order.</param>
/// <param name="Overall">The measure for the whole area, from the summed counts.</param>
/// <param name="Indices">SII and RII with limits.</param>
/// <param name="Warnings">Caveats, e.g. a quintile whose measure could not be calculated.</param>
public sealed record SimdBreakdown(IReadOnlyList<IndicatorResult> ByQuintile, IndicatorResult Overall,
    InequalityIndices Indices, IReadOnlyList<string> Warnings);
