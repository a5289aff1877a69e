using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Plotly.NET;

namespace AnalysisKit.Charts;

/// <summary>
/// Turns <see cref="ChartFigure"/>s into HTML and Plotly JSON. Output is deterministic: element ids come from chart
/// names, JSON is written in the order the chart was built with invariant number formats, and nothing depends on
/// time or chance, so the same data gives the same bytes. Pages embed plotly.js (2.28.0, from the Plotly.NET
/// assembly) once and never reference a CDN, so they work offline and make no network requests.
/// </summary>
public static class ChartRenderer
{
    /// <summary>The MIME type of <see cref="ToPlotlyJson"/> output, for notebook and Jupyter display.</summary>
    public const string PlotlyMimeType = "application/vnd.plotly.v1+json";

    /// <summary>The resource in the Plotly.NET assembly that holds plotly.js.</summary>
    internal const string PlotlyJsResource = "Plotly.NET.plotly-2.28.0.min.js";

    private static readonly Lazy<string> PlotlyJsText = new(LoadPlotlyJs);

    /// <summary>The plotly.js 2.28.0 source shipped inside Plotly.NET (≈3.6 MB).</summary>
    public static string PlotlyJs => PlotlyJsText.Value;

    /// <summary>
    /// The chart as Plotly JSON: <c>{"data":[…],"layout":{…}}</c>, the payload of <see cref="PlotlyMimeType"/>.
    /// </summary>
    /// <param name="chart">The chart.</param>
    /// <returns>Compact JSON text.</returns>
    public static string ToPlotlyJson(ChartFigure chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var figure = JsonNode.Parse(GenericChart.toJson(chart.Plotly))!.AsObject();
        var result = new JsonObject
        {
            ["data"] = figure["data"]?.DeepClone(),
            ["layout"] = figure["layout"]?.DeepClone(),
        };
        return result.ToJsonString();
    }

    /// <summary>
    /// The chart's HTML fragment: a <c>figure</c> with the plot's div (id <see cref="ChartFigure.ElementId"/>,
    /// described by the alt text) and the script that draws it. It needs plotly.js already on the page
    /// (<see cref="ToHtmlPage"/> puts it there once).
    /// </summary>
    /// <param name="chart">The chart.</param>
    /// <returns>HTML text.</returns>
    public static string ToHtmlFragment(ChartFigure chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var id = chart.ElementId;
        var json = ScriptSafe(GenericChart.toJson(chart.Plotly));
        var html = new StringBuilder();
        html.Append("<figure class=\"akit-chart\">\n");
        html.Append("<div id=\"").Append(id).Append("\" role=\"img\" aria-label=\"")
            .Append(WebUtility.HtmlEncode(chart.Title)).Append("\" aria-describedby=\"").Append(id).Append("-alt\"></div>\n");
        html.Append("<figcaption id=\"").Append(id).Append("-alt\" class=\"akit-chart-alt\">")
            .Append(WebUtility.HtmlEncode(chart.AltText)).Append("</figcaption>\n");
        html.Append("<script type=\"text/javascript\">\n(function () {\n  var figure = ").Append(json).Append(";\n");
        html.Append("  Plotly.newPlot('").Append(id).Append("', figure.data, figure.layout, figure.config);\n})();\n</script>\n");
        html.Append("</figure>\n");
        return html.ToString();
    }

    /// <summary>
    /// A whole self-contained HTML page: plotly.js inlined once in the head, then each chart's fragment in order.
    /// </summary>
    /// <param name="title">The page title.</param>
    /// <param name="charts">The charts, each with a different name.</param>
    /// <returns>HTML text that works offline.</returns>
    public static string ToHtmlPage(string title, IEnumerable<ChartFigure> charts)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(charts);
        var list = charts.ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chart in list)
        {
            ArgumentNullException.ThrowIfNull(chart, nameof(charts));
            if (!seen.Add(chart.Name))
            {
                throw new ArgumentException(ChartMessages.DuplicateChartName(chart.Name), nameof(charts));
            }
        }

        var html = new StringBuilder(PlotlyJs.Length + 4096 * (list.Count + 1));
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<title>").Append(WebUtility.HtmlEncode(title)).Append("</title>\n");
        html.Append("<style>body{font-family:Arial,sans-serif;margin:1em;max-width:960px}")
            .Append(".akit-chart{margin:0 0 2em 0}.akit-chart-alt{font-size:0.9em;color:#3F3685}</style>\n");
        html.Append("<script type=\"text/javascript\">").Append(PlotlyJs).Append("</script>\n");
        html.Append("</head>\n<body>\n");
        foreach (var chart in list)
        {
            html.Append(ToHtmlFragment(chart));
        }

        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>
    /// JSON made safe inside a script element: '&lt;', '&gt;' and '&amp;' occur only inside JSON strings, where
    /// their \u escapes mean the same, so a label cannot close the script.
    /// </summary>
    private static string ScriptSafe(string json) =>
        json.Replace("<", "\\u003c", StringComparison.Ordinal)
            .Replace(">", "\\u003e", StringComparison.Ordinal)
            .Replace("&", "\\u0026", StringComparison.Ordinal);

    private static string LoadPlotlyJs()
    {
        using var stream = typeof(GenericChart).Assembly.GetManifestResourceStream(PlotlyJsResource)
                           ?? throw new InvalidOperationException(ChartMessages.PlotlyJsMissing(PlotlyJsResource));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var text = reader.ReadToEnd();
        if (text.Contains("</script", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(ChartMessages.PlotlyJsNotInlinable(PlotlyJsResource));
        }

        return text;
    }
}
