using AnalysisKit.Geography;

namespace AnalysisKit.Variation.Funnels;

/// <summary>
/// A funnel of areas at one geography level (clusters across Scotland, or practices within a cluster or board), with
/// the lookup date and the practices left out of the comparison.
/// </summary>
/// <param name="Level">The level of the plotted units.</param>
/// <param name="Scope">What the units are compared within: "Scotland", or the cluster or board code.</param>
/// <param name="EffectiveDate">The geography lookup's date (null when groups were given directly).</param>
/// <param name="Funnel">The over-dispersed funnel of the units.</param>
/// <param name="ExcludedPractices">Practices not compared: pseudo-practices and closed practices (reported, not plotted).</param>
public sealed record ClusterFunnelResult(
    GeographyLevel Level,
    string Scope,
    DateOnly? EffectiveDate,
    OverdispersedFunnelResult Funnel,
    IReadOnlyList<string> ExcludedPractices);
