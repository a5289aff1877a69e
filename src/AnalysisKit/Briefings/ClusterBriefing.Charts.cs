using AnalysisKit.Charts;
using AnalysisKit.Disclosure;
using AnalysisKit.Extracts;
using AnalysisKit.Geography;
using AnalysisKit.Indicators;
using AnalysisKit.Variation.Funnels;
using AnalysisKit.Variation.Spc;

namespace AnalysisKit.Briefings;

/// <summary>The charts of the briefing: the cluster funnel, the XmR trend and the rates by SIMD quintile.</summary>
public sealed partial class ClusterBriefing
{
    /// <summary>The name of the all-clusters funnel chart.</summary>
    public const string FunnelChartName = "cluster-funnel";

    private static string FunnelLabel(GpCluster briefed, string code) =>
        string.Equals(code, briefed.Code, StringComparison.Ordinal) ? $"{briefed.Code} {briefed.Name} (this cluster)" : code;

    private static ChartFigure ClusterFunnelChart(
        BriefingOptions options, PracticeHierarchy hierarchy, IReadOnlyList<PracticeCount> practices, int headline, double scotlandRate,
        SuppressionPolicy policy, DisclosureChartCheck check, out ClusterFunnelResult result)
    {
        var label = IndicatorList[headline].Label;
        // Observed against expected at Scotland's rate: expected = patient-years × Scotland's rate per patient-year.
        var units = practices.Select(p => new FunnelUnit(p.PracticeCode, p.Numerator, p.Denominator * scotlandRate / RateMultiplier)).ToList();
        result = ClusterFunnel.ClustersAcrossScotland(units, hierarchy, OverdispersedFunnelMethod.StandardisedRatioShmi);
        var funnel = result.Funnel;
        var briefed = hierarchy.Clusters.Single(c => string.Equals(c.Code, options.ClusterCode, StringComparison.Ordinal));
        // A cluster is withheld (its ratio × expected is its count) when the tables suppressed its count or the policy
        // calls its count small (primary suppression of the funnel's own counts).
        var chartUnits = funnel.Units.Select(u =>
        {
            var unitLabel = FunnelLabel(briefed, u.Unit.Code);
            var count = (long)u.Unit.Numerator;
            var numerator = check.IsSuppressedInTables(FunnelChartName, unitLabel) || policy.IsSmall(count) ? ChartCount.Suppressed : ChartCount.Of(count);
            return new FunnelChartPoint(unitLabel, u.Denominator, u.Ratio * funnel.Multiplier, numerator, Position(u));
        }).ToList();
        // The limits from half the smallest cluster's expected count: below that they only widen towards infinity.
        var smallest = funnel.Units.Min(u => u.Denominator);
        var grid = funnel.Grid.GroupBy(g => g.X).Select(g => g.First()).Where(g => g.X >= smallest / 2).ToList();
        FunnelLimits Limits(OverdispersedFunnelGridPoint g) => funnel.AdjustedLimitsUsed ? g.Adjusted : g.Unadjusted;
        var lines = new FunnelLimitLines(
            grid.Select(g => g.X).ToArray(),
            grid.Select(g => Limits(g).Lower95).ToArray(), grid.Select(g => Limits(g).Upper95).ToArray(),
            grid.Select(g => Limits(g).Lower998).ToArray(), grid.Select(g => Limits(g).Upper998).ToArray(),
            0.95, 0.998, funnel.Target * funnel.Multiplier);
        var data = new FunnelChartData(FunnelChartName, $"{label}: every cluster against Scotland (observed / expected)", "clusters",
            "Expected items at Scotland's rate", "Observed / expected", chartUnits, lines, 2, DenominatorIsCount: false);
        return FunnelChart.Create(data, check);
    }

    /// <summary>The name of the chart of the headline measure by SIMD quintile.</summary>
    public const string SimdChartName = "simd-rates";

    private static string SimdItem(int quintile) => "SIMD quintile " + SimdQuintileChart.QuintileLabel(quintile);

    /// <summary>Bars of the headline rate by SIMD quintile of the practice; a quintile whose count is suppressed gets no bar. Null when no quintile is known.</summary>
    private static ChartFigure? SimdChart(GpCluster cluster, IReadOnlyList<BriefingQuintile> quintiles, int headline, DisclosureChartCheck check)
    {
        var known = quintiles.Where(q => q.Quintile is not null).ToList();
        if (known.Count == 0)
        {
            return null;
        }

        var label = IndicatorList[headline].Label;
        var bars = known.Select(q => new SimdQuintileBar(q.Quintile!.Value, q.Rate.Value, q.Rate.Lower, q.Rate.Upper,
            q.CountSuppressed ? ChartCount.Suppressed : ChartCount.Of((long)q.Rate.Numerator))).ToList();
        return SimdQuintileChart.Create(new SimdQuintileData(SimdChartName, $"{label} per 1,000 patient-years by SIMD quintile of the practice",
            $"the practices of {cluster.Name}", $"{label} per 1,000 patient-years", bars, 0.95, 1), check);
    }

