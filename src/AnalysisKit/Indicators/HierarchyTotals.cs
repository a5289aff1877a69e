using AnalysisKit.Geography;

namespace AnalysisKit.Indicators;

/// <summary>
/// Practice counts summed to one geography level, with the practices that have no area at that level (e.g.
/// pseudo-practices without a cluster) listed rather than dropped.
/// </summary>
/// <param name="Level">The level summed to.</param>
/// <param name="EffectiveDate">The lookup's effective date.</param>
/// <param name="Areas">One row per area, ordered by area code (ordinal).</param>
/// <param name="UnassignedPractices">Practice codes in the lookup but without an area at <paramref name="Level"/>,
/// ordered; their counts are in no area.</param>
public sealed record HierarchyTotals(GeographyLevel Level, DateOnly EffectiveDate, IReadOnlyList<AreaCount> Areas,
    IReadOnlyList<string> UnassignedPractices);
