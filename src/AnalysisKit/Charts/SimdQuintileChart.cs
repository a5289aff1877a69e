using Plotly.NET;
using Plotly.NET.LayoutObjects;

namespace AnalysisKit.Charts;

/// <summary>
/// Bars by Scottish Index of Multiple Deprivation (SIMD) quintile, most deprived on the left, each labelled with its
/// value and, when given, its confidence interval as an error bar. Quintiles are named on the axis
/// ("1 (most deprived)" … "5 (least deprived)"), so no meaning rests on colour. A quintile whose numerator arrives
/// suppressed (<see cref="ChartCount.Suppressed"/>) keeps its place on the axis but draws no bar, label or interval:
/// a crude rate with its interval gives the count back. Its hover and the alt text say it is suppressed.
/// </summary>
public static class SimdQuintileChart
{
    /// <summary>Builds the SIMD quintile chart.</summary>
    /// <param name="data">The bars and titles.</param>
    /// <param name="disclosure">The disclosure check every shown numerator passes through.</param>
    /// <returns>The chart with its alt text.</returns>
    public static ChartFigure Create(SimdQuintileData data, IChartDisclosureCheck disclosure)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(disclosure);
        Validate(data);
        var bars = data.Bars.OrderBy(b => b.Quintile).ToList();
        var level = ChartFormat.Level(data.Confidence);
        var labels = bars.Select(b => (b.Label ?? QuintileLabel(b.Quintile))).ToList();
        var hover = bars.Select((b, i) =>
        {
            if (b.Numerator is { IsSuppressed: true })
            {
                return $"SIMD quintile {labels[i]}<br>Count suppressed by disclosure control ({disclosure.SuppressionMarker}): not shown";
            }

            var text = $"SIMD quintile {labels[i]}<br>{data.ValueTitle}: {ChartFormat.Number(b.Value, data.Decimals)}";
            if (b.Lower is { } lower && b.Upper is { } upper)
            {
                text += $"<br>{level} CI: {ChartFormat.Number(lower, data.Decimals)} to {ChartFormat.Number(upper, data.Decimals)}";
            }

            if (b.Numerator is { } numerator)
            {
                text += $"<br>Numerator: {ChartFormat.Count(numerator, disclosure, data.Name, "SIMD quintile " + labels[i], "numerator")}";
            }

            return text;
        }).ToList();

        static bool Shown(SimdQuintileBar b) => b.Numerator is not { IsSuppressed: true };
        var trace = PlotlyTraces.Bar(data.UnitLabel, labels, bars.Select(b => Shown(b) ? (double?)b.Value : null), horizontal: false)
            .WithBarColour(PhsPalette.Purple)
            .WithPointLabels(bars.Select(b => Shown(b) ? ChartFormat.Number(b.Value, data.Decimals) : disclosure.SuppressionMarker), "outside")
            .WithHoverText(hover);
        if (bars.Any(b => Shown(b) && b.Lower is not null))
        {
            trace.WithErrorBars(bars.Select(b => Shown(b) ? b.Value - (b.Lower ?? b.Value) : 0), bars.Select(b => Shown(b) ? (b.Upper ?? b.Value) - b.Value : 0),
                PhsPalette.Graphite, horizontal: false);
        }

        var plotly = HouseStyle.Compose(data.Title,
            new ChartAxis("SIMD quintile") { Type = "category", CategoryOrder = labels, ShowGrid = false },
            new ChartAxis(data.ValueTitle),
            [trace], Array.Empty<Shape>(), Array.Empty<Annotation>());
        return new ChartFigure(data.Name, data.Title, AltText(data), plotly);
    }

    /// <summary>The alt text: the value in every quintile, most deprived first.</summary>
    /// <param name="data">The chart's data (validated).</param>
    /// <returns>Sentences made from the data.</returns>
    internal static string AltText(SimdQuintileData data)
    {
        var bars = data.Bars.OrderBy(b => b.Quintile).ToList();
        var values = bars.Select(b => b.Numerator is { IsSuppressed: true }
            ? $"{(b.Label ?? QuintileLabel(b.Quintile))} suppressed"
            : $"{(b.Label ?? QuintileLabel(b.Quintile))} {ChartFormat.Number(b.Value, data.Decimals)}").ToList();
        var text = $"Bar chart of {data.ValueTitle} for {data.UnitLabel} by SIMD quintile: {ChartFormat.List(values, values.Count)}.";
        var suppressed = bars.Count(b => b.Numerator is { IsSuppressed: true });
        if (suppressed > 0)
        {
            text += $" {ChartFormat.Plural(suppressed, "quintile has", "quintiles have")} no bar: the count is suppressed by disclosure control.";
        }

        if (bars.Any(b => b.Lower is not null && b.Numerator is not { IsSuppressed: true }))
        {
            text += $" Error bars show {ChartFormat.Level(data.Confidence)} confidence intervals.";
        }

        return text;
    }

    /// <summary>"1 (most deprived)", "2", "3", "4", "5 (least deprived)".</summary>
    internal static string QuintileLabel(int quintile) => quintile switch
    {
        1 => "1 (most deprived)",
        5 => "5 (least deprived)",
        _ => ChartFormat.Integer(quintile),
    };

    private static void Validate(SimdQuintileData data)
    {
        ChartName.Validate(data.Name);
        var name = data.Name;
        ChartGuard.Decimals(name, data.Decimals, nameof(data));
        ChartGuard.Confidence(name, "confidence", data.Confidence, nameof(data));
        ChartGuard.NotEmpty(name, data.Bars, "SIMD quintiles", nameof(data));
        var seen = new HashSet<int>();
        foreach (var bar in data.Bars)
        {
            if (bar.Quintile is < 1 or > 5)
            {
                throw new ChartDataException(ChartMessages.BadQuintile(name, bar.Quintile), nameof(data));
            }

            if (!seen.Add(bar.Quintile))
            {
                throw new ChartDataException(ChartMessages.DuplicateQuintile(name, bar.Quintile), nameof(data));
            }

            var item = "SIMD quintile " + (bar.Label ?? QuintileLabel(bar.Quintile));
            ChartGuard.Finite(name, item, "value", bar.Value, nameof(data));
            if (bar.Lower is null != bar.Upper is null)
            {
                throw new ChartDataException(ChartMessages.HalfInterval(name, item), nameof(data));
            }

            if (bar.Lower is { } lower && bar.Upper is { } upper)
            {
                ChartGuard.Interval(name, item, lower, bar.Value, upper, nameof(data));
            }
        }
    }
}
