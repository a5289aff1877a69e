using AnalysisKit.Charts;
using AnalysisKit.Definitions;
using AnalysisKit.Disclosure;
using AnalysisKit.Geography;
using AnalysisKit.Indicators;
using AnalysisKit.Variation.Funnels;
using AnalysisKit.Variation.Spc;

namespace AnalysisKit.Briefings;

/// <summary>The charts of the briefing: the funnel of every area at the briefed level, the XmR trend and the rates by SIMD quintile.</summary>
public sealed partial class ClusterBriefing
{
    /// <summary>The name of the funnel chart of every area at the briefed level (clusters for a cluster briefing).</summary>
    public const string FunnelChartName = "cluster-funnel";

    private static string FunnelLabel(BriefingArea briefed, string code) =>
        string.Equals(code, briefed.Code, StringComparison.Ordinal)
            ? $"{(briefed.Name == briefed.Code ? briefed.Code : briefed.Code + " " + briefed.Name)} (this {BriefingArea.LevelName(briefed.Level)})"
            : code;

    private static ChartFigure AreaFunnelChart(BriefingArea area, BriefingPlacement placement, IndicatorSums headline, SuppressionPolicy policy,
        DisclosureChartCheck check, out ClusterFunnelResult result)
    {
        var level = BriefingArea.GeographyLevel(area.Level);
        var label = headline.Definition.Label;
        var scotland = headline.Area(GeographyLevel.Scotland, HealthBoard.ScotlandCode)!;
        // Observed against expected at Scotland's rates (crude, or age-sex for standardised indicators).
        var units = headline.ByUnit.OrderBy(u => u.Key, StringComparer.Ordinal)
            .Select(u => new FunnelUnit(u.Key, u.Value.Numerator, headline.Expected(u.Value, scotland))).ToList();
        result = ClusterFunnel.AreasAcrossScotland(units, placement, level, OverdispersedFunnelMethod.StandardisedRatioShmi);
        var funnel = result.Funnel;
        // An area is withheld (its ratio × expected is its count) when the tables suppressed its count or the policy
        // calls its count small (primary suppression of the funnel's own counts).
        var chartUnits = funnel.Units.Select(u =>
        {
            var unitLabel = FunnelLabel(area, u.Unit.Code);
            var count = (long)u.Unit.Numerator;
            var numerator = check.IsSuppressedInTables(FunnelChartName, unitLabel) || policy.IsSmall(count) ? ChartCount.Suppressed : ChartCount.Of(count);
            return new FunnelChartPoint(unitLabel, u.Denominator, u.Ratio * funnel.Multiplier, numerator, Position(u));
        }).ToList();
        // The limits from half the smallest area's expected count: below that they only widen towards infinity.
        var smallest = funnel.Units.Min(u => u.Denominator);
        var grid = funnel.Grid.GroupBy(g => g.X).Select(g => g.First()).Where(g => g.X >= smallest / 2).ToList();
        FunnelLimits Limits(OverdispersedFunnelGridPoint g) => funnel.AdjustedLimitsUsed ? g.Adjusted : g.Unadjusted;
        var lines = new FunnelLimitLines(
            grid.Select(g => g.X).ToArray(),
            grid.Select(g => Limits(g).Lower95).ToArray(), grid.Select(g => Limits(g).Upper95).ToArray(),
            grid.Select(g => Limits(g).Lower998).ToArray(), grid.Select(g => Limits(g).Upper998).ToArray(),
            0.95, 0.998, funnel.Target * funnel.Multiplier);
        var plural = area.Level == AreaLevel.Cluster ? "clusters" : BriefingArea.LevelName(area.Level) + "s";
        var data = new FunnelChartData(FunnelChartName, $"{label}: every {BriefingArea.LevelName(area.Level)} against Scotland (observed / expected)", plural,
            "Expected at Scotland's rate", "Observed / expected", chartUnits, lines, 2, DenominatorIsCount: false);
        return FunnelChart.Create(data, check);
    }

    /// <summary>The name of the chart of the headline by SIMD quintile.</summary>
    public const string SimdChartName = "simd-rates";

    private static string SimdItem(int quintile) => "SIMD quintile " + SimdQuintileChart.QuintileLabel(quintile);

