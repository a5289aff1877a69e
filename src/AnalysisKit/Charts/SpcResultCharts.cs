using AnalysisKit.Variation.Spc;

namespace AnalysisKit.Charts;

/// <summary>
/// From an SPC result to an <see cref="SpcChart"/> in one call: <c>xmr.ToChart(options)</c> for a Making Data Count
/// XmR chart (its point types and rebase dates as they are), <c>qic.ToChart(direction, options)</c> for a qicharts2
/// chart (points read through <see cref="QicResult.PointTypes"/>, a new part drawn as a change). Missing points are
/// left out. Disclosure: an SPC chart shows every value, so it cannot withhold one; where a value gives a count back —
/// a C chart's count, a P or U chart's value × denominator ÷ multiply — every such count passes through
/// the given disclosure check (default <see cref="DisclosureChartCheck.Default"/>, which refuses a small
/// count with <see cref="Disclosure.UnsafeOutputException"/>), so a chart that would show one is not built. An XmR,
/// I or run chart's values are not counts and are not checked: give it only series whose counts may be published.
/// </summary>
public static class SpcResultCharts
{
    /// <summary>An NHSRplotthedots XmR chart as an SPC chart; the target, if the options had one, is drawn.</summary>
    /// <param name="result">The chart from <see cref="XmrChart.Calculate"/>.</param>
    /// <param name="options">Name, title and y axis title.</param>
    /// <returns>The chart with its alt text.</returns>
    public static ChartFigure ToChart(this XmrResult result, SpcChartOptions options)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(options);
        var points = result.Points.Where(p => p.Value is not null)
            .Select(p => new SpcChartPoint(p.Date, p.Value!.Value, p.Mean, p.LowerLimit, p.UpperLimit, p.PointType)).ToList();
        var changes = result.Points.Where(p => p.Value is not null).GroupBy(p => p.RebaseGroup).Skip(1).Select(g => g.First().Date).ToList();
        return SpcChart.Create(new SpcChartData(options.Name, options.Title, options.ValueTitle, points, changes, result.Options.Target, options.Decimals));
    }

    /// <summary>A qicharts2 chart as an SPC chart, its signals read through <paramref name="direction"/>.</summary>
    /// <param name="result">The chart from <see cref="QicChart.Calculate"/>.</param>
    /// <param name="direction">Which way is better (improvement or concern); neutral for neither.</param>
    /// <param name="options">Name, title and y axis title.</param>
    /// <param name="disclosure">The check each count shown passes through; null for <see cref="DisclosureChartCheck.Default"/>.</param>
    /// <returns>The chart with its alt text.</returns>
    public static ChartFigure ToChart(this QicResult result, ImprovementDirection direction, SpcChartOptions options, IChartDisclosureCheck? disclosure = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(options);
        var check = disclosure ?? DisclosureChartCheck.Default;
        var types = result.PointTypes(direction);
        var points = new List<SpcChartPoint>();
        for (var i = 0; i < result.Points.Count; i++)
        {
            var p = result.Points[i];
            if (p.Y is not { } y)
            {
                continue;
            }

            CheckCount(result, p, y, options.Name, check);
            points.Add(new SpcChartPoint(p.Date, y, p.CentreLine, p.Lower, p.Upper, types[i]));
        }

        var changes = result.Points.Where(p => p.Y is not null).GroupBy(p => p.Part).Skip(1).Select(g => g.First().Date).ToList();
        return SpcChart.Create(new SpcChartData(options.Name, options.Title, options.ValueTitle, points, changes, null, options.Decimals));
    }

    private static void CheckCount(QicResult result, QicPoint point, double y, string chart, IChartDisclosureCheck check)
    {
        double? count = result.Chart switch
        {
            QicChartType.C => y / result.Options.Multiply,
            QicChartType.P or QicChartType.PPrime or QicChartType.U or QicChartType.UPrime =>
                point.Denominator is { } n ? y / result.Options.Multiply * n
                : throw new ChartDataException(ChartMessages.PointWithoutDenominator(chart, ChartFormat.IsoDate(point.Date)), nameof(result)),
            _ => null,
        };
        if (count is { } c)
        {
            check.CheckCount(chart, ChartFormat.IsoDate(point.Date), "count", (long)Math.Round(c));
        }
    }
}
