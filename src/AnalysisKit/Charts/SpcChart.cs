using AnalysisKit.Variation.Spc;
using Plotly.NET;
using Plotly.NET.LayoutObjects;

namespace AnalysisKit.Charts;

/// <summary>
/// Statistical process control chart in the NHS England "Making Data Count" style (Making Data Count: Strengthening
/// your decisions, NHS Improvement 2019): the data line, centre line and process limits broken at each change date,
/// and special cause points shown by colour and shape together — improvement blue up-triangle, concern rust
/// down-triangle, neither purple diamond, common cause graphite circle. Change dates are marked and labelled.
/// </summary>
public static class SpcChart
{
    /// <summary>Builds the SPC chart.</summary>
    /// <param name="data">The points, change dates and titles.</param>
    /// <returns>The chart with its alt text.</returns>
    public static ChartFigure Create(SpcChartData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        Validate(data);
        var points = data.Points;
        var changes = new HashSet<DateOnly>(data.ChangeDates);

        var traces = new List<Trace>
        {
            Segmented("Upper process limit", points, changes, p => p.UpperLimit)
                .WithLine(PhsPalette.Tint(PhsPalette.Purple, 50), 1.5, "dash").WithLegend(true, "limits").WithoutHover(),
            Segmented("Lower process limit", points, changes, p => p.LowerLimit)
                .WithLine(PhsPalette.Tint(PhsPalette.Purple, 50), 1.5, "dash").WithLegend(true, "limits").WithoutHover(),
            Segmented("Centre line", points, changes, p => p.Centre)
                .WithLine(PhsPalette.Purple, 1.5, "solid").WithoutHover(),
        };
        if (data.Target is { } target && TargetInView(data))
        {
            traces.Add(PlotlyTraces.Scatter(data.TargetName + " " + ChartFormat.Number(target, data.Decimals),
                    new[] { ChartFormat.IsoDate(points[0].Date), ChartFormat.IsoDate(points[^1].Date) }, new double?[] { target, target }, "lines")
                .WithLine(PhsPalette.Teal, 1.5, "dot").WithoutHover());
        }

        traces.Add(PlotlyTraces.Scatter(data.ValueTitle, points.Select(p => ChartFormat.IsoDate(p.Date)), points.Select(p => (double?)p.Value), "lines")
            .WithLine(PhsPalette.Graphite, 1.5, "solid").WithLegend(false, null).WithoutHover());

        foreach (var group in points.GroupBy(p => (p.Type, High: p.Type != SpcPointType.CommonCause && IsHigh(p))).OrderBy(g => g.Key.Type).ThenByDescending(g => g.Key.High))
        {
            var ofType = group.ToList();
            var (legend, colour, symbol) = Style(group.Key.Type, group.Key.High);
            var rules = Rules(ofType);
            var name = rules.Length == 0 ? legend : $"{legend}: {rules}";
            traces.Add(PlotlyTraces.Scatter(name, ofType.Select(p => ChartFormat.IsoDate(p.Date)), ofType.Select(p => (double?)p.Value), "markers")
                .WithMarker(colour, symbol, group.Key.Type == SpcPointType.CommonCause ? HouseStyle.MarkerSize : HouseStyle.FindingMarkerSize)
                .WithHoverText(ofType.Select(p => HoverText(data, p, legend))));
        }

        var shapes = data.ChangeDates.Select(d => PlotlyShapes.VerticalLine(ChartFormat.IsoDate(d), PhsPalette.Liberty, "dashdot", 1)).ToList();
        var labels = data.ChangeDates.Select(d => PlotlyShapes.TopLabel(ChartFormat.IsoDate(d), "Change: " + ChartFormat.Month(d), PhsPalette.Liberty)).ToList();
        var (iconShapes, iconLabels) = SpcIcons.Draw(Icons(data));
        shapes.AddRange(iconShapes);
        labels.AddRange(iconLabels);
        var plotly = HouseStyle.Compose(data.Title,
            new ChartAxis("Period") { Type = "date", TickFormat = "%b %Y" },
            new ChartAxis(data.ValueTitle),
            traces, shapes, labels, rightMargin: SpcIcons.Margin);
        return new ChartFigure(data.Name, data.Title, AltText(data), plotly);
    }

    /// <summary>
    /// True when the target lies near the data (within half the span of values and limits beyond them), so drawing it
    /// does not squash the series into a strip; a far target is still named in the assurance icon and the alt text.
    /// </summary>
    private static bool TargetInView(SpcChartData data)
    {
        var values = data.Points.SelectMany(p => new[] { p.Value, p.Centre, p.LowerLimit ?? p.Value, p.UpperLimit ?? p.Value }).ToList();
        double low = values.Min(), high = values.Max();
        var span = Math.Max(high - low, Math.Abs(high) * 0.01);
        return data.Target is { } target && target >= low - (span / 2) && target <= high + (span / 2);
    }