    /// <summary>Bars of the headline by SIMD quintile of the practice; a quintile whose count is suppressed gets no bar. Null when no quintile is known.</summary>
    private static ChartFigure? SimdChart(BriefingArea area, IReadOnlyList<BriefingQuintile> quintiles, IndicatorDefinition headline, DisclosureChartCheck check)
    {
        var known = quintiles.Where(q => q.Quintile is not null && !double.IsNaN(q.Rate.Value)).ToList();
        if (known.Count == 0)
        {
            return null;
        }

        var bars = known.Select(q => new SimdQuintileBar(q.Quintile!.Value, q.Rate.Value, q.Rate.Lower, q.Rate.Upper,
            q.CountSuppressed ? ChartCount.Suppressed : ChartCount.Of((long)q.Rate.Numerator))).ToList();
        return SimdQuintileChart.Create(new SimdQuintileData(SimdChartName, $"{headline.Label} ({headline.Unit}) by SIMD quintile of the practice",
            $"the practices of {area.Name}", $"{headline.Label} ({headline.Unit})", bars, 0.95, 1), check);
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
    /// The area's headline month by month, up to the period's last month, as an index of Scotland's in the same month
    /// (Scotland = 100): the crude ratio (Σ numerator / Σ denominator) of the practices placed in the area that month,
    /// over Scotland's. Prescribing and activity are seasonal, and an XmR chart of the raw monthly rate flags every
    /// winter; the index takes out the seasonal pattern the area shares with Scotland, so special causes are changes
    /// in the area relative to Scotland (the "indirectly standardised by month" view of Mohammed et al., "Plotting
    /// basic control charts", BMJ Qual Saf 2008). Practice list sizes are public, so a monthly index gives its monthly
    /// count back: when any month's count is small under the policy the whole trend is withheld (null), since
    /// withholding single months would leave them recoverable from the published total. Null also for an annual headline.
    /// </summary>
    private static ChartFigure? TrendChart(BriefingArea area, IndicatorData data, BriefingPlacement placement, IndicatorDefinition headline,
        PeriodDefinition period, SuppressionPolicy policy, out XmrResult? xmr)
    {
        xmr = null;
        if (headline.Month is null)
        {
            return null;
        }

        var level = BriefingArea.GeographyLevel(area.Level);
        var months = new SortedDictionary<DateOnly, (double AreaN, double AreaD, double ScotN, double ScotD)>();
        foreach (var value in data.Values.Where(v => v.Usable && v.Month is not null))
        {
            var month = value.Month!.Value;
            var practice = placement.At(month).Practice(value.PracticeCode);
            if (practice is null || !practice.IsComparable)
            {
                continue;
            }

            var sums = months.GetValueOrDefault(month);
            var inArea = string.Equals(AreaOf(practice, level), area.Code, StringComparison.Ordinal);
            months[month] = (sums.AreaN + (inArea ? value.Numerator!.Value : 0), sums.AreaD + (inArea ? value.Denominator!.Value : 0),
                sums.ScotN + value.Numerator!.Value, sums.ScotD + value.Denominator!.Value);
        }

        var monthly = new List<SpcPoint>();
        foreach (var (month, s) in months)
        {
            if (s.AreaD > 0 && s.ScotN > 0 && s.ScotD > 0)
            {
                if (policy.IsSmall((long)s.AreaN))
                {
                    return null;
                }

                monthly.Add(new SpcPoint(month, MonthIndex(s.AreaN, s.AreaD, s.ScotN, s.ScotD)));
            }
        }

        if (monthly.Count == 0)
        {
            return null;
        }

        var direction = headline.Polarity switch
        {
            Polarity.HigherIsBetter => ImprovementDirection.Increase,
            Polarity.LowerIsBetter => ImprovementDirection.Decrease,
            _ => ImprovementDirection.Neutral,
        };
        xmr = XmrChart.Calculate(monthly, new XmrOptions(direction));
        var points = xmr.Points.Where(p => p.Value is not null).Select(p => new SpcChartPoint(
            p.Date, p.Value!.Value, p.Mean, p.LowerLimit, p.UpperLimit, p.PointType)).ToList();
        var levelName = BriefingArea.LevelName(area.Level);
        return SpcChart.Create(new SpcChartData(TrendChartName, $"{headline.Label}: the {levelName}'s monthly value as an index of Scotland's in the same month (Scotland = 100), XmR chart",
            $"{headline.Label}, % of Scotland's", points, [], null, 1));
    }

    private static string? AreaOf(Practice practice, GeographyLevel level) => level switch
    {
        GeographyLevel.Cluster => practice.ClusterCode,
        GeographyLevel.Hscp => practice.HscpCode,
        GeographyLevel.Board => practice.BoardCode,
        _ => HealthBoard.ScotlandCode,
    };

    /// <summary>The area's rate as a percentage of Scotland's rate in the same month: (a / b) / (c / d) × 100.</summary>
    internal static double MonthIndex(double areaCount, double areaDenominator, double scotlandCount, double scotlandDenominator) =>
        areaCount / areaDenominator / (scotlandCount / scotlandDenominator) * 100;
}
