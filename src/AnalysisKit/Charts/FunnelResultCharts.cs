using AnalysisKit.Variation.Funnels;

namespace AnalysisKit.Charts;

/// <summary>
/// From a funnel result to a <see cref="FunnelChart"/> in one call: <c>result.ToChart(options)</c> for PHE proportion,
/// ratio and rate funnels, FunnelPlotR's over-dispersed funnels (and the cluster funnels built on them) and PHS's HSMR
/// funnel. Each unit is placed from the result's own verdict (its significance or outlier flags, never recomputed); the
/// limit lines are the result's own limits evaluated on a grid across the units' x range (from just below the smallest
/// unit to just above the largest, not from 1, so the y axis fits the data), with the result's centre line.
/// Disclosure: every numerator passes through the given disclosure check; with the default
/// (<see cref="DisclosureChartCheck.Default"/>, PHS practice, or any <see cref="DisclosureChartCheck"/>), a unit whose
/// numerator the policy calls small is withheld — not plotted, and said so in the alt text — rather than refused, and
/// a denominator that counts people (a proportion's) is checked as well. Another check decides for itself.
/// </summary>
public static class FunnelResultCharts
{
    /// <summary>Points on the limit grid.</summary>
    public const int GridPoints = 120;

    /// <summary>A PHEindicatormethods funnel (proportion, ratio or rate) as a funnel plot.</summary>
    /// <param name="result">The funnel from <see cref="PheFunnel.ForProportions"/>, <see cref="PheFunnel.ForRatios"/> or <see cref="PheFunnel.ForRates"/>.</param>
    /// <param name="options">Name, title, labels and highlights.</param>
    /// <param name="disclosure">The disclosure check; null for <see cref="DisclosureChartCheck.Default"/>.</param>
    /// <returns>The chart with its alt text.</returns>
    public static ChartFigure ToChart(this PheFunnelResult result, FunnelChartOptions options, IChartDisclosureCheck? disclosure = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(options);
        var check = disclosure ?? DisclosureChartCheck.Default;
        var units = new List<FunnelChartPoint>();
        for (var i = 0; i < result.Units.Count; i++)
        {
            var unit = result.Units[i];
            if (unit.Significance == PheFunnelSignificance.NotApplicable)
            {
                continue; // a DSR from fewer than 10 events has no published rate
            }

            var (x, y) = result.Statistic switch
            {
                PheFunnelStatistic.Proportion => (unit.Unit.Denominator, unit.Value * result.Multiplier),
                PheFunnelStatistic.Ratio => (unit.Unit.Denominator, unit.Value * result.Multiplier),
                _ => (result.RatePoints[i].AnnualPopulation!.Value, result.RatePoints[i].ChartRate!.Value),
            };
            units.Add(Point(options, check, unit.Unit.Code, unit.Unit.Numerator, x, y, Position(unit.Significance)));
        }

        var isCount = result.Statistic == PheFunnelStatistic.Proportion && units.All(u => u.Denominator == Math.Floor(u.Denominator));
        var (xTitle, yTitle) = result.Statistic switch
        {
            PheFunnelStatistic.Proportion => ("Denominator", result.Multiplier == 100 ? "Percentage" : $"Proportion × {ChartFormat.Number(result.Multiplier, 0)}"),
            PheFunnelStatistic.Ratio => ("Expected", result.Multiplier == 100 ? "Indirectly standardised ratio" : "Observed / expected"),
            _ => ("Population per year", $"Rate per {ChartFormat.Number(result.Multiplier, 0)}"),
        };
        return Build(options, check, units, result.LimitsAt, result.Target, xTitle, yTitle, isCount);
    }

    /// <summary>A FunnelPlotR over-dispersed funnel as a funnel plot (adjusted limits unless the φ ≤ 1 fallback applied).</summary>
    /// <param name="result">The funnel from <see cref="OverdispersedFunnel.Fit"/>.</param>
    /// <param name="options">Name, title, labels and highlights.</param>
    /// <param name="disclosure">The disclosure check; null for <see cref="DisclosureChartCheck.Default"/>.</param>
    /// <returns>The chart with its alt text.</returns>
    public static ChartFigure ToChart(this OverdispersedFunnelResult result, FunnelChartOptions options, IChartDisclosureCheck? disclosure = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(options);
        var check = disclosure ?? DisclosureChartCheck.Default;
        var units = result.Units.Select(u => Point(options, check, u.Unit.Code, u.Unit.Numerator, u.Denominator, u.Ratio * result.Multiplier,
            Position(u.Outlier95, u.Outlier998))).ToList();
        var ratio = result.Method is OverdispersedFunnelMethod.StandardisedRatioShmi or OverdispersedFunnelMethod.StandardisedRatioCqc;
        var isCount = result.Method == OverdispersedFunnelMethod.Proportion && units.All(u => u.Denominator == Math.Floor(u.Denominator));
        var yTitle = result.Method switch
        {
            OverdispersedFunnelMethod.Proportion => result.Multiplier == 100 ? "Percentage" : "Proportion",
            OverdispersedFunnelMethod.RatioOfCounts => "Ratio",
            _ => "Observed / expected",
        };
        return Build(options, check, units, result.LimitsAt, result.Target * result.Multiplier, ratio ? "Expected" : "Denominator", yTitle, isCount);
    }