    /// <summary>The icon pair of the latest point: variation always, assurance when the data carry one (with a target).</summary>
    private static List<(string Heading, string Letter, string Colour, string Caption)> Icons(SpcChartData data)
    {
        var last = data.Points[^1];
        var (letter, colour, caption) = SpcIcons.Variation(last, IsHigh(last));
        var icons = new List<(string, string, string, string)> { ("Variation", letter, colour, caption) };
        if (data.Assurance is { } assurance && data.Target is { } target)
        {
            var (a, c, text) = SpcIcons.Assurance(assurance, $"{data.TargetName} {ChartFormat.Number(target, data.Decimals)}");
            icons.Add(("Assurance", a, c, text));
        }

        return icons;
    }

    /// <summary>True when the point lies above its centre line, or its rule says high (above a limit, a run above, a rising trend, two of three above).</summary>
    private static bool IsHigh(SpcChartPoint point) => point.Rule switch
    {
        SpecialCauseType.AboveUpperLimit or SpecialCauseType.RunAbove or SpecialCauseType.TrendIncreasing or SpecialCauseType.TwoInThreeAbove => true,
        SpecialCauseType.BelowLowerLimit or SpecialCauseType.RunBelow or SpecialCauseType.TrendDecreasing or SpecialCauseType.TwoInThreeBelow => false,
        _ => point.Type == SpcPointType.SpecialCauseNeutralHigh || (point.Type != SpcPointType.SpecialCauseNeutralLow && point.Value >= point.Centre),
    };

    /// <summary>The rule that marks a point, in words (Making Data Count's four rules).</summary>
    /// <param name="rule">The rule.</param>
    public static string RuleText(SpecialCauseType rule) => rule switch
    {
        SpecialCauseType.AboveUpperLimit => "beyond the upper limit",
        SpecialCauseType.BelowLowerLimit => "beyond the lower limit",
        SpecialCauseType.TrendIncreasing => "trend of 7 rising",
        SpecialCauseType.TrendDecreasing => "trend of 7 falling",
        SpecialCauseType.TwoInThreeAbove => "2 of 3 near the upper limit",
        SpecialCauseType.TwoInThreeBelow => "2 of 3 near the lower limit",
        SpecialCauseType.RunAbove => "run of 7 above the centre line",
        SpecialCauseType.RunBelow => "run of 7 below the centre line",
        _ => "",
    };

    /// <summary>The rules that fired among some points, in rule order, joined by "; ".</summary>
    private static string Rules(IEnumerable<SpcChartPoint> points) =>
        string.Join("; ", points.Where(p => p.Rule != SpecialCauseType.CommonCause).Select(p => p.Rule).Distinct().Order().Select(RuleText));

    /// <summary>The alt text: the span, how many special cause points of each kind, the last limits and the change dates.</summary>
    /// <param name="data">The SPC chart's data (validated).</param>
    /// <returns>Sentences made from the data.</returns>
    internal static string AltText(SpcChartData data)
    {
        var points = data.Points;
        var text = $"SPC chart of {data.ValueTitle} from {ChartFormat.Month(points[0].Date)} to {ChartFormat.Month(points[^1].Date)} " +
                   $"({ChartFormat.Plural(points.Count, "point", "points")}). ";
        var parts = new List<string>();
        void Count(SpcPointType type, string what)
        {
            var ofType = points.Where(p => p.Type == type).ToList();
            if (ofType.Count > 0)
            {
                var rules = Rules(ofType);
                var noun = ofType.Count == 1 ? "point" : "points";
                parts.Add($"{ChartFormat.Integer(ofType.Count)} {noun} of special cause {what}" + (rules.Length == 0 ? "" : $" ({rules})"));
            }
        }

        Count(SpcPointType.SpecialCauseImprovement, "improvement");
        Count(SpcPointType.SpecialCauseConcern, "concern");
        Count(SpcPointType.SpecialCauseNeutralHigh, "high (no improvement direction)");
        Count(SpcPointType.SpecialCauseNeutralLow, "low (no improvement direction)");
        text += parts.Count == 0
            ? "All points show common cause variation. "
            : $"Points showing special cause variation: {ChartFormat.List(parts)}; the rest show common cause variation. ";

        var last = points[^1];
        text += $"At the last point the centre line is {ChartFormat.Number(last.Centre, data.Decimals)}";
        if (last.LowerLimit is { } lower && last.UpperLimit is { } upper)
        {
            text += $" with process limits {ChartFormat.Number(lower, data.Decimals)} to {ChartFormat.Number(upper, data.Decimals)}";
        }

        text += ".";
        if (data.Target is { } target)
        {
            text += $" {data.TargetName} {ChartFormat.Number(target, data.Decimals)}.";
        }

        if (data.ChangeDates.Count > 0)
        {
            text += $" Limits recalculated from {ChartFormat.List(data.ChangeDates.Select(ChartFormat.Month).ToList())}.";
        }

        text += " Latest point: " + string.Join("; ", Icons(data).Select(i => $"{i.Heading.ToLowerInvariant()} icon \"{i.Letter}\", {i.Caption}")) + ".";

        return text;
    }

