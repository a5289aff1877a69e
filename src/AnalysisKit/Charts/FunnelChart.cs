using Plotly.NET;
using Plotly.NET.LayoutObjects;

namespace AnalysisKit.Charts;

/// <summary>
/// Funnel plot (Spiegelhalter 2005, "Funnel plots for comparing institutional performance", Stat Med 24:1185):
/// each unit's value against its denominator, with inner and outer control limits around a target. Units outside
/// the outer limits are labelled; position is shown by colour and by marker shape (up-triangles above, down-triangles
/// below, filled beyond the outer limit, open beyond the inner one), so colour is never the only channel.
/// A unit whose numerator arrives suppressed (<see cref="ChartCount.Suppressed"/>) is not plotted at all: its value
/// with its denominator would give the count back (value × denominator = numerator). What the funnel shows about the
/// other units is part of the release too: a funnel of every cluster shows every other cluster's count (in hover text,
/// and as value × denominator), and their sum taken from the total (Scotland's, published beside it or as the target)
/// gives the withheld one back. So when a unit is withheld, the funnel withholds a partner as well — the shown unit with
/// the smallest non-zero count, which has passed the disclosure check and so is at least a publishable count — and an
/// attacker can then only learn that the withheld units together hold at least that much (<see cref="WithPartner"/>).
/// The alt text, shown under the chart, says how many units were withheld.
/// </summary>
public static class FunnelChart
{
    /// <summary>Builds the funnel plot.</summary>
    /// <param name="data">The units, limits and titles.</param>
    /// <param name="disclosure">The disclosure check every shown numerator passes through.</param>
    /// <returns>The chart with its alt text.</returns>
    public static ChartFigure Create(FunnelChartData data, IChartDisclosureCheck disclosure)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(disclosure);
        Validate(data);
        data = WithPartner(data, disclosure);
        var drawn = data.Units.Where(u => !u.Numerator.IsSuppressed).ToList();
        if (data.DenominatorIsCount)
        {
            foreach (var unit in drawn)
            {
                disclosure.CheckCount(data.Name, unit.Label, "denominator", (long)unit.Denominator);
            }
        }

        var limits = data.Limits;
        var inner = ChartFormat.Level(limits.InnerLevel);
        var outer = ChartFormat.Level(limits.OuterLevel);

        var traces = new List<Trace>
        {
            LimitLine($"{outer} limits", limits.Denominators, limits.OuterLower, PhsPalette.Purple, "solid", true, "outer"),
            LimitLine($"{outer} limits", limits.Denominators, limits.OuterUpper, PhsPalette.Purple, "solid", false, "outer"),
            LimitLine($"{inner} limits", limits.Denominators, limits.InnerLower, PhsPalette.Tint(PhsPalette.Purple, 50), "dash", true, "inner"),
            LimitLine($"{inner} limits", limits.Denominators, limits.InnerUpper, PhsPalette.Tint(PhsPalette.Purple, 50), "dash", false, "inner"),
            PlotlyTraces.Scatter("Target " + ChartFormat.Number(limits.Target, data.Decimals),
                    new[] { limits.Denominators[0], limits.Denominators[^1] }, new double?[] { limits.Target, limits.Target }, "lines")
                .WithLine(PhsPalette.Liberty, 1.5, "dot").WithoutHover(),
        };

        foreach (var position in Enum.GetValues<FunnelPosition>())
        {
            var units = drawn.Where(u => u.Position == position).ToList();
            if (units.Count == 0)
            {
                continue;
            }

            var (legend, colour, symbol, _) = Style(position, inner, outer);
            var trace = PlotlyTraces.Scatter(legend, units.Select(u => u.Denominator), units.Select(u => (double?)u.Value), "markers")
                .WithMarker(colour, symbol, position is FunnelPosition.AboveOuter or FunnelPosition.BelowOuter ? HouseStyle.FindingMarkerSize : HouseStyle.MarkerSize)
                .WithHoverText(units.Select(u => HoverText(data, u, disclosure)));
            traces.Add(trace);
        }

        var highlighted = drawn.FirstOrDefault(u => string.Equals(u.Label, data.Highlight, StringComparison.Ordinal));
        if (highlighted is not null)
        {
            traces.Add(PlotlyTraces.Scatter(HighlightLegend(highlighted), new[] { highlighted.Denominator }, new double?[] { highlighted.Value }, "markers")
                .With("marker", StarMarker())
                .WithHoverText(new[] { HoverText(data, highlighted, disclosure) }));
        }