    /// <summary>A cluster funnel (areas across Scotland, practices within an area) as a funnel plot.</summary>
    /// <param name="result">The funnel from <see cref="ClusterFunnel"/>.</param>
    /// <param name="options">Name, title, labels and highlights.</param>
    /// <param name="disclosure">The disclosure check; null for <see cref="DisclosureChartCheck.Default"/>.</param>
    /// <returns>The chart with its alt text.</returns>
    public static ChartFigure ToChart(this ClusterFunnelResult result, FunnelChartOptions options, IChartDisclosureCheck? disclosure = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Funnel.ToChart(options, disclosure);
    }

    /// <summary>A PHS HSMR funnel as a funnel plot: SMR against predicted deaths, limits 1 ± z·R(st_err·w), target 1.</summary>
    /// <param name="result">The funnel from <see cref="HsmrFunnel.Fit"/>.</param>
    /// <param name="options">Name, title, labels and highlights.</param>
    /// <param name="disclosure">The disclosure check; null for <see cref="DisclosureChartCheck.Default"/>.</param>
    /// <returns>The chart with its alt text.</returns>
    public static ChartFigure ToChart(this HsmrFunnelResult result, FunnelChartOptions options, IChartDisclosureCheck? disclosure = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(options);
        var check = disclosure ?? DisclosureChartCheck.Default;
        var units = result.Units.Select(u => Point(options, check, u.Unit.Code, u.Unit.Numerator, u.Unit.Denominator, u.Ratio,
            Position(u.Outlier95, u.Outlier998))).ToList();
        return Build(options with { Decimals = Math.Max(options.Decimals, 2) }, check, units, x => HsmrFunnel.LimitsAt(x, result.DispersionFactor), 1,
            "Predicted deaths", "Standardised mortality ratio", false);
    }

    /// <summary>The grid across the units' x range: <see cref="GridPoints"/> points evenly spaced on a log scale from
    /// the smallest x ÷ 1.1 to the largest × 1.05 (a single x gives a grid around it).</summary>
    /// <param name="smallest">The smallest unit's x; &gt; 0.</param>
    /// <param name="largest">The largest unit's x.</param>
    /// <returns>Strictly increasing x values.</returns>
    public static IReadOnlyList<double> Grid(double smallest, double largest)
    {
        if (!(smallest > 0) || !(largest >= smallest) || double.IsInfinity(largest))
        {
            throw new ArgumentOutOfRangeException(nameof(smallest), ChartMessages.BadGridRange(smallest, largest));
        }

        var from = Math.Log(smallest / 1.1);
        var to = Math.Log(largest * 1.05);
        return Enumerable.Range(0, GridPoints).Select(i => Math.Exp(from + ((to - from) * i / (GridPoints - 1)))).ToList();
    }

    private static ChartFigure Build(FunnelChartOptions options, IChartDisclosureCheck check, List<FunnelChartPoint> units, Func<double, FunnelLimits> limitsAt,
        double target, string xTitle, string yTitle, bool denominatorIsCount)
    {
        var positive = units.Select(u => u.Denominator).Where(x => x > 0).ToList();
        if (positive.Count == 0)
        {
            throw new ChartDataException(ChartMessages.NoUnitToChart(options.Name), nameof(units));
        }

        var grid = Grid(positive.Min(), positive.Max());
        var limits = grid.Select(limitsAt).ToList();
        var lines = new FunnelLimitLines(grid, limits.Select(l => l.Lower95).ToList(), limits.Select(l => l.Upper95).ToList(),
            limits.Select(l => l.Lower998).ToList(), limits.Select(l => l.Upper998).ToList(), 0.95, 0.998, target);
        var data = new FunnelChartData(options.Name, options.Title, options.UnitNoun, options.DenominatorTitle ?? xTitle, options.ValueTitle ?? yTitle,
            units, lines, options.Decimals, denominatorIsCount);
        return FunnelChart.Create(data, check);
    }

    private static FunnelChartPoint Point(FunnelChartOptions options, IChartDisclosureCheck check, string code, double numerator, double x, double y, FunnelPosition position)
    {
        var label = options.LabelOf(code);
        return new FunnelChartPoint(label, x, y, Count(options.Name, label, numerator, check), position, options.Highlight.Contains(code));
    }

    /// <summary>The numerator as a chart count: withheld when the check's policy calls it small (primary suppression).</summary>
    internal static ChartCount Count(string chart, string label, double numerator, IChartDisclosureCheck check)
    {
        if (numerator < 0 || numerator != Math.Floor(numerator) || numerator > long.MaxValue)
        {
            throw new ChartDataException(ChartMessages.NumeratorNotWhole(chart, label, numerator), nameof(numerator));
        }

        var count = (long)numerator;
        return check is DisclosureChartCheck { Policy: { } policy } && policy.IsSmall(count) ? ChartCount.Suppressed : ChartCount.Of(count);
    }

    private static FunnelPosition Position(PheFunnelSignificance significance) => significance switch
    {
        PheFunnelSignificance.High001 => FunnelPosition.AboveOuter,
        PheFunnelSignificance.High025 => FunnelPosition.AboveInner,
        PheFunnelSignificance.Low001 => FunnelPosition.BelowOuter,
        PheFunnelSignificance.Low025 => FunnelPosition.BelowInner,
        _ => FunnelPosition.WithinLimits,
    };

    private static FunnelPosition Position(FunnelOutlier outlier95, FunnelOutlier outlier998) => (outlier998, outlier95) switch
    {
        (FunnelOutlier.High, _) => FunnelPosition.AboveOuter,
        (FunnelOutlier.Low, _) => FunnelPosition.BelowOuter,
        (_, FunnelOutlier.High) => FunnelPosition.AboveInner,
        (_, FunnelOutlier.Low) => FunnelPosition.BelowInner,
        _ => FunnelPosition.WithinLimits,
    };
}