    private static Trace2D Segmented(string name, IReadOnlyList<SpcChartPoint> points, HashSet<DateOnly> changes, Func<SpcChartPoint, double?> value)
    {
        var x = new List<string>();
        var y = new List<double?>();
        for (var i = 0; i < points.Count; i++)
        {
            if (i > 0 && changes.Contains(points[i].Date))
            {
                // A null at the start of the new segment breaks the line, so limits are not joined across a change.
                x.Add(ChartFormat.IsoDate(points[i].Date));
                y.Add(null);
            }

            x.Add(ChartFormat.IsoDate(points[i].Date));
            y.Add(value(points[i]));
        }

        return PlotlyTraces.Scatter(name, x, y, "lines");
    }

    private static string HoverText(SpcChartData data, SpcChartPoint point, string legend)
    {
        var text = $"{ChartFormat.Month(point.Date)}<br>{data.ValueTitle}: {ChartFormat.Number(point.Value, data.Decimals)}" +
                   $"<br>Centre line: {ChartFormat.Number(point.Centre, data.Decimals)}";
        if (point.LowerLimit is { } lower && point.UpperLimit is { } upper)
        {
            text += $"<br>Process limits: {ChartFormat.Number(lower, data.Decimals)} to {ChartFormat.Number(upper, data.Decimals)}";
        }

        return text + "<br>" + legend + (point.Rule == SpecialCauseType.CommonCause ? "" : $" ({RuleText(point.Rule)})");
    }

    /// <summary>
    /// Colour by meaning (improvement blue, concern rust, neither purple, common cause graphite) and shape by direction
    /// (up-triangle high, down-triangle low, diamond for neither direction, circle for common cause), so the polarity
    /// the data were classified with shows in colour and the direction in shape; the legend says both in words.
    /// </summary>
    private static (string Legend, string Colour, string Symbol) Style(SpcPointType type, bool high) => type switch
    {
        SpcPointType.CommonCause => ("Common cause variation", PhsPalette.Graphite, "circle"),
        SpcPointType.SpecialCauseImprovement => ($"Special cause: improvement ({(high ? "high" : "low")})", PhsPalette.Blue, high ? "triangle-up" : "triangle-down"),
        SpcPointType.SpecialCauseConcern => ($"Special cause: concern ({(high ? "high" : "low")})", PhsPalette.Rust, high ? "triangle-up" : "triangle-down"),
        SpcPointType.SpecialCauseNeutralHigh => ("Special cause: high (no improvement direction)", PhsPalette.Purple, "diamond"),
        SpcPointType.SpecialCauseNeutralLow => ("Special cause: low (no improvement direction)", PhsPalette.Purple, "diamond"),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    private static void Validate(SpcChartData data)
    {
        ChartName.Validate(data.Name);
        var name = data.Name;
        ChartGuard.Decimals(name, data.Decimals, nameof(data));
        ChartGuard.NotEmpty(name, data.Points, "points", nameof(data));
        ChartGuard.Increasing(name, "point dates", data.Points.Select(p => p.Date).ToList(), nameof(data));
        foreach (var point in data.Points)
        {
            var item = ChartFormat.IsoDate(point.Date);
            ChartGuard.Finite(name, item, "value", point.Value, nameof(data));
            ChartGuard.Finite(name, item, "centre line", point.Centre, nameof(data));
            if (point.LowerLimit is { } lower)
            {
                ChartGuard.Interval(name, item + " (lower limit, centre line)", lower, point.Centre, point.Centre, nameof(data));
            }

            if (point.UpperLimit is { } upper)
            {
                ChartGuard.Interval(name, item + " (centre line, upper limit)", point.Centre, point.Centre, upper, nameof(data));
            }
        }

        if (data.Target is { } target)
        {
            ChartGuard.Finite(name, "target", "target", target, nameof(data));
        }

        var dates = new HashSet<DateOnly>(data.Points.Select(p => p.Date));
        foreach (var change in data.ChangeDates)
        {
            if (!dates.Contains(change))
            {
                throw new ChartDataException(ChartMessages.ChangeDateNotAPoint(name, ChartFormat.IsoDate(change)), nameof(data));
            }
        }
    }
}
