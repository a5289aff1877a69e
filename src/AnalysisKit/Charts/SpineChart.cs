using AnalysisKit.Indicators;
using Plotly.NET;
using Plotly.NET.LayoutObjects;

namespace AnalysisKit.Charts;

/// <summary>
/// Spine chart in the style of ScotPHO and PHE Fingertips profiles: one row per indicator, with the comparator
/// (Scotland) at the centre, the range across all units as a bar (minimum to maximum, darker from the 25th to the
/// 75th percentile, median marked), and the unit's value as a marker whose colour and shape say whether it is
/// significantly better, worse, higher or lower. Each row is scaled so that its further extreme from the comparator
/// sits at ±1, with the better end on the right (the higher end for indicators without a better direction):
/// position = sign · (value − comparator) / max(|minimum − comparator|, |maximum − comparator|, |unit − comparator|).
/// </summary>
public static class SpineChart
{
    /// <summary>Builds the spine chart.</summary>
    /// <param name="data">The indicators and labels.</param>
    /// <returns>The chart with its alt text.</returns>
    public static ChartFigure Create(SpineChartData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        Validate(data);
        var rows = data.Rows;
        var names = rows.Select(r => r.Indicator).ToList();
        var scaled = rows.Select(Scale).ToList();

        var traces = new List<Trace>
        {
            RangeBar($"Range across {data.UnitNoun}", names, scaled.Select(s => (s.Low, s.Q1)), PhsPalette.Tint(PhsPalette.Graphite, 30), true),
            RangeBar("25th to 75th percentile", names, scaled.Select(s => (s.Q1, s.Q3)), PhsPalette.Tint(PhsPalette.Purple, 30), true),
            RangeBar($"Range across {data.UnitNoun}", names, scaled.Select(s => (s.Q3, s.High)), PhsPalette.Tint(PhsPalette.Graphite, 30), false),
            PlotlyTraces.Scatter($"Median across {data.UnitNoun}", scaled.Select(s => s.Median), names, "markers")
                .WithMarker(PhsPalette.Liberty, "line-ns-open", 14).WithoutHover(),
        };

        foreach (var outcome in Enum.GetValues<SpineOutcome>())
        {
            var indices = Enumerable.Range(0, rows.Count).Where(i => Outcome(rows[i]) == outcome).ToList();
            if (indices.Count == 0)
            {
                continue;
            }

            var (legend, colour, symbol) = Style(outcome, data.ComparatorLabel);
            traces.Add(PlotlyTraces.Scatter(legend, indices.Select(i => scaled[i].Unit), indices.Select(i => names[i]), "markers+text")
                .WithMarker(colour, symbol, HouseStyle.FindingMarkerSize)
                .WithPointLabels(indices.Select(i => ChartFormat.Number(rows[i].UnitValue, data.Decimals)), "top center")
                .WithHoverText(indices.Select(i => HoverText(data, rows[i], legend))));
        }

        var height = Math.Clamp(48 * rows.Count + 280, 360, 2000);
        var plotly = HouseStyle.Compose(data.Title,
            new ChartAxis($"{data.UnitLabel} against the range across {data.UnitNoun}")
            {
                Range = (-1.1, 1.1),
                TickValues = [-1.0, 0.0, 1.0],
                TickText = ["Worse / lower", data.ComparatorLabel, "Better / higher"],
                ShowGrid = false,
            },
            new ChartAxis(string.Empty) { Type = "category", CategoryOrder = names, Reversed = true, ShowGrid = false },
            traces,
            [PlotlyShapes.VerticalLine(0.0, PhsPalette.Purple, "solid", 2)],
            Array.Empty<Annotation>(),
            height,
            barMode: "overlay");
        return new ChartFigure(data.Name, data.Title, AltText(data), plotly);
    }

    /// <summary>The alt text: how many indicators are significantly better, worse, higher, lower or not different.</summary>
    /// <param name="data">The chart's data (validated).</param>
    /// <returns>Sentences made from the data.</returns>
    internal static string AltText(SpineChartData data)
    {
        var text = $"Spine chart of {data.UnitLabel} on {ChartFormat.Plural(data.Rows.Count, "indicator", "indicators")} against " +
                   $"{data.ComparatorLabel} and the range across {data.UnitNoun}. ";
        var parts = new List<string>();
        foreach (var outcome in Enum.GetValues<SpineOutcome>())
        {
            var labels = data.Rows.Where(r => Outcome(r) == outcome).Select(r => r.Indicator).ToList();
            if (labels.Count == 0)
            {
                continue;
            }

            var what = outcome switch
            {
                SpineOutcome.Better => "significantly better",
                SpineOutcome.Worse => "significantly worse",
                SpineOutcome.Higher => "significantly higher",
                SpineOutcome.Lower => "significantly lower",
                SpineOutcome.NotSignificant => "not significantly different",
                _ => "not compared",
            };
            parts.Add($"{what} for {ChartFormat.Integer(labels.Count)} ({ChartFormat.List(labels)})");
        }

        return text + char.ToUpperInvariant(parts[0][0]) + parts[0][1..] +
               (parts.Count > 1 ? "; " + string.Join("; ", parts.Skip(1)) : string.Empty) + ".";
    }

