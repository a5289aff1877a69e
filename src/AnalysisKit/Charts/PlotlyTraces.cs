using Plotly.NET;
using Plotly.NET.TraceObjects;

namespace AnalysisKit.Charts;

/// <summary>
/// A small C#-friendly layer over Plotly.NET traces: named factories and fluent setters for what the chart
/// layer needs, including error bars, which Plotly.NET.CSharp 0.14 lacks. Properties are set by their plotly.js
/// names (https://plotly.com/javascript/reference/), so the JSON produced is exactly what the setter says.
/// Setters change the trace and return it, for chaining.
/// </summary>
public static class PlotlyTraces
{
    /// <summary>A scatter trace (points, lines or both).</summary>
    /// <typeparam name="TX">The x type: numbers, or strings for dates (<c>yyyy-MM-dd</c>) and categories.</typeparam>
    /// <typeparam name="TY">The y type: numbers (nullable: null leaves a gap), or strings for categories.</typeparam>
    /// <param name="name">The legend name.</param>
    /// <param name="x">The x values.</param>
    /// <param name="y">The y values.</param>
    /// <param name="mode">plotly.js mode: <c>markers</c>, <c>lines</c>, <c>lines+markers</c>, <c>markers+text</c>.</param>
    /// <returns>The trace.</returns>
    public static Trace2D Scatter<TX, TY>(string name, IEnumerable<TX> x, IEnumerable<TY> y, string mode)
    {
        var trace = new Trace2D("scatter");
        trace.SetProperty("name", name);
        trace.SetProperty("x", x.ToArray());
        trace.SetProperty("y", y.ToArray());
        trace.SetProperty("mode", mode);
        return trace;
    }

    /// <summary>A bar trace.</summary>
    /// <typeparam name="TCategory">The category type (usually strings).</typeparam>
    /// <param name="name">The legend name.</param>
    /// <param name="categories">The bar categories.</param>
    /// <param name="lengths">The bar lengths; null draws no bar.</param>
    /// <param name="horizontal">True for horizontal bars (categories on the y axis).</param>
    /// <returns>The trace.</returns>
    public static Trace2D Bar<TCategory>(string name, IEnumerable<TCategory> categories, IEnumerable<double?> lengths, bool horizontal)
    {
        var trace = new Trace2D("bar");
        trace.SetProperty("name", name);
        trace.SetProperty(horizontal ? "y" : "x", categories.ToArray());
        trace.SetProperty(horizontal ? "x" : "y", lengths.ToArray());
        trace.SetProperty("orientation", horizontal ? "h" : "v");
        return trace;
    }

    /// <summary>Sets one colour, symbol and size for every marker.</summary>
    /// <param name="trace">The trace.</param>
    /// <param name="colour">Marker colour (<c>#RRGGBB</c>).</param>
    /// <param name="symbol">plotly.js marker symbol (e.g. <c>circle</c>, <c>triangle-up</c>, <c>diamond</c>).</param>
    /// <param name="size">Marker size in pixels, greater than 0.</param>
    /// <returns>The trace.</returns>
    public static Trace2D WithMarker(this Trace2D trace, string colour, string symbol, double size)
    {
        var marker = new Marker();
        marker.SetProperty("color", colour);
        marker.SetProperty("symbol", symbol);
        marker.SetProperty("size", size);
        trace.SetProperty("marker", marker);
        return trace;
    }

    /// <summary>Sets a colour and symbol for each marker, so each point can carry its own meaning twice.</summary>
    /// <param name="trace">The trace.</param>
    /// <param name="colours">One colour per point.</param>
    /// <param name="symbols">One symbol per point.</param>
    /// <param name="size">Marker size in pixels, greater than 0.</param>
    /// <returns>The trace.</returns>
    public static Trace2D WithMarkers(this Trace2D trace, IEnumerable<string> colours, IEnumerable<string> symbols, double size)
    {
        var marker = new Marker();
        marker.SetProperty("color", colours.ToArray());
        marker.SetProperty("symbol", symbols.ToArray());
        marker.SetProperty("size", size);
        trace.SetProperty("marker", marker);
        return trace;
    }

    /// <summary>Sets the bar fill colour (one for all bars).</summary>
    /// <param name="trace">The trace.</param>
    /// <param name="colour">Fill colour.</param>
    /// <returns>The trace.</returns>
    public static Trace2D WithBarColour(this Trace2D trace, string colour)
    {
        var marker = new Marker();
        marker.SetProperty("color", colour);
        trace.SetProperty("marker", marker);
        return trace;
    }

