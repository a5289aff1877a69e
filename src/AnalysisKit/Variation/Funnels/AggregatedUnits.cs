using AnalysisKit.Geography;

namespace AnalysisKit.Variation.Funnels;

/// <summary>Practices summed to one geography level, ready for any funnel method.</summary>
/// <param name="Level">The level of the units.</param>
/// <param name="EffectiveDate">The geography lookup's date.</param>
/// <param name="Units">One unit per area (code, Σnumerator, Σdenominator), ordered by code.</param>
/// <param name="ExcludedPractices">Pseudo-practices and closed practices, reported rather than compared.</param>
public sealed record AggregatedUnits(GeographyLevel Level, DateOnly EffectiveDate, IReadOnlyList<FunnelUnit> Units, IReadOnlyList<string> ExcludedPractices);
