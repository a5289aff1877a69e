using AnalysisKit.Indicators;
using Plotly.NET;

namespace AnalysisKit.Charts;

/// <summary>
/// Ranked "caterpillar" chart: units ordered from highest to lowest value, each with its confidence interval as an
/// error bar, and comparator lines (e.g. Scotland) across the plot (as in PHE Fingertips and ScotPHO profiles).
/// Significance against the first comparator is shown by colour and shape together: higher rust up-triangle,
/// lower blue down-triangle, not different graphite circle, not compared open circle. A highlighted unit is ringed
/// in magenta and named in the legend. A unit whose count arrives suppressed is not drawn (a value with its interval
/// gives a crude count back) and the alt text says how many were withheld.
/// </summary>
public static class RankedBarChart
{
    /// <summary>Builds the ranked chart; every count shown goes through <paramref name="disclosure"/> first.</summary>
    /// <param name="data">The units, comparators and titles.</param>
    /// <param name="disclosure">The disclosure check wired to the policy in force.</param>
    /// <returns>The chart with its alt text.</returns>
    public static ChartFigure Create(RankedBarData data, IChartDisclosureCheck disclosure)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(disclosure);
        Validate(data);
        foreach (var bar in data.Bars.Where(b => !b.Count.IsSuppressed))
        {
            disclosure.CheckCount(data.Name, bar.Label, "count", bar.Count.Value!.Value);
        }

        var ranked = Rank(data.Bars);
        var comparator = data.Comparators.Count > 0 ? data.Comparators[0].Label : "the comparator";
        var level = ChartFormat.Level(data.Confidence);

        var traces = new List<Trace>();
        foreach (var significance in new[] { Significance.Higher, Significance.NotDifferent, Significance.Lower, Significance.NotComparable })
        {
            var bars = ranked.Where(b => b.Significance == significance).ToList();
            if (bars.Count == 0)
            {
                continue;
            }

            var (legend, colour, symbol) = Style(significance, comparator);
            traces.Add(PlotlyTraces.Scatter(legend, bars.Select(b => b.Value), bars.Select(b => b.Label), "markers")
                .WithMarker(colour, symbol, HouseStyle.FindingMarkerSize)
                .WithErrorBars(bars.Select(b => b.Value - b.Lower), bars.Select(b => b.Upper - b.Value), colour, horizontal: true)
                .WithHoverText(bars.Select(b => HoverText(data, b, legend, level))));
        }

        foreach (var bar in ranked.Where(b => b.Highlight))
        {
            traces.Add(PlotlyTraces.Scatter(bar.Label, new[] { bar.Value }, new[] { bar.Label }, "markers")
                .WithMarker(PhsPalette.Magenta, "circle-open", 20)
                .WithoutHover());
        }

