using Plotly.NET;
using Plotly.NET.LayoutObjects;

namespace AnalysisKit.Charts;

/// <summary>
/// Percentile chart in the style of OpenPrescribing's measures (Bennett Institute, openprescribing.net): the
/// 10th to 90th percentiles across all units as thin dashed lines, the median as a thicker dashed line, and the
/// unit's own values as a solid magenta line with markers. The unit's line differs from the deciles by width, dash,
/// markers and legend name as well as colour.
/// </summary>
public static class PercentileChart
{
    private const int DecileCount = 9;

    /// <summary>Builds the percentile chart.</summary>
    /// <param name="data">The deciles, the unit's values and titles.</param>
    /// <returns>The chart with its alt text.</returns>
    public static ChartFigure Create(PercentileChartData data) => Create(data, null);

    /// <summary>
    /// Builds the percentile chart, checking every count given with the unit's points: a point whose count is
    /// <see cref="ChartCount.Suppressed"/> is not drawn (no value or hover text in the JSON; the alt text says how many
    /// periods were withheld), and every other count passes <paramref name="disclosure"/> first.
    /// </summary>
    /// <param name="data">The deciles, the unit's values (with their counts) and titles.</param>
    /// <param name="disclosure">The disclosure check, or null when the points carry no counts.</param>
    /// <returns>The chart with its alt text.</returns>
    public static ChartFigure Create(PercentileChartData data, IChartDisclosureCheck? disclosure)
    {
        ArgumentNullException.ThrowIfNull(data);
        Validate(data);
        foreach (var point in data.UnitPoints.Where(p => p.Count is { IsSuppressed: false }))
        {
            if (disclosure is null)
            {
                throw new ChartDataException(ChartMessages.CountsNeedCheck(data.Name), nameof(disclosure));
            }

            var item = $"{data.UnitLabel} {ChartFormat.IsoDate(point.Period)}";
            disclosure.CheckCount(data.Name, item, "count", point.Count!.Value.Value ?? throw new ChartDataException(ChartMessages.CountMissing(data.Name, item, "count"), nameof(data)));
        }

        var shown = data.UnitPoints.Where(p => p.IsShown).ToList();
        var x = data.Periods.Select(p => ChartFormat.IsoDate(p.Period)).ToList();
        var traces = new List<Trace>();
        for (var d = 0; d < DecileCount; d++)
        {
            var decile = d;
            var isMedian = decile == 4;
            var name = isMedian ? "Median (50th percentile)" : "Deciles (10th to 90th percentile)";
            var percentile = Ordinal((decile + 1) * 10);
            traces.Add(PlotlyTraces.Scatter(name, x, data.Periods.Select(p => (double?)p.Deciles[decile]), "lines")
                .WithLine(isMedian ? PhsPalette.Blue : PhsPalette.Tint(PhsPalette.Blue, 50), isMedian ? 2 : 1, "dash")
                .WithLegend(isMedian || decile == 0, isMedian ? "median" : "deciles")
                .WithHoverText(data.Periods.Select(p =>
                    $"{percentile} percentile, {ChartFormat.Month(p.Period)}: {ChartFormat.Number(p.Deciles[decile], data.Decimals)}")));
        }

        traces.Add(PlotlyTraces.Scatter(data.UnitLabel, shown.Select(p => ChartFormat.IsoDate(p.Period)),
                shown.Select(p => (double?)p.Value), "lines+markers")
            .WithLine(PhsPalette.Magenta, 2.5, "solid")
            .WithMarker(PhsPalette.Magenta, "circle", HouseStyle.MarkerSize)
            .WithHoverText(shown.Select(p =>
                $"{data.UnitLabel}, {ChartFormat.Month(p.Period)}<br>{data.ValueTitle}: {ChartFormat.Number(p.Value, data.Decimals)}" +
                $"<br>{Position(p.Value, DecilesAt(data, p.Period))}")));

        var plotly = HouseStyle.Compose(data.Title,
            new ChartAxis("Period") { Type = "date", TickFormat = "%b %Y" },
            new ChartAxis(data.ValueTitle),
            traces, Array.Empty<Shape>(), Array.Empty<Annotation>());
        return new ChartFigure(data.Name, data.Title, AltText(data), plotly);
    }