    /// <summary>The outcome of a row: significance read through polarity.</summary>
    internal static SpineOutcome Outcome(SpineRow row) => (row.Significance, row.Polarity) switch
    {
        (Significance.NotComparable, _) => SpineOutcome.NotCompared,
        (Significance.NotDifferent, _) => SpineOutcome.NotSignificant,
        (Significance.Higher, Polarity.HigherIsBetter) or (Significance.Lower, Polarity.LowerIsBetter) => SpineOutcome.Better,
        (Significance.Higher, Polarity.LowerIsBetter) or (Significance.Lower, Polarity.HigherIsBetter) => SpineOutcome.Worse,
        (Significance.Higher, _) => SpineOutcome.Higher,
        _ => SpineOutcome.Lower,
    };

    /// <summary>Row positions on the spine's [−1, 1] scale, low end first.</summary>
    internal static (double Low, double Q1, double Median, double Q3, double High, double Unit) Scale(SpineRow row)
    {
        var centre = row.ComparatorValue;
        var half = Math.Max(Math.Max(Math.Abs(row.Minimum - centre), Math.Abs(row.Maximum - centre)), Math.Abs(row.UnitValue - centre));
        var sign = row.Polarity == Polarity.LowerIsBetter ? -1.0 : 1.0;
        double At(double value) => half == 0 ? 0 : sign * (value - centre) / half;
        var ends = new[] { At(row.Minimum), At(row.Maximum) };
        var quartiles = new[] { At(row.LowerQuartile), At(row.UpperQuartile) };
        return (ends.Min(), quartiles.Min(), At(row.Median), quartiles.Max(), ends.Max(), At(row.UnitValue));
    }

    private static Trace RangeBar(string name, IReadOnlyList<string> names, IEnumerable<(double From, double To)> spans, string colour, bool inLegend)
    {
        var list = spans.ToList();
        return PlotlyTraces.Bar(name, names, list.Select(s => (double?)(s.To - s.From)), horizontal: true)
            .With("base", list.Select(s => s.From).ToArray())
            .With("width", 0.5)
            .WithBarColour(colour)
            .WithLegend(inLegend, name)
            .WithoutHover();
    }

    private static string HoverText(SpineChartData data, SpineRow row, string legend)
    {
        string N(double v) => ChartFormat.Number(v, data.Decimals);
        return $"{row.Indicator}<br>{data.UnitLabel}: {N(row.UnitValue)}<br>{data.ComparatorLabel}: {N(row.ComparatorValue)}" +
               $"<br>Range across {data.UnitNoun}: {N(row.Minimum)} to {N(row.Maximum)}" +
               $"<br>25th to 75th percentile: {N(row.LowerQuartile)} to {N(row.UpperQuartile)}; median {N(row.Median)}<br>{legend}";
    }

    private static (string Legend, string Colour, string Symbol) Style(SpineOutcome outcome, string comparator) => outcome switch
    {
        SpineOutcome.Better => ($"Significantly better than {comparator}", PhsPalette.Blue, "triangle-up"),
        SpineOutcome.Worse => ($"Significantly worse than {comparator}", PhsPalette.Rust, "triangle-down"),
        SpineOutcome.Higher => ($"Significantly higher than {comparator}", PhsPalette.Purple, "triangle-up-open"),
        SpineOutcome.Lower => ($"Significantly lower than {comparator}", PhsPalette.Purple, "triangle-down-open"),
        SpineOutcome.NotSignificant => ($"Not significantly different from {comparator}", PhsPalette.Graphite, "circle"),
        _ => ("Not compared", PhsPalette.Graphite, "circle-open"),
    };

    private static void Validate(SpineChartData data)
    {
        ChartName.Validate(data.Name);
        var name = data.Name;
        ChartGuard.Decimals(name, data.Decimals, nameof(data));
        ChartGuard.NotEmpty(name, data.Rows, "indicators", nameof(data));
        ChartGuard.Labels(name, data.Rows.Select(r => r.Indicator), nameof(data));
        foreach (var row in data.Rows)
        {
            foreach (var (field, value) in new[]
                     {
                         ("unit value", row.UnitValue), ("comparator value", row.ComparatorValue), ("minimum", row.Minimum),
                         ("25th percentile", row.LowerQuartile), ("median", row.Median), ("75th percentile", row.UpperQuartile),
                         ("maximum", row.Maximum),
                     })
            {
                ChartGuard.Finite(name, row.Indicator, field, value, nameof(data));
            }

            if (!(row.Minimum <= row.LowerQuartile && row.LowerQuartile <= row.Median && row.Median <= row.UpperQuartile &&
                  row.UpperQuartile <= row.Maximum))
            {
                throw new ChartDataException(ChartMessages.RangeOutOfOrder(name, row.Indicator), nameof(data));
            }
        }
    }
}
