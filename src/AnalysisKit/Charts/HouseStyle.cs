using Microsoft.FSharp.Core;
using Plotly.NET;
using Plotly.NET.LayoutObjects;

namespace AnalysisKit.Charts;

/// <summary>
/// Puts traces, reference lines and labels together into a Plotly.NET chart in the house style: Arial, white
/// background, PHS graphite grid, legend below the plot, invariant separators (<c>.</c> decimal, <c>,</c> thousands)
/// whatever the reader's locale, fixed size, and no Plotly logo link. Shapes and annotations are added through the
/// Plotly.NET F# API (<c>Chart.withShapes</c>, <c>Chart.withAnnotations</c>).
/// </summary>
public static class HouseStyle
{
    /// <summary>The font family of every chart.</summary>
    public const string FontFamily = "Arial, sans-serif";

    /// <summary>Chart width in pixels (fits a 920-pixel briefing page).</summary>
    public const int Width = 860;

    /// <summary>Default chart height in pixels.</summary>
    public const int Height = 520;

    /// <summary>Size of ordinary markers in pixels.</summary>
    public const double MarkerSize = 8;

    /// <summary>Size of markers that carry a finding (outliers, special cause) in pixels.</summary>
    public const double FindingMarkerSize = 11;

    /// <summary>Bottom margin in pixels: room for the x axis ticks and title, then up to three rows of legend.</summary>
    public const int LegendMargin = 150;

    /// <summary>Builds the chart.</summary>
    /// <param name="title">Chart title.</param>
    /// <param name="xAxis">The x axis.</param>
    /// <param name="yAxis">The y axis.</param>
    /// <param name="traces">Traces in drawing order (later on top).</param>
    /// <param name="shapes">Reference lines.</param>
    /// <param name="annotations">Text labels.</param>
    /// <param name="height">Height in pixels, 200 to 2000.</param>
    /// <param name="barMode">plotly.js barmode (<c>stack</c>, <c>overlay</c>, <c>group</c>), or null when there are no bars.</param>
    /// <param name="rightMargin">Right margin in pixels (more to hold icons or labels beside the plot).</param>
    /// <returns>The Plotly.NET chart.</returns>
    public static GenericChart Compose(string title, ChartAxis xAxis, ChartAxis yAxis, IEnumerable<Trace> traces,
        IEnumerable<Shape> shapes, IEnumerable<Annotation> annotations, int height = Height, string? barMode = null, int rightMargin = 30)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(xAxis);
        ArgumentNullException.ThrowIfNull(yAxis);
        if (height is < 200 or > 2000)
        {
            throw new ArgumentOutOfRangeException(nameof(height), height, ChartMessages.BadHeight(height));
        }

        var chart = GenericChart.combine(traces.Select(trace => GenericChart.ofTraceObject(true, trace)).ToArray());

        var layout = new Layout();
        var titleObject = new Title();
        var titleLines = TitleLines(title);
        titleObject.SetProperty("text", string.Join("<br>", titleLines));
        var titleFont = new Font();
        titleFont.SetProperty("size", TitleFontSize);
        titleObject.SetProperty("font", titleFont);
        titleObject.SetProperty("x", 0.0);
        titleObject.SetProperty("xanchor", "left");
        layout.SetProperty("title", titleObject);
        var font = new Font();
        font.SetProperty("family", FontFamily);
        font.SetProperty("size", 13);
        font.SetProperty("color", "#222222");
        layout.SetProperty("font", font);
        layout.SetProperty("separators", ".,");
        layout.SetProperty("width", Width);
        layout.SetProperty("height", height);
        layout.SetProperty("paper_bgcolor", "#FFFFFF");
        layout.SetProperty("plot_bgcolor", "#FFFFFF");
        layout.SetProperty("hovermode", "closest");
        // The legend sits at the foot of the figure (container coordinates) inside a bottom margin deep enough for
        // the x axis title above it, so the two never overlap whatever the chart's height.
        var legend = new Legend();
        legend.SetProperty("orientation", "h");
        legend.SetProperty("xref", "container");
        legend.SetProperty("x", 0.0);
        legend.SetProperty("yref", "container");
        legend.SetProperty("y", 0.0);
        legend.SetProperty("yanchor", "bottom");
        layout.SetProperty("legend", legend);
        var margin = new Margin();
        margin.SetProperty("t", 70 + (20 * titleLines.Count));
        margin.SetProperty("r", rightMargin);
        margin.SetProperty("b", LegendMargin);
        layout.SetProperty("margin", margin);
        layout.SetProperty("xaxis", Axis(xAxis));
        layout.SetProperty("yaxis", Axis(yAxis));
        if (barMode is not null)
        {
            layout.SetProperty("barmode", barMode);
        }

        chart = GenericChart.setLayout(layout, chart);

        var shapeList = shapes.ToArray();
        if (shapeList.Length > 0)
        {
            chart = Chart.withShapes(shapeList, FSharpOption<bool>.Some(true)).Invoke(chart);
        }

        var annotationList = annotations.ToArray();
        if (annotationList.Length > 0)
        {
            chart = Chart.withAnnotations(annotationList, FSharpOption<bool>.Some(true)).Invoke(chart);
        }

        var config = new Config();
        config.SetProperty("responsive", true);
        config.SetProperty("displaylogo", false);
        return GenericChart.setConfig(config, chart);
    }

    /// <summary>Title font size in pixels.</summary>
    public const int TitleFontSize = 16;

    /// <summary>
    /// Most characters on one title line: at 16 px Arial (≈ 8.5 px a character on average, wider for capitals) 84
    /// characters fit the 860 px figure with room to spare, so a long title wraps instead of running off the edge.
    /// </summary>
    public const int TitleLineCharacters = 84;

    /// <summary>The title broken between words into lines of at most <see cref="TitleLineCharacters"/> characters (a longer word stands alone).</summary>
    /// <param name="title">The title.</param>
    public static IReadOnlyList<string> TitleLines(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var lines = new List<string>();
        var line = "";
        foreach (var word in title.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > TitleLineCharacters)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = line.Length == 0 ? word : line + " " + word;
            }
        }

        lines.Add(line);
        return lines;
    }

    private static LinearAxis Axis(ChartAxis spec)
    {
        var axis = new LinearAxis();
        var title = new Title();
        title.SetProperty("text", spec.Title);
        axis.SetProperty("title", title);
        axis.SetProperty("type", spec.Type);
        axis.SetProperty("showgrid", spec.ShowGrid);
        axis.SetProperty("gridcolor", PhsPalette.Tint(PhsPalette.Graphite, 30));
        axis.SetProperty("zeroline", false);
        axis.SetProperty("linecolor", PhsPalette.Graphite);
        axis.SetProperty("showline", true);
        axis.SetProperty("automargin", true);
        if (spec.TickFormat is not null)
        {
            axis.SetProperty("tickformat", spec.TickFormat);
        }

        if (spec.TickValues is not null)
        {
            axis.SetProperty("tickmode", "array");
            axis.SetProperty("tickvals", spec.TickValues.ToArray());
            axis.SetProperty("ticktext", (spec.TickText ?? []).ToArray());
        }

        if (spec.Range is { } range)
        {
            axis.SetProperty("range", new[] { range.Low, range.High });
        }

        if (spec.CategoryOrder is not null)
        {
            axis.SetProperty("categoryorder", "array");
            axis.SetProperty("categoryarray", spec.CategoryOrder.ToArray());
        }

        if (spec.Reversed)
        {
            axis.SetProperty("autorange", "reversed");
        }

        return axis;
    }
}