    /// <summary>The alt text: the span, the number of units, and where the unit's latest value lies among the deciles.</summary>
    /// <param name="data">The chart's data (validated).</param>
    /// <returns>Sentences made from the data.</returns>
    internal static string AltText(PercentileChartData data)
    {
        var text = $"Percentile chart of {data.ValueTitle} for {data.UnitLabel} against the deciles across " +
                   $"{ChartFormat.Integer(data.UnitCount)} {data.UnitNoun}, {ChartFormat.Month(data.Periods[0].Period)} to " +
                   $"{ChartFormat.Month(data.Periods[^1].Period)}.";
        var shown = data.UnitPoints.Where(p => p.IsShown).ToList();
        if (shown.Count > 0)
        {
            var last = shown[^1];
            var deciles = DecilesAt(data, last.Period);
            text += $" In {ChartFormat.Month(last.Period)} {data.UnitLabel} was {ChartFormat.Number(last.Value, data.Decimals)}, " +
                    $"{Position(last.Value, deciles)} (median {ChartFormat.Number(deciles[4], data.Decimals)}).";
        }
        else
        {
            text += $" {data.UnitLabel} has no values in these periods.";
        }

        var withheld = data.UnitPoints.Count - shown.Count;
        if (withheld > 0)
        {
            text += ChartFormat.WithheldNote($"{ChartFormat.Plural(withheld, "period", "periods")} of {data.UnitLabel}", withheld, "not shown");
        }

        return text;
    }

    /// <summary>Where a value lies among the deciles: "below the 10th percentile", "at the 50th percentile", "between the 70th and 80th percentiles", "above the 90th percentile".</summary>
    internal static string Position(double value, IReadOnlyList<double> deciles)
    {
        if (value < deciles[0])
        {
            return "below the 10th percentile";
        }

        if (value > deciles[^1])
        {
            return "above the 90th percentile";
        }

        for (var d = 0; d < deciles.Count; d++)
        {
            if (value == deciles[d])
            {
                return $"at the {Ordinal((d + 1) * 10)} percentile";
            }
        }

        var upper = Enumerable.Range(0, deciles.Count).First(d => deciles[d] > value);
        return $"between the {Ordinal(upper * 10)} and {Ordinal((upper + 1) * 10)} percentiles";
    }

    private static IReadOnlyList<double> DecilesAt(PercentileChartData data, DateOnly period) =>
        data.Periods.First(p => p.Period == period).Deciles;

    private static string Ordinal(int tens) => ChartFormat.Integer(tens) + "th";

    private static void Validate(PercentileChartData data)
    {
        ChartName.Validate(data.Name);
        var name = data.Name;
        ChartGuard.Decimals(name, data.Decimals, nameof(data));
        if (data.UnitCount < 1)
        {
            throw new ChartDataException(ChartMessages.BadUnitCount(name, data.UnitCount), nameof(data));
        }

        ChartGuard.NotEmpty(name, data.Periods, "periods", nameof(data));
        ChartGuard.Increasing(name, "decile periods", data.Periods.Select(p => p.Period).ToList(), nameof(data));
        foreach (var period in data.Periods)
        {
            var item = ChartFormat.IsoDate(period.Period);
            if (period.Deciles is null || period.Deciles.Count != DecileCount)
            {
                throw new ChartDataException(ChartMessages.BadPercentiles(name, item, period.Deciles?.Count ?? 0), nameof(data));
            }

            for (var d = 0; d < DecileCount; d++)
            {
                ChartGuard.Finite(name, item, $"{Ordinal((d + 1) * 10)} percentile", period.Deciles[d], nameof(data));
                if (d > 0 && period.Deciles[d] < period.Deciles[d - 1])
                {
                    throw new ChartDataException(ChartMessages.PercentilesOutOfOrder(name, item), nameof(data));
                }
            }
        }

        ChartGuard.Increasing(name, $"periods of {data.UnitLabel}", data.UnitPoints.Select(p => p.Period).ToList(), nameof(data));
        var periods = new HashSet<DateOnly>(data.Periods.Select(p => p.Period));
        foreach (var point in data.UnitPoints)
        {
            var item = ChartFormat.IsoDate(point.Period);
            if (point.IsShown)
            {
                ChartGuard.Finite(name, $"{data.UnitLabel} {item}", "value", point.Value, nameof(data));
            }

            if (!periods.Contains(point.Period))
            {
                throw new ChartDataException(ChartMessages.UnitPeriodWithoutDeciles(name, data.UnitLabel, item), nameof(data));
            }
        }
    }
}
