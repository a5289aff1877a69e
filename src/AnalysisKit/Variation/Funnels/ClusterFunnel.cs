using AnalysisKit.Geography;

namespace AnalysisKit.Variation.Funnels;

/// <summary>
/// The two funnel comparisons a GP cluster needs, each in one call (Scottish GP cluster quality framework, "Quality
/// Control" step): the whole cluster against all clusters in Scotland (a cluster that is an outlier as a whole spurs
/// shared action), and the practices within one cluster or board. Practices are aggregated to clusters by summing
/// numerators and denominators; pseudo-practices and closed practices are left out and listed.
/// </summary>
public static class ClusterFunnel
{
    /// <summary>Every cluster in Scotland as one unit on an over-dispersed funnel.</summary>
    /// <param name="practices">One row per practice: practice code, numerator, denominator.</param>
    /// <param name="lookup">The dated practice → cluster lookup.</param>
    /// <param name="method">Funnel data type (proportions by default).</param>
    /// <param name="trimBy">Trimming before φ is estimated; 0 ≤ trimBy &lt; 0.5, default 0.1.</param>
    /// <param name="multiplier">Scale of ratios and limits; default 1.</param>
    public static ClusterFunnelResult ClustersAcrossScotland(
        IEnumerable<FunnelUnit> practices,
        IGeographyLookup lookup,
        OverdispersedFunnelMethod method = OverdispersedFunnelMethod.Proportion,
        double trimBy = 0.1,
        double multiplier = 1) =>
        AreasAcrossScotland(practices, lookup, GeographyLevel.Cluster, method, trimBy, multiplier);

    /// <summary>Every area at <paramref name="level"/> (cluster, HSCP or board) as one unit on an over-dispersed funnel.</summary>
    /// <param name="practices">One row per practice: practice code, numerator, denominator.</param>
    /// <param name="lookup">The dated practice lookup.</param>
    /// <param name="level">Cluster, HSCP or board.</param>
    /// <param name="method">Funnel data type.</param>
    /// <param name="trimBy">Trimming before φ is estimated; 0 ≤ trimBy &lt; 0.5.</param>
    /// <param name="multiplier">Scale of ratios and limits.</param>
    public static ClusterFunnelResult AreasAcrossScotland(
        IEnumerable<FunnelUnit> practices,
        IGeographyLookup lookup,
        GeographyLevel level,
        OverdispersedFunnelMethod method = OverdispersedFunnelMethod.Proportion,
        double trimBy = 0.1,
        double multiplier = 1)
    {
        var areas = Aggregate(practices, lookup, level);
        var funnel = OverdispersedFunnel.Fit(areas.Units, method, trimBy, multiplier);
        return new ClusterFunnelResult(level, "Scotland", lookup.EffectiveDate, funnel, areas.ExcludedPractices);
    }

    /// <summary>
    /// Sums practices' numerators and denominators to each area at <paramref name="level"/>, leaving out
    /// pseudo-practices and closed practices (listed in the result), for use with any funnel method
    /// (e.g. <see cref="PheFunnel.ProportionSignificance"/> or <see cref="HsmrFunnel.Fit"/>).
    /// </summary>
    /// <param name="practices">One row per practice; a practice code twice is an error, not summed twice.</param>
    /// <param name="lookup">The dated practice lookup; every comparable practice must be in it.</param>
    /// <param name="level">Cluster, HSCP, board or Scotland.</param>
    public static AggregatedUnits Aggregate(IEnumerable<FunnelUnit> practices, IGeographyLookup lookup, GeographyLevel level)
    {
        ArgumentNullException.ThrowIfNull(practices);
        ArgumentNullException.ThrowIfNull(lookup);
        var (grouped, excluded) = Group(practices, lookup, level);
        var areas = grouped
            .GroupBy(g => g.Group, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new FunnelUnit(g.Key, g.Sum(x => x.Unit.Numerator), g.Sum(x => x.Unit.Denominator)))
            .ToList();
        return new AggregatedUnits(level, lookup.EffectiveDate, areas, excluded);
    }

    /// <summary>The practices of one cluster, HSCP or board on an over-dispersed funnel.</summary>
    /// <param name="practices">One row per practice.</param>
    /// <param name="lookup">The dated practice lookup.</param>
    /// <param name="level">The level of <paramref name="areaCode"/>: cluster, HSCP or board.</param>
    /// <param name="areaCode">The cluster, HSCP or board whose practices are compared.</param>
    /// <param name="method">Funnel data type.</param>
    /// <param name="trimBy">Trimming before φ is estimated.</param>
    /// <param name="multiplier">Scale of ratios and limits.</param>
    public static ClusterFunnelResult PracticesWithinArea(
        IEnumerable<FunnelUnit> practices,
        IGeographyLookup lookup,
        GeographyLevel level,
        string areaCode,
        OverdispersedFunnelMethod method = OverdispersedFunnelMethod.Proportion,
        double trimBy = 0.1,
        double multiplier = 1)
    {
        ArgumentNullException.ThrowIfNull(practices);
        ArgumentNullException.ThrowIfNull(lookup);
        var (grouped, excluded) = Group(practices, lookup, level);
        var result = PracticesWithinGroup(grouped, areaCode, method, trimBy, multiplier);
        return result with { EffectiveDate = lookup.EffectiveDate, Level = GeographyLevel.Practice, ExcludedPractices = excluded };
    }

    /// <summary>The units of one group (rows already carry their group key) on an over-dispersed funnel.</summary>
    /// <param name="rows">Unit rows with their group code.</param>
    /// <param name="group">The group whose units are compared; it must have at least one row.</param>
    /// <param name="method">Funnel data type.</param>
    /// <param name="trimBy">Trimming before φ is estimated.</param>
    /// <param name="multiplier">Scale of ratios and limits.</param>
    public static ClusterFunnelResult PracticesWithinGroup(
        IEnumerable<GroupedUnit> rows,
        string group,
        OverdispersedFunnelMethod method = OverdispersedFunnelMethod.Proportion,
        double trimBy = 0.1,
        double multiplier = 1)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(group);
        var units = rows.Where(r => string.Equals(r.Group, group, StringComparison.Ordinal)).Select(r => r.Unit).ToList();
        if (units.Count == 0)
        {
            throw new ArgumentException(VariationMessages.NoUnits($"rows in group '{group}'"), nameof(group));
        }

        var funnel = OverdispersedFunnel.Fit(units, method, trimBy, multiplier);
        return new ClusterFunnelResult(GeographyLevel.Practice, group, null, funnel, Array.Empty<string>());
    }

    private static (List<GroupedUnit> Grouped, List<string> Excluded) Group(IEnumerable<FunnelUnit> practices, IGeographyLookup lookup, GeographyLevel level)
    {
        var grouped = new List<GroupedUnit>();
        var excluded = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var practice in practices)
        {
            if (!seen.Add(practice.Code))
            {
                throw new ArgumentException(VariationMessages.DuplicateUnit(nameof(practices), practice.Code), nameof(practices));
            }

            if (!lookup.IsComparable(practice.Code))
            {
                excluded.Add(practice.Code);
                continue;
            }

            var area = lookup.AreaCode(practice.Code, level)
                       ?? throw new ArgumentException(VariationMessages.UnknownPractice(practice.Code, level.ToString()), nameof(practices));
            grouped.Add(new GroupedUnit(area, practice));
        }

        return (grouped, excluded);
    }
}