    /// <summary>Sets the line style.</summary>
    /// <param name="trace">The trace.</param>
    /// <param name="colour">Line colour.</param>
    /// <param name="width">Width in pixels, 0 or more (0 hides the line, e.g. the lower edge of a ribbon).</param>
    /// <param name="dash">plotly.js dash: <c>solid</c>, <c>dash</c>, <c>dot</c>, <c>dashdot</c>, <c>longdash</c>.</param>
    /// <returns>The trace.</returns>
    public static Trace2D WithLine(this Trace2D trace, string colour, double width, string dash)
    {
        var line = new Line();
        line.SetProperty("color", colour);
        line.SetProperty("width", width);
        line.SetProperty("dash", dash);
        trace.SetProperty("line", line);
        return trace;
    }

    /// <summary>Sets the hover text of each point and shows only that text on hover.</summary>
    /// <param name="trace">The trace.</param>
    /// <param name="text">One string per point (may contain plotly's <c>&lt;br&gt;</c> line breaks).</param>
    /// <returns>The trace.</returns>
    public static Trace2D WithHoverText(this Trace2D trace, IEnumerable<string> text)
    {
        trace.SetProperty("hovertext", text.ToArray());
        trace.SetProperty("hoverinfo", "text");
        return trace;
    }

    /// <summary>Turns hover off for the trace (limit lines whose values the legend already explains).</summary>
    /// <param name="trace">The trace.</param>
    /// <returns>The trace.</returns>
    public static Trace2D WithoutHover(this Trace2D trace)
    {
        trace.SetProperty("hoverinfo", "skip");
        return trace;
    }

    /// <summary>Writes a label beside points (null or empty for none); the trace mode must include <c>text</c>.</summary>
    /// <param name="trace">The trace.</param>
    /// <param name="labels">One label per point.</param>
    /// <param name="position">plotly.js text position, e.g. <c>top center</c>, <c>middle right</c>.</param>
    /// <returns>The trace.</returns>
    public static Trace2D WithPointLabels(this Trace2D trace, IEnumerable<string> labels, string position)
    {
        trace.SetProperty("text", labels.ToArray());
        trace.SetProperty("textposition", position);
        return trace;
    }

    /// <summary>
    /// Asymmetric error bars (e.g. confidence intervals): each point's bar runs from value − minus to value + plus.
    /// </summary>
    /// <param name="trace">The trace.</param>
    /// <param name="minus">Distance below each value, 0 or more.</param>
    /// <param name="plus">Distance above each value, 0 or more.</param>
    /// <param name="colour">Bar colour.</param>
    /// <param name="horizontal">True for error bars along x (horizontal caterpillar plots).</param>
    /// <returns>The trace.</returns>
    public static Trace2D WithErrorBars(this Trace2D trace, IEnumerable<double> minus, IEnumerable<double> plus, string colour, bool horizontal)
    {
        var error = new Error();
        error.SetProperty("type", "data");
        error.SetProperty("symmetric", false);
        error.SetProperty("array", plus.ToArray());
        error.SetProperty("arrayminus", minus.ToArray());
        error.SetProperty("color", colour);
        error.SetProperty("thickness", 1.5);
        error.SetProperty("width", 3);
        trace.SetProperty(horizontal ? "error_x" : "error_y", error);
        return trace;
    }

    /// <summary>Fills the area to the previous trace (<c>tonexty</c>) or to itself (<c>toself</c>).</summary>
    /// <param name="trace">The trace.</param>
    /// <param name="fill">plotly.js fill mode.</param>
    /// <param name="colour">Fill colour, usually translucent (<see cref="PhsPalette.WithOpacity"/>).</param>
    /// <returns>The trace.</returns>
    public static Trace2D WithFill(this Trace2D trace, string fill, string colour)
    {
        trace.SetProperty("fill", fill);
        trace.SetProperty("fillcolor", colour);
        return trace;
    }

    /// <summary>Sets whether the trace appears in the legend, and the legend group it toggles with.</summary>
    /// <param name="trace">The trace.</param>
    /// <param name="show">True to list it in the legend.</param>
    /// <param name="group">Legend group, or null for none.</param>
    /// <returns>The trace.</returns>
    public static Trace2D WithLegend(this Trace2D trace, bool show, string? group)
    {
        trace.SetProperty("showlegend", show);
        if (group is not null)
        {
            trace.SetProperty("legendgroup", group);
        }

        return trace;
    }

    /// <summary>Sets any other plotly.js trace property by name (e.g. <c>base</c> for floating bars).</summary>
    /// <param name="trace">The trace.</param>
    /// <param name="property">The plotly.js property name.</param>
    /// <param name="value">Its value.</param>
    /// <returns>The trace.</returns>
    public static Trace2D With(this Trace2D trace, string property, object value)
    {
        trace.SetProperty(property, value);
        return trace;
    }
}
