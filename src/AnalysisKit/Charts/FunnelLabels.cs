using Plotly.NET.LayoutObjects;

namespace AnalysisKit.Charts;

/// <summary>
/// Places the funnel plot's point labels (the briefed unit, the ringed highlighted units and the units beyond the outer limits) as arrowed
/// annotations so that no two labels overlap and none leaves the plot: each label tries offsets in a fixed order
/// (above for high units, below for low ones, then further out and to the sides) in the plot's pixel space, computed
/// from the axis ranges and the fixed figure size, and takes the first whose box overlaps no label placed before it
/// and no labelled marker. Deterministic: the same data give the same places.
/// </summary>
internal static class FunnelLabels
{
    /// <summary>Plot area in pixels: figure width less the left (≈ 70, axis title and ticks) and right (30) margins.</summary>
    private const double PlotWidth = HouseStyle.Width - 100;

    /// <summary>Approximate width of one character of the 12 px label font.</summary>
    private const double CharacterWidth = 6.8;

    private const double LabelHeight = 16;

    /// <summary>One label to place: the point (data coordinates), its text, whether it sits high, and its colour.</summary>
    public sealed record Label(double X, double Y, string Text, bool High, string Colour, bool Bold);

    /// <summary>The annotations, in the order given (highlight first gets first choice).</summary>
    /// <param name="labels">Labels to place.</param>
    /// <param name="x">The x axis range.</param>
    /// <param name="y">The y axis range.</param>
    /// <param name="plotHeight">Plot area height in pixels.</param>
    public static IReadOnlyList<Annotation> Place(IReadOnlyList<Label> labels, (double Low, double High) x, (double Low, double High) y, double plotHeight)
    {
        var boxes = new List<(double X0, double Y0, double X1, double Y1)>();
        // Markers of labelled points are obstacles too, so a label never covers another labelled point.
        var points = labels.Select(l => Pixel(l, x, y, plotHeight)).ToList();
        boxes.AddRange(points.Select(p => (p.Px - 6, p.Py - 6, p.Px + 6, p.Py + 6)));
        var annotations = new List<Annotation>();
        for (var i = 0; i < labels.Count; i++)
        {
            var label = labels[i];
            var (px, py) = points[i];
            var width = (label.Text.Length * CharacterWidth) + 6;
            (double Ax, double Ay, (double, double, double, double) Box)? chosen = null;
            foreach (var (dx, dy) in Offsets(label.High))
            {
                var cx = px + dx;
                var cy = py + dy;
                var box = (cx - (width / 2), cy - (LabelHeight / 2), cx + (width / 2), cy + (LabelHeight / 2));
                var inside = box.Item1 >= -40 && box.Item3 <= PlotWidth + 25 && box.Item2 >= -60 && box.Item4 <= plotHeight + 10;
                if (inside && !boxes.Exists(b => Overlaps(b, box)))
                {
                    chosen = (dx, dy, box);
                    break;
                }
            }

            var (ax, ay, placed) = chosen ?? (0, label.High ? -30 : 30, (px - (width / 2), py - 38, px + (width / 2), py - 22));
            boxes.Add(placed);
            annotations.Add(Annotation(label, ax, ay));
        }

        return annotations;
    }

    private static (double Px, double Py) Pixel(Label label, (double Low, double High) x, (double Low, double High) y, double plotHeight) =>
        ((label.X - x.Low) / (x.High - x.Low) * PlotWidth, (y.High - label.Y) / (y.High - y.Low) * plotHeight);

    private static IEnumerable<(double Dx, double Dy)> Offsets(bool high)
    {
        var sign = high ? -1 : 1;
        foreach (var distance in new[] { 28, 46, 64, 82 })
        {
            yield return (0, sign * distance);
            yield return (60, sign * distance);
            yield return (-60, sign * distance);
        }

        foreach (var distance in new[] { 28, 46, 64 })
        {
            yield return (0, -sign * distance);
            yield return (70, -sign * distance);
            yield return (-70, -sign * distance);
        }
    }

    private static bool Overlaps((double X0, double Y0, double X1, double Y1) a, (double X0, double Y0, double X1, double Y1) b) =>
        a.X0 < b.X1 && b.X0 < a.X1 && a.Y0 < b.Y1 && b.Y0 < a.Y1;

    private static Annotation Annotation(Label label, double ax, double ay)
    {
        var annotation = new Annotation();
        annotation.SetProperty("x", label.X);
        annotation.SetProperty("y", label.Y);
        annotation.SetProperty("xref", "x");
        annotation.SetProperty("yref", "y");
        annotation.SetProperty("text", label.Bold ? "<b>" + System.Net.WebUtility.HtmlEncode(label.Text) + "</b>" : System.Net.WebUtility.HtmlEncode(label.Text));
        annotation.SetProperty("showarrow", true);
        annotation.SetProperty("arrowhead", 0);
        annotation.SetProperty("arrowwidth", 1);
        annotation.SetProperty("arrowcolor", label.Colour);
        annotation.SetProperty("ax", ax);
        annotation.SetProperty("ay", ay);
        annotation.SetProperty("bgcolor", "rgba(255,255,255,0.85)");
        var font = new Plotly.NET.Font();
        font.SetProperty("family", HouseStyle.FontFamily);
        font.SetProperty("size", 12);
        font.SetProperty("color", label.Colour);
        annotation.SetProperty("font", font);
        return annotation;
    }
}
