using AnalysisKit.Variation.Spc;
using Plotly.NET.LayoutObjects;

namespace AnalysisKit.Charts;

/// <summary>
/// The Making Data Count icon pair for the latest point of an SPC chart, drawn in the chart's right margin: the
/// variation icon (common cause, or special cause improvement / concern / neither, high or low) and, with a target,
/// the assurance icon (consistently passes, consistently fails, hit and miss). Each icon is a filled circle with a
/// letter (H, L, ~, P, F, ?) and a caption in words, so neither colour nor the letter alone carries the meaning
/// (Making Data Count: Strengthening your decisions, NHS Improvement 2019, "icons").
/// </summary>
internal static class SpcIcons
{
    /// <summary>Right margin in pixels that holds the icons.</summary>
    public const int Margin = 160;

    /// <summary>The variation icon of the latest point: letter, fill colour and caption.</summary>
    public static (string Letter, string Colour, string Caption) Variation(SpcChartPoint last, bool high) => last.Type switch
    {
        SpcPointType.SpecialCauseImprovement => (high ? "H" : "L", PhsPalette.Blue, $"special cause improvement ({(high ? "high" : "low")})"),
        SpcPointType.SpecialCauseConcern => (high ? "H" : "L", PhsPalette.Rust, $"special cause concern ({(high ? "high" : "low")})"),
        SpcPointType.SpecialCauseNeutralHigh => ("H", PhsPalette.Purple, "special cause, high (no direction)"),
        SpcPointType.SpecialCauseNeutralLow => ("L", PhsPalette.Purple, "special cause, low (no direction)"),
        _ => ("~", PhsPalette.Liberty, "common cause"),
    };

    /// <summary>The assurance icon: letter, fill colour and caption.</summary>
    public static (string Letter, string Colour, string Caption) Assurance(AssuranceType assurance, string target) => assurance switch
    {
        AssuranceType.ConsistentPass => ("P", PhsPalette.Blue, $"consistently passes ({target})"),
        AssuranceType.ConsistentFail => ("F", PhsPalette.Rust, $"consistently fails ({target})"),
        _ => ("?", PhsPalette.Liberty, $"hit and miss ({target})"),
    };

    /// <summary>The shapes and annotations of the icons: circles anchored at the plot's right edge, sized in pixels.</summary>
    public static (IReadOnlyList<Shape> Shapes, IReadOnlyList<Annotation> Labels) Draw(IReadOnlyList<(string Heading, string Letter, string Colour, string Caption)> icons)
    {
        var shapes = new List<Shape>();
        var labels = new List<Annotation>();
        for (var i = 0; i < icons.Count; i++)
        {
            var (heading, letter, colour, caption) = icons[i];
            var top = -i * 120;
            var circle = new Shape();
            circle.SetProperty("type", "circle");
            circle.SetProperty("xref", "paper");
            circle.SetProperty("yref", "paper");
            circle.SetProperty("xsizemode", "pixel");
            circle.SetProperty("ysizemode", "pixel");
            circle.SetProperty("xanchor", 1.0);
            circle.SetProperty("yanchor", 1.0);
            circle.SetProperty("x0", 50);
            circle.SetProperty("x1", 90);
            circle.SetProperty("y0", top - 22);
            circle.SetProperty("y1", top - 62);
            circle.SetProperty("fillcolor", colour);
            var line = new Plotly.NET.Line();
            line.SetProperty("color", colour);
            circle.SetProperty("line", line);
            shapes.Add(circle);
            labels.Add(Text(letter, 70, top - 42, 20, "#FFFFFF", "middle"));
            labels.Add(Text(heading, 70, top - 10, 12, "#222222", "middle"));
            labels.Add(Text(caption.Replace(" (", "<br>(", StringComparison.Ordinal), 70, top - 70, 11, "#222222", "top"));
        }

        return (shapes, labels);
    }

    private static Annotation Text(string text, int xShift, int yShift, int size, string colour, string verticalAnchor)
    {
        var annotation = new Annotation();
        annotation.SetProperty("xref", "paper");
        annotation.SetProperty("yref", "paper");
        annotation.SetProperty("x", 1.0);
        annotation.SetProperty("y", 1.0);
        annotation.SetProperty("xshift", xShift);
        annotation.SetProperty("yshift", yShift);
        annotation.SetProperty("xanchor", "center");
        annotation.SetProperty("yanchor", verticalAnchor);
        annotation.SetProperty("showarrow", false);
        annotation.SetProperty("text", text);
        var font = new Plotly.NET.Font();
        font.SetProperty("family", HouseStyle.FontFamily);
        font.SetProperty("size", size);
        font.SetProperty("color", colour);
        annotation.SetProperty("font", font);
        return annotation;
    }
}
