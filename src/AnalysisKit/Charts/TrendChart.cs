using Plotly.NET;
using Plotly.NET.LayoutObjects;

namespace AnalysisKit.Charts;

/// <summary>
/// Trend over time with a translucent confidence ribbon around each line. Series differ by colour (PHS palette
/// order), by line dash and by marker shape, and are named in the legend, so colour is never the only channel. A period
/// whose count arrives suppressed is left as a gap in its line and ribbon (a value with its interval gives a crude count
/// back), and the alt text says how many periods were withheld.
/// </summary>
public static class TrendChart
{
    private static readonly string[] Dashes = ["solid", "dash", "dot", "dashdot"];
    private static readonly string[] Symbols = ["circle", "square", "diamond", "triangle-up"];

    /// <summary>Builds the trend chart; every count shown goes through <paramref name="disclosure"/> first.</summary>
    /// <param name="data">The series and titles.</param>
    /// <param name="disclosure">The disclosure check wired to the policy in force.</param>
    /// <returns>The chart with its alt text.</returns>
    public static ChartFigure Create(TrendChartData data, IChartDisclosureCheck disclosure)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(disclosure);
        Validate(data);
        foreach (var series in data.Series)
        {
            foreach (var point in series.Points.Where(p => !p.Count.IsSuppressed))
            {
                disclosure.CheckCount(data.Name, $"{series.Name} {ChartFormat.IsoDate(point.Period)}", "count", point.Count.Value!.Value);
            }
        }

        var level = ChartFormat.Level(data.Confidence);
        var traces = new List<Trace>();
        for (var s = 0; s < data.Series.Count; s++)
        {
            var series = data.Series[s];
            var colour = PhsPalette.SeriesOrder[s % PhsPalette.SeriesOrder.Count];
            var x = series.Points.Select(p => ChartFormat.IsoDate(p.Period)).ToList();
            traces.Add(PlotlyTraces.Scatter($"{series.Name} {level} CI lower", x, series.Points.Select(p => Shown(p, p.Lower)), "lines")
                .WithLine(colour, 0, "solid").WithLegend(false, series.Name).WithoutHover());
            traces.Add(PlotlyTraces.Scatter($"{series.Name} {level} CI", x, series.Points.Select(p => Shown(p, p.Upper)), "lines")
                .WithLine(colour, 0, "solid").WithFill("tonexty", PhsPalette.WithOpacity(colour, 0.2))
                .WithLegend(false, series.Name).WithoutHover());
            traces.Add(PlotlyTraces.Scatter(series.Name, x, series.Points.Select(p => Shown(p, p.Value)), "lines+markers")
                .WithLine(colour, 2, Dashes[s % Dashes.Length])
                .WithMarker(colour, Symbols[s % Symbols.Length], HouseStyle.MarkerSize)
                .WithLegend(true, series.Name)
                .WithHoverText(series.Points.Select(p => p.Count.IsSuppressed
                    ? $"{series.Name}, {ChartFormat.Month(p.Period)}<br>suppressed by disclosure control"
                    : $"{series.Name}, {ChartFormat.Month(p.Period)}<br>{data.ValueTitle}: {ChartFormat.Number(p.Value, data.Decimals)}" +
                      $"<br>{level} CI: {ChartFormat.Number(p.Lower, data.Decimals)} to {ChartFormat.Number(p.Upper, data.Decimals)}")));
        }

        var plotly = HouseStyle.Compose(data.Title,
            new ChartAxis("Period") { Type = "date", TickFormat = "%b %Y" },
            new ChartAxis(data.ValueTitle),
            traces, Array.Empty<Shape>(), Array.Empty<Annotation>());
        return new ChartFigure(data.Name, data.Title, AltText(data), plotly);
    }

    /// <summary>The alt text: span, and each series' first and last values with their intervals.</summary>
    /// <param name="data">The chart's data (validated).</param>
    /// <returns>Sentences made from the data.</returns>
    internal static string AltText(TrendChartData data)
    {
        var level = ChartFormat.Level(data.Confidence);
        var first = data.Series.Min(s => s.Points[0].Period);
        var last = data.Series.Max(s => s.Points[^1].Period);
        string Point(TrendPoint p) =>
            $"{ChartFormat.Number(p.Value, data.Decimals)} ({level} CI {ChartFormat.Number(p.Lower, data.Decimals)} to " +
            $"{ChartFormat.Number(p.Upper, data.Decimals)}) in {ChartFormat.Month(p.Period)}";
        var text = $"Trend of {data.ValueTitle} with {level} confidence intervals from {ChartFormat.Month(first)} to " +
                   $"{ChartFormat.Month(last)}, {ChartFormat.Plural(data.Series.Count, "series", "series")}.";
        foreach (var series in data.Series)
        {
            var shown = series.Points.Where(p => !p.Count.IsSuppressed).ToList();
            var withheld = series.Points.Count - shown.Count;
            text += shown.Count switch
            {
                0 => $" {series.Name}: nothing shown.",
                1 => $" {series.Name}: {Point(shown[0])}.",
                _ => $" {series.Name}: from {Point(shown[0])} to {Point(shown[^1])}.",
            };
            if (withheld > 0)
            {
                text += ChartFormat.WithheldNote($"{ChartFormat.Plural(withheld, "period", "periods")} of {series.Name}", withheld, "not shown");
            }
        }

        return text;
    }

    /// <summary>The value to draw, or a gap (null) for a period whose count is suppressed.</summary>
    private static double? Shown(TrendPoint point, double value) => point.Count.IsSuppressed ? null : value;

    private static void Validate(TrendChartData data)
    {
        ChartName.Validate(data.Name);
        var name = data.Name;
        ChartGuard.Decimals(name, data.Decimals, nameof(data));
        ChartGuard.Confidence(name, "confidence", data.Confidence, nameof(data));
        ChartGuard.NotEmpty(name, data.Series, "series", nameof(data));
        ChartGuard.Labels(name, data.Series.Select(s => s.Name), nameof(data));
        foreach (var series in data.Series)
        {
            ChartGuard.NotEmpty(name, series.Points, $"points in series '{series.Name}'", nameof(data));
            ChartGuard.Increasing(name, $"periods of series '{series.Name}'", series.Points.Select(p => p.Period).ToList(), nameof(data));
            foreach (var point in series.Points.Where(p => !p.Count.IsSuppressed))
            {
                ChartGuard.Interval(name, $"{series.Name} {ChartFormat.IsoDate(point.Period)}", point.Lower, point.Value, point.Upper, nameof(data));
            }
        }
    }
}
