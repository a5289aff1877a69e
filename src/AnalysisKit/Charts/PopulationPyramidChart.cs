using Plotly.NET;

namespace AnalysisKit.Charts;

/// <summary>
/// Population pyramid: males to the left (PHS purple), females to the right (PHS teal), youngest band at the bottom.
/// The sides are also named by labels above the plot, so colour is not the only channel. Every count passes the
/// disclosure check before it enters the chart; a suppressed count draws no bar and shows the suppression marker
/// in hover text. The alt text gives no totals, which could let a reader recover a suppressed count.
/// </summary>
public static class PopulationPyramidChart
{
    /// <summary>Builds the population pyramid.</summary>
    /// <param name="data">The bands and labels.</param>
    /// <param name="disclosure">The disclosure check every shown count passes through.</param>
    /// <returns>The chart with its alt text.</returns>
    public static ChartFigure Create(PopulationPyramidData data, IChartDisclosureCheck disclosure)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(disclosure);
        Validate(data);
        var bands = data.Bands.Select(b => b.AgeBand).ToList();
        var maleText = data.Bands.Select(b => ChartFormat.Count(b.Males, disclosure, data.Name, b.AgeBand, "males")).ToList();
        var femaleText = data.Bands.Select(b => ChartFormat.Count(b.Females, disclosure, data.Name, b.AgeBand, "females")).ToList();

        var traces = new List<Trace>
        {
            PlotlyTraces.Bar("Males", bands, data.Bands.Select(b => -(double?)b.Males.Value), horizontal: true)
                .WithBarColour(PhsPalette.Purple)
                .WithHoverText(bands.Select((band, i) => $"Males aged {band}: {maleText[i]}")),
            PlotlyTraces.Bar("Females", bands, data.Bands.Select(b => (double?)b.Females.Value), horizontal: true)
                .WithBarColour(PhsPalette.Teal)
                .WithHoverText(bands.Select((band, i) => $"Females aged {band}: {femaleText[i]}")),
        };

        var largest = data.Bands.SelectMany(b => new[] { b.Males.Value, b.Females.Value }).Max() ?? 0;
        var step = TickStep(largest);
        var ticks = Enumerable.Range(-4, 9).Select(k => k * step).Where(t => Math.Abs(t) <= Math.Max(largest, step)).ToList();
        var edge = Math.Max(largest, step) * 1.05;
        // A suppressed count draws no bar; the marker beside the axis says why the bar is missing.
        var suppressed = data.Bands.SelectMany(b => new[]
            {
                (Band: b.AgeBand, X: -edge * 0.02, Shown: b.Males.IsSuppressed, Position: "middle left", Sex: "Males"),
                (Band: b.AgeBand, X: edge * 0.02, Shown: b.Females.IsSuppressed, Position: "middle right", Sex: "Females"),
            })
            .Where(s => s.Shown).ToList();
        if (suppressed.Count > 0)
        {
            traces.Add(PlotlyTraces.Scatter($"Suppressed count ({disclosure.SuppressionMarker})", suppressed.Select(s => s.X), suppressed.Select(s => s.Band), "text")
                .WithPointLabels(suppressed.Select(_ => disclosure.SuppressionMarker), "middle center")
                .With("textposition", suppressed.Select(s => s.Position).ToArray())
                .WithHoverText(suppressed.Select(s => $"{s.Sex} aged {s.Band}: {disclosure.SuppressionMarker}")));
        }

        var plotly = HouseStyle.Compose(data.Title,
            new ChartAxis("Number of people")
            {
                Range = (-edge, edge),
                TickValues = ticks,
                TickText = ticks.Select(t => ChartFormat.Count((long)Math.Abs(t))).ToList(),
            },
            new ChartAxis("Age band") { Type = "category", CategoryOrder = bands, ShowGrid = false },
            traces,
            [],
            [PlotlyShapes.TopLabel(-edge / 2, "Males", PhsPalette.Purple), PlotlyShapes.TopLabel(edge / 2, "Females", PhsPalette.Teal)],
            Math.Clamp(22 * bands.Count + 280, 360, 2000),
            barMode: "relative");
        return new ChartFigure(data.Name, data.Title, AltText(data, disclosure.SuppressionMarker), plotly);
    }

    /// <summary>The alt text: bands covered, the largest band for each sex, and how many counts are suppressed (never totals).</summary>
    /// <param name="data">The chart's data (validated and checked).</param>
    /// <param name="marker">The suppression marker.</param>
    /// <returns>Sentences made from the data.</returns>
    internal static string AltText(PopulationPyramidData data, string marker)
    {
        var bands = data.Bands;
        var text = $"Population pyramid of {data.UnitLabel} by sex across {ChartFormat.Plural(bands.Count, "age band", "age bands")}" +
                   $" from {bands[0].AgeBand} to {bands[^1].AgeBand}.";
        string Largest(Func<PyramidBand, ChartCount> count, string sex)
        {
            var shown = bands.Where(b => !count(b).IsSuppressed).ToList();
            if (shown.Count == 0)
            {
                return $"all {sex} counts are suppressed";
            }

            // First band with the largest count, youngest first, so ties resolve the same way every time.
            var top = shown.First(b => count(b).Value == shown.Max(x => count(x).Value));
            return $"for {sex} {top.AgeBand} ({ChartFormat.Count(count(top).Value!.Value)})";
        }

        text += $" The largest band is {Largest(b => b.Males, "males")} and {Largest(b => b.Females, "females")}.";
        var suppressed = bands.Sum(b => (b.Males.IsSuppressed ? 1 : 0) + (b.Females.IsSuppressed ? 1 : 0));
        if (suppressed > 0)
        {
            text += $" {ChartFormat.Plural(suppressed, "count is", "counts are")} suppressed and shown as {marker}.";
        }

        return text;
    }

    /// <summary>A tick step of 1, 2, 2.5 or 5 × 10^k giving at most four ticks each side of zero.</summary>
    internal static double TickStep(long largest)
    {
        if (largest <= 4)
        {
            return 1;
        }

        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(largest / 4.0)));
        foreach (var factor in new[] { 1.0, 2.0, 2.5, 5.0, 10.0 })
        {
            if (largest / (factor * magnitude) <= 4)
            {
                return factor * magnitude;
            }
        }

        return 10 * magnitude;
    }

    private static void Validate(PopulationPyramidData data)
    {
        ChartName.Validate(data.Name);
        ChartGuard.NotEmpty(data.Name, data.Bands, "age bands", nameof(data));
        ChartGuard.Labels(data.Name, data.Bands.Select(b => b.AgeBand), nameof(data));
    }
}
