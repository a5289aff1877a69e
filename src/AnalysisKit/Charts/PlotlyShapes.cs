using Plotly.NET;
using Plotly.NET.LayoutObjects;

namespace AnalysisKit.Charts;

/// <summary>
/// Reference lines and labels drawn in a chart's layout (limits, targets, comparators, change dates), which
/// Plotly.NET.CSharp 0.14 cannot make. Lines across the whole plot use the axis <c>domain</c> reference, so a
/// horizontal line on a date axis does not stretch the axis back to 1970.
/// </summary>
public static class PlotlyShapes
{
    /// <summary>A horizontal line across the whole plot at <paramref name="y"/>.</summary>
    /// <param name="y">The y value.</param>
    /// <param name="colour">Line colour.</param>
    /// <param name="dash">plotly.js dash style.</param>
    /// <param name="width">Line width in pixels.</param>
    /// <returns>The shape.</returns>
    public static Shape HorizontalLine(double y, string colour, string dash, double width) =>
        LineShape("x domain", 0.0, 1.0, "y", y, y, colour, dash, width);

    /// <summary>A vertical line the full height of the plot at <paramref name="x"/>.</summary>
    /// <param name="x">The x value (a number, or a date as <c>yyyy-MM-dd</c>).</param>
    /// <param name="colour">Line colour.</param>
    /// <param name="dash">plotly.js dash style.</param>
    /// <param name="width">Line width in pixels.</param>
    /// <returns>The shape.</returns>
    public static Shape VerticalLine(object x, string colour, string dash, double width) =>
        LineShape("x", x, x, "y domain", 0.0, 1.0, colour, dash, width);

    /// <summary>A text label at the top of the plot above <paramref name="x"/> (e.g. names a change date or comparator).</summary>
    /// <param name="x">The x value.</param>
    /// <param name="text">The label.</param>
    /// <param name="colour">Text colour.</param>
    /// <param name="row">Which row of labels, 0 for the first; each row is 15 pixels higher, so labels of nearby lines do not overlap.</param>
    /// <returns>The annotation.</returns>
    public static Annotation TopLabel(object x, string text, string colour, int row = 0)
    {
        var annotation = new Annotation();
        annotation.SetProperty("x", x);
        annotation.SetProperty("xref", "x");
        annotation.SetProperty("y", 1.0);
        annotation.SetProperty("yref", "y domain");
        annotation.SetProperty("yanchor", "bottom");
        annotation.SetProperty("yshift", 15 * row);
        annotation.SetProperty("text", text);
        annotation.SetProperty("showarrow", false);
        annotation.SetProperty("font", FontOf(colour));
        return annotation;
    }

    /// <summary>A text label at the right-hand end of a horizontal line (e.g. names a target).</summary>
    /// <param name="y">The y value.</param>
    /// <param name="text">The label.</param>
    /// <param name="colour">Text colour.</param>
    /// <returns>The annotation.</returns>
    public static Annotation RightLabel(double y, string text, string colour)
    {
        var annotation = new Annotation();
        annotation.SetProperty("x", 1.0);
        annotation.SetProperty("xref", "x domain");
        annotation.SetProperty("xanchor", "right");
        annotation.SetProperty("y", y);
        annotation.SetProperty("yref", "y");
        annotation.SetProperty("yanchor", "bottom");
        annotation.SetProperty("text", text);
        annotation.SetProperty("showarrow", false);
        annotation.SetProperty("font", FontOf(colour));
        return annotation;
    }

    private static Shape LineShape(string xref, object x0, object x1, string yref, object y0, object y1, string colour, string dash, double width)
    {
        var shape = new Shape();
        shape.SetProperty("type", "line");
        shape.SetProperty("xref", xref);
        shape.SetProperty("x0", x0);
        shape.SetProperty("x1", x1);
        shape.SetProperty("yref", yref);
        shape.SetProperty("y0", y0);
        shape.SetProperty("y1", y1);
        var line = new Line();
        line.SetProperty("color", colour);
        line.SetProperty("dash", dash);
        line.SetProperty("width", width);
        shape.SetProperty("line", line);
        return shape;
    }

    private static Font FontOf(string colour)
    {
        var font = new Font();
        font.SetProperty("color", colour);
        font.SetProperty("size", 12);
        return font;
    }
}
