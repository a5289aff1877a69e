using AnalysisKit.Geography;

namespace AnalysisKit.Indicators;

/// <summary>One unit compared with the area above it that contains it (e.g. a practice with its cluster).</summary>
/// <param name="Unit">The unit's counts.</param>
/// <param name="Comparator">The comparator's counts (summed over all its practices, the unit's included); null when the
/// unit has no area at the comparator level (e.g. a pseudo-practice without a cluster).</param>
/// <param name="UnitResult">The measure for the unit.</param>
/// <param name="ComparatorResult">The measure for the comparator; null when there is no comparator.</param>
/// <param name="Significance">Whether the comparator's value lies outside the unit's interval.</param>
/// <param name="Assessment">The significance read through the polarity.</param>
public sealed record UnitComparison(AreaCount Unit, AreaCount? Comparator, IndicatorResult UnitResult,
    IndicatorResult? ComparatorResult, Significance Significance, Assessment Assessment)
{
    /// <summary>The unit's level.</summary>
    public GeographyLevel UnitLevel => Unit.Level;

}