    private static FunnelPosition Position(OverdispersedFunnelUnit unit) => (unit.Outlier998, unit.Outlier95) switch
    {
        (FunnelOutlier.High, _) => FunnelPosition.AboveOuter,
        (FunnelOutlier.Low, _) => FunnelPosition.BelowOuter,
        (_, FunnelOutlier.High) => FunnelPosition.AboveInner,
        (_, FunnelOutlier.Low) => FunnelPosition.BelowInner,
        _ => FunnelPosition.WithinLimits,
    };

    /// <summary>The name of the XmR trend chart.</summary>
    public const string TrendChartName = "cluster-trend";

    /// <summary>
    /// The cluster's rate month by month as an index of Scotland's rate in the same month (Scotland = 100), up to the
    /// period's last month, each month summed with the same method as the summary (PracticePeriodTotals over one month,
    /// aggregated to the cluster and to Scotland). Prescribing and activity are seasonal, and an XmR chart of the raw
    /// monthly rate flags every winter; the index takes out the seasonal pattern the cluster shares with Scotland, so
    /// special causes are changes in the cluster relative to Scotland (the "indirectly standardised by month" view of
    /// Mohammed et al., "Plotting basic control charts", BMJ Qual Saf 2008). Practice list sizes are public, so a
    /// monthly index gives its monthly count back: when any month's count is small under the policy the whole trend is
    /// withheld (null), since withholding single months would leave them recoverable from the published total.
    /// </summary>
    private static ChartFigure? TrendChart(BriefingOptions options, Extract extract, PracticeHierarchy hierarchy, int headline, SuppressionPolicy policy, out XmrResult? xmr)
    {
        var (_, measure, label) = IndicatorList[headline];
        var months = extract.Data.Columns[extract.Schema.Period!];
        var distinct = new SortedSet<DateOnly>();
        for (long row = 0; row < extract.Data.Rows.Count; row++)
        {
            if (months[row] is DateTime month && DateOnly.FromDateTime(month) <= options.LastMonth)
            {
                distinct.Add(DateOnly.FromDateTime(month));
            }
        }

        var monthly = new List<SpcPoint>();
        foreach (var month in distinct)
        {
            var practices = PracticePeriodTotals.PatientYears(extract, measure, ListSizeColumn, month, month, out _)
                .Where(p => hierarchy.IsComparable(p.PracticeCode)).ToList();
            var area = HierarchyComparison.Aggregate(practices, hierarchy, GeographyLevel.Cluster).Areas
                .SingleOrDefault(a => string.Equals(a.AreaCode, options.ClusterCode, StringComparison.Ordinal));
            var scotland = HierarchyComparison.Aggregate(practices, hierarchy, GeographyLevel.Scotland).Areas.Single();
            if (area is { Denominator: > 0 } && scotland is { Numerator: > 0, Denominator: > 0 })
            {
                if (policy.IsSmall((long)area.Numerator))
                {
                    xmr = null;
                    return null;
                }

                monthly.Add(new SpcPoint(month, MonthIndex(area.Numerator, area.Denominator, scotland.Numerator, scotland.Denominator)));
            }
        }

        xmr = XmrChart.Calculate(monthly, new XmrOptions(ImprovementDirection.Decrease));
        var points = xmr.Points.Where(p => p.Value is not null).Select(p => new SpcChartPoint(
            p.Date, p.Value!.Value, p.Mean, p.LowerLimit, p.UpperLimit, p.PointType)).ToList();
        return SpcChart.Create(new SpcChartData(TrendChartName, $"{label}: the cluster's monthly rate as an index of Scotland's in the same month (Scotland = 100), XmR chart",
            $"{label}, % of Scotland's rate", points, [], null, 1));
    }

    /// <summary>The cluster's rate as a percentage of Scotland's rate in the same month: (a / b) / (c / d) × 100.</summary>
    internal static double MonthIndex(double clusterCount, double clusterPatientYears, double scotlandCount, double scotlandPatientYears) =>
        clusterCount / clusterPatientYears / (scotlandCount / scotlandPatientYears) * 100;
}