        var ringed = drawn.Where(u => u.Highlighted && u != highlighted).ToList();
        if (ringed.Count > 0)
        {
            // A ring around each highlighted unit, labelled whatever its position (by FunnelLabels below, so its label
            // is placed clear of the others); the unit's own marker keeps its meaning.
            traces.Add(PlotlyTraces.Scatter("Highlighted", ringed.Select(u => u.Denominator), ringed.Select(u => (double?)u.Value), "markers")
                .WithMarker(PhsPalette.Purple, "circle-open", HouseStyle.FindingMarkerSize * 2)
                .WithoutHover());
        }

        var (xRange, yRange) = Ranges(drawn, limits);
        // One label per unit: the briefed unit first, then the ringed ones, then the outliers; all placed apart.
        var labels = drawn.Where(u => u.Position is FunnelPosition.AboveOuter or FunnelPosition.BelowOuter || u == highlighted || ringed.Contains(u))
            .OrderBy(u => u == highlighted ? 0 : ringed.Contains(u) ? 1 : 2).ThenBy(u => u.Denominator).ThenBy(u => u.Label, StringComparer.Ordinal)
            .Select(u => new FunnelLabels.Label(u.Denominator, u.Value, u.Label, u.Value >= limits.Target, LabelColour(u, highlighted), u == highlighted))
            .ToList();
        var plotHeight = HouseStyle.Height - 70 - (20 * HouseStyle.TitleLines(data.Title).Count) - HouseStyle.LegendMargin;
        var plotly = HouseStyle.Compose(data.Title,
            new ChartAxis(data.DenominatorTitle) { TickFormat = ",~r", Range = xRange },
            new ChartAxis(data.ValueTitle) { Range = yRange },
            traces, Array.Empty<Shape>(), FunnelLabels.Place(labels, xRange, yRange, plotHeight));
        return new ChartFigure(data.Name, data.Title, AltText(data), plotly);
    }

    /// <summary>The highlighted unit's marker size in pixels (stars look smaller than circles of the same size).</summary>
    public const double HighlightMarkerSize = 18;

    private static Plotly.NET.TraceObjects.Marker StarMarker()
    {
        var marker = new Plotly.NET.TraceObjects.Marker();
        marker.SetProperty("color", PhsPalette.Magenta);
        marker.SetProperty("symbol", "star");
        marker.SetProperty("size", HighlightMarkerSize);
        var line = new Line();
        line.SetProperty("color", "#222222");
        line.SetProperty("width", 1);
        marker.SetProperty("line", line);
        return marker;
    }

    private static string HighlightLegend(FunnelChartPoint unit) => unit.Label;

    private static string LabelColour(FunnelChartPoint unit, FunnelChartPoint? highlighted) =>
        unit == highlighted ? PhsPalette.Magenta
        : unit.Position == FunnelPosition.AboveOuter ? PhsPalette.Rust
        : unit.Position == FunnelPosition.BelowOuter ? PhsPalette.Blue
        : PhsPalette.Purple;

    /// <summary>
    /// Axis ranges fitted to the data: x from the smallest to the largest plotted denominator with 5% either side (not
    /// from a denominator of 1, where the limits run off to infinity); y over the plotted values and the outer limits at
    /// the largest denominator, with 12% either side for labels.
    /// </summary>
    internal static ((double Low, double High) X, (double Low, double High) Y) Ranges(IReadOnlyList<FunnelChartPoint> drawn, FunnelLimitLines limits)
    {
        var xs = drawn.Count > 0 ? drawn.Select(u => u.Denominator).ToList() : [limits.Denominators[0], limits.Denominators[^1]];
        double xLow = xs.Min(), xHigh = xs.Max();
        var xPad = xHigh > xLow ? (xHigh - xLow) * 0.05 : Math.Max(1, xHigh * 0.1);
        var ys = drawn.Select(u => u.Value).Append(limits.Target).ToList();
        var last = limits.Denominators.Count - 1;
        for (var i = 0; i < limits.Denominators.Count; i++)
        {
            if (limits.Denominators[i] <= xHigh + xPad)
            {
                last = i;
            }
        }

        ys.Add(limits.OuterLower[last]);
        ys.Add(limits.OuterUpper[last]);
        double yLow = ys.Min(), yHigh = ys.Max();
        var yPad = yHigh > yLow ? (yHigh - yLow) * 0.12 : Math.Max(Math.Abs(yHigh) * 0.1, 1);
        return ((Math.Max(0, xLow - xPad), xHigh + xPad), (yLow - yPad, yHigh + yPad));
    }

    /// <summary>
    /// Secondary suppression across the funnel's units: when any unit is withheld and none of the withheld units is a
    /// shown count's partner, the unit with the smallest non-zero count (ties by label) is withheld too — not the briefed
    /// (starred) or a ringed unit while any other unit can partner, so the unit a briefing is about stays on its chart.
    /// The withheld
    /// units' counts then add up to at least that partner's count, which passed the disclosure check, so the total minus
    /// the plotted units leaves every withheld count in an interval at least a publishable count wide. Unchanged when
    /// nothing is withheld, or when no unit has a non-zero count to partner with.
    /// </summary>
    /// <param name="data">The funnel's data.</param>
    /// <param name="disclosure">The check the partner's count must pass (a small count is refused, not quietly withheld).</param>
    /// <returns>The data with the partner's numerator as <see cref="ChartCount.Suppressed"/>.</returns>
    internal static FunnelChartData WithPartner(FunnelChartData data, IChartDisclosureCheck disclosure)
    {
        if (!data.Units.Any(u => u.Numerator.IsSuppressed))
        {
            return data;
        }

        var partner = data.Units.Where(u => u.Numerator.Value is > 0)
            .OrderBy(u => u.Highlighted || string.Equals(u.Label, data.Highlight, StringComparison.Ordinal) ? 1 : 0)
            .ThenBy(u => u.Numerator.Value).ThenBy(u => u.Label, StringComparer.Ordinal).FirstOrDefault();
        if (partner is null)
        {
            return data;
        }

        disclosure.CheckCount(data.Name, partner.Label, "numerator", partner.Numerator.Value!.Value);
        return data with
        {
            Units = data.Units.Select(u => ReferenceEquals(u, partner) ? u with { Numerator = ChartCount.Suppressed } : u).ToList(),
        };
    }

    /// <summary>The alt text: what the funnel plot shows, from the data.</summary>
    /// <param name="data">The funnel plot's data (validated).</param>
    /// <returns>One to three sentences.</returns>
    internal static string AltText(FunnelChartData data)
    {
        var limits = data.Limits;
        var inner = ChartFormat.Level(limits.InnerLevel);
        var outer = ChartFormat.Level(limits.OuterLevel);
        var drawn = data.Units.Where(u => !u.Numerator.IsSuppressed).ToList();
        List<string> LabelsAt(FunnelPosition p) => drawn.Where(u => u.Position == p).Select(u => u.Label).ToList();
        var above = LabelsAt(FunnelPosition.AboveOuter);
        var below = LabelsAt(FunnelPosition.BelowOuter);
        var between = drawn.Count(u => u.Position is FunnelPosition.AboveInner or FunnelPosition.BelowInner);
        var within = drawn.Count(u => u.Position == FunnelPosition.WithinLimits);

        var text = $"Funnel plot of {ChartFormat.Integer(data.Units.Count)} {data.UnitNoun}: {data.ValueTitle} against " +
                   $"{data.DenominatorTitle}, with {inner} and {outer} control limits around a target of " +
                   $"{ChartFormat.Number(limits.Target, data.Decimals)}. ";
        if (above.Count == 0 && below.Count == 0)
        {
            text += $"None lie outside the {outer} limits";
        }
        else
        {
            var parts = new List<string>();
            if (above.Count > 0)
            {
                parts.Add($"{Lie(above.Count)} above the {outer} upper limit ({ChartFormat.List(above, others: data.UnitNoun)})");
            }

            if (below.Count > 0)
            {
                parts.Add($"{Lie(below.Count)} below the {outer} lower limit ({ChartFormat.List(below, others: data.UnitNoun)})");
            }

            text += string.Join(" and ", parts);
        }

        text += $"; {Lie(between)} between the {inner} and {outer} limits; {Lie(within)} within the {inner} limits.";
        if (data.Highlight is { } highlight)
        {
            var unit = drawn.FirstOrDefault(u => string.Equals(u.Label, highlight, StringComparison.Ordinal));
            text += unit is null
                ? $" {highlight} is not plotted (withheld)."
                : $" {highlight} is marked with a star and labelled: {data.ValueTitle} {ChartFormat.Number(unit.Value, data.Decimals)}, {PositionText(unit.Position, inner, outer)}.";
        }

        foreach (var unit in drawn.Where(u => u.Highlighted && !string.Equals(u.Label, data.Highlight, StringComparison.Ordinal)))
        {
            text += $" Highlighted: {unit.Label}, {ChartFormat.Number(unit.Value, data.Decimals)}, {PositionText(unit.Position, inner, outer)}.";
        }

        var withheld = data.Units.Count - drawn.Count;
        if (withheld > 0)
        {
            text += ChartFormat.WithheldNote($"{ChartFormat.Integer(withheld)} of the {ChartFormat.Integer(data.Units.Count)} {data.UnitNoun}", withheld, "not plotted");
        }

        return text;
    }

    private static string PositionText(FunnelPosition position, string inner, string outer) => position switch
    {
        FunnelPosition.AboveOuter => $"above the {outer} upper limit",
        FunnelPosition.BelowOuter => $"below the {outer} lower limit",
        FunnelPosition.AboveInner => $"between the {inner} and {outer} upper limits",
        FunnelPosition.BelowInner => $"between the {inner} and {outer} lower limits",
        _ => $"within the {inner} limits",
    };

    private static string Lie(int count) => ChartFormat.Integer(count) + (count == 1 ? " lies" : " lie");

    private static string HoverText(FunnelChartData data, FunnelChartPoint unit, IChartDisclosureCheck disclosure) =>
        $"{unit.Label}<br>{data.DenominatorTitle}: " +
        (data.DenominatorIsCount ? ChartFormat.Count((long)unit.Denominator) : ChartFormat.Number(unit.Denominator, data.Decimals)) +
        $"<br>Numerator: {ChartFormat.Count(unit.Numerator, disclosure, data.Name, unit.Label, "numerator")}" +
        $"<br>{data.ValueTitle}: {ChartFormat.Number(unit.Value, data.Decimals)}";

    private static Trace LimitLine(string name, IReadOnlyList<double> x, IReadOnlyList<double> y, string colour, string dash, bool inLegend, string group) =>
        PlotlyTraces.Scatter(name, x, y.Select(v => (double?)v), "lines")
            .WithLine(colour, 1.5, dash)
            .WithLegend(inLegend, group)
            .WithoutHover();

    private static (string Legend, string Colour, string Symbol, bool Labelled) Style(FunnelPosition position, string inner, string outer) =>
        position switch
        {
            FunnelPosition.WithinLimits => ($"Within {inner} limits", PhsPalette.Graphite, "circle", false),
            FunnelPosition.AboveInner => ($"Above {inner} upper limit", PhsPalette.Rust, "triangle-up-open", false),
            FunnelPosition.AboveOuter => ($"Above {outer} upper limit", PhsPalette.Rust, "triangle-up", true),
            FunnelPosition.BelowInner => ($"Below {inner} lower limit", PhsPalette.Blue, "triangle-down-open", false),
            FunnelPosition.BelowOuter => ($"Below {outer} lower limit", PhsPalette.Blue, "triangle-down", true),
            _ => throw new ArgumentOutOfRangeException(nameof(position), position, null),
        };

    private static void Validate(FunnelChartData data)
    {
        ChartName.Validate(data.Name);
        var name = data.Name;
        ChartGuard.Decimals(name, data.Decimals, nameof(data));
        ChartGuard.NotEmpty(name, data.Units, "units", nameof(data));
        ChartGuard.Labels(name, data.Units.Select(u => u.Label), nameof(data));
        foreach (var unit in data.Units)
        {
            ChartGuard.Finite(name, unit.Label, "denominator", unit.Denominator, nameof(data));
            if (data.DenominatorIsCount && (unit.Denominator < 0 || unit.Denominator != Math.Floor(unit.Denominator) || unit.Denominator > long.MaxValue))
            {
                throw new ChartDataException(ChartMessages.DenominatorNotWhole(name, unit.Label, unit.Denominator), nameof(data));
            }
            ChartGuard.Finite(name, unit.Label, "value", unit.Value, nameof(data));
        }

        var limits = data.Limits ?? throw new ChartDataException(ChartMessages.MissingPart(name, "the limit lines (Limits)"), nameof(data));
        ChartGuard.Confidence(name, "inner level", limits.InnerLevel, nameof(data));
        ChartGuard.Confidence(name, "outer level", limits.OuterLevel, nameof(data));
        if (limits.InnerLevel >= limits.OuterLevel)
        {
            throw new ChartDataException(ChartMessages.LevelsOutOfOrder(name, limits.InnerLevel, limits.OuterLevel), nameof(data));
        }

        ChartGuard.NotEmpty(name, limits.Denominators, "limit grid points", nameof(data));
        ChartGuard.Finite(name, "target", "target", limits.Target, nameof(data));
        for (var i = 0; i < limits.Denominators.Count; i++)
        {
            ChartGuard.Finite(name, "limit grid", "denominator", limits.Denominators[i], nameof(data));
            if (i > 0 && !(limits.Denominators[i] > limits.Denominators[i - 1]))
            {
                throw new ChartDataException(ChartMessages.NotIncreasing(name, "limit grid denominators",
                    ChartFormat.Number(limits.Denominators[i - 1], 6), ChartFormat.Number(limits.Denominators[i], 6)), nameof(data));
            }
        }

        foreach (var (field, values) in new[]
                 {
                     ("inner lower limit", limits.InnerLower), ("inner upper limit", limits.InnerUpper),
                     ("outer lower limit", limits.OuterLower), ("outer upper limit", limits.OuterUpper),
                 })
        {
            if (values.Count != limits.Denominators.Count)
            {
                throw new ChartDataException(ChartMessages.LengthMismatch(name, field, limits.Denominators.Count, values.Count), nameof(data));
            }

            foreach (var value in values)
            {
                ChartGuard.Finite(name, field, "limit", value, nameof(data));
            }
        }
    }
}