        var shapes = data.Comparators.Select((c, i) =>
            PlotlyShapes.VerticalLine(c.Value, i == 0 ? PhsPalette.Purple : PhsPalette.Liberty, i == 0 ? "solid" : "dash", 1.5)).ToList();
        var labels = data.Comparators.Select((c, i) =>
            PlotlyShapes.TopLabel(c.Value, $"{c.Label} {ChartFormat.Number(c.Value, data.Decimals)}", i == 0 ? PhsPalette.Purple : PhsPalette.Liberty, row: i)).ToList();
        var height = Math.Clamp(24 * ranked.Count + 280, 360, 2000);
        var plotly = HouseStyle.Compose(data.Title,
            new ChartAxis($"{data.ValueTitle} ({level} confidence interval)"),
            new ChartAxis(string.Empty) { Type = "category", CategoryOrder = ranked.Select(b => b.Label).ToList(), Reversed = true, ShowGrid = false },
            traces, shapes, labels, height);
        return new ChartFigure(data.Name, data.Title, AltText(data), plotly);
    }

    /// <summary>The alt text: range of values, and how many units differ significantly from the first comparator.</summary>
    /// <param name="data">The chart's data (validated).</param>
    /// <returns>Sentences made from the data.</returns>
    internal static string AltText(RankedBarData data)
    {
        var ranked = Rank(data.Bars);
        var withheld = data.Bars.Count - ranked.Count;
        var note = withheld == 0 ? string.Empty
            : ChartFormat.WithheldNote($"{ChartFormat.Integer(withheld)} of the {ChartFormat.Integer(data.Bars.Count)} {data.UnitNoun}", withheld, "not shown");
        if (ranked.Count == 0)
        {
            return $"Ranked chart of {data.UnitNoun} by {data.ValueTitle}: nothing to show.{note}";
        }

        var text = $"Ranked chart of {ChartFormat.Integer(ranked.Count)} {data.UnitNoun} by {data.ValueTitle} with " +
                   $"{ChartFormat.Level(data.Confidence)} confidence intervals, from {ChartFormat.Number(ranked[0].Value, data.Decimals)} " +
                   $"({ranked[0].Label}) to {ChartFormat.Number(ranked[^1].Value, data.Decimals)} ({ranked[^1].Label}).";
        if (data.Comparators.Count > 0)
        {
            var first = data.Comparators[0];
            List<string> With(Significance s) => ranked.Where(b => b.Significance == s).Select(b => b.Label).ToList();
            var higher = With(Significance.Higher);
            var lower = With(Significance.Lower);
            var parts = new List<string>
            {
                higher.Count == 0 ? "none significantly higher" : $"{ChartFormat.Integer(higher.Count)} significantly higher ({ChartFormat.List(higher)})",
                lower.Count == 0 ? "none significantly lower" : $"{ChartFormat.Integer(lower.Count)} significantly lower ({ChartFormat.List(lower)})",
                $"{ChartFormat.Integer(With(Significance.NotDifferent).Count)} not significantly different",
            };
            var notCompared = With(Significance.NotComparable).Count;
            if (notCompared > 0)
            {
                parts.Add($"{ChartFormat.Integer(notCompared)} not compared");
            }

            text += $" Compared with {first.Label} ({ChartFormat.Number(first.Value, data.Decimals)}): {ChartFormat.List(parts, parts.Count)}.";
        }

        var highlighted = ranked.Select((b, i) => (Bar: b, Rank: i + 1)).Where(x => x.Bar.Highlight).ToList();
        foreach (var (bar, rank) in highlighted)
        {
            text += $" {bar.Label} ranks {ChartFormat.Integer(rank)} of {ChartFormat.Integer(ranked.Count)} at {ChartFormat.Number(bar.Value, data.Decimals)}.";
        }

        return text + note;
    }

    /// <summary>The units drawn (count not suppressed), highest value first; ties in label order (ordinal).</summary>
    private static List<RankedBar> Rank(IEnumerable<RankedBar> bars) =>
        bars.Where(b => !b.Count.IsSuppressed).OrderByDescending(b => b.Value).ThenBy(b => b.Label, StringComparer.Ordinal).ToList();

    private static string HoverText(RankedBarData data, RankedBar bar, string legend, string level) =>
        $"{bar.Label}<br>{data.ValueTitle}: {ChartFormat.Number(bar.Value, data.Decimals)}" +
        $"<br>{level} CI: {ChartFormat.Number(bar.Lower, data.Decimals)} to {ChartFormat.Number(bar.Upper, data.Decimals)}<br>{legend}";

    private static (string Legend, string Colour, string Symbol) Style(Significance significance, string comparator) => significance switch
    {
        Significance.Higher => ($"Significantly higher than {comparator}", PhsPalette.Rust, "triangle-up"),
        Significance.Lower => ($"Significantly lower than {comparator}", PhsPalette.Blue, "triangle-down"),
        Significance.NotDifferent => ($"Not significantly different from {comparator}", PhsPalette.Graphite, "circle"),
        Significance.NotComparable => ("Not compared", PhsPalette.Graphite, "circle-open"),
        _ => throw new ArgumentOutOfRangeException(nameof(significance), significance, null),
    };

    private static void Validate(RankedBarData data)
    {
        ChartName.Validate(data.Name);
        var name = data.Name;
        ChartGuard.Decimals(name, data.Decimals, nameof(data));
        ChartGuard.Confidence(name, "confidence", data.Confidence, nameof(data));
        ChartGuard.NotEmpty(name, data.Bars, "units", nameof(data));
        ChartGuard.Labels(name, data.Bars.Select(b => b.Label), nameof(data));
        foreach (var bar in data.Bars.Where(b => !b.Count.IsSuppressed))
        {
            ChartGuard.Interval(name, bar.Label, bar.Lower, bar.Value, bar.Upper, nameof(data));
        }

        ChartGuard.Labels(name, data.Comparators.Select(c => c.Label), nameof(data));
        foreach (var comparator in data.Comparators)
        {
            ChartGuard.Finite(name, comparator.Label, "comparator value", comparator.Value, nameof(data));
        }
    }
}
