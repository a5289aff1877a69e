using System.Net;
using System.Text;
using Markdig;

namespace AnalysisKit.Notebooks;

/// <summary>
/// Writes an executed notebook as one self-contained HTML page that works offline: markdown rendered, code and
/// outputs shown, and plotly.js (2.28.0, from the Plotly.NET assembly) embedded once in the page head when any
/// output holds a chart — never once per chart. Every output passes the output guard on its way into the page
/// (<see cref="NotebookDisclosure.GuardFor"/>: the policy the notebook records, the default for a notebook saved by a
/// Jupyter client): a refused output is replaced by the refusal, which names cell and output kind but not the value.
/// </summary>
public static class NotebookHtmlExporter
{
    private const string PlotlyResource = "Plotly.NET.plotly-2.28.0.min.js";
    private static readonly MarkdownPipeline Markdown = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();
    private static readonly Lazy<string> PlotlyJs = new(LoadPlotlyJs);

    /// <summary>The page for <paramref name="notebook"/>; <paramref name="title"/> goes in the page title.</summary>
    public static string Export(Notebook notebook, string title)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        ArgumentNullException.ThrowIfNull(title);
        var body = new StringBuilder();
        if (NotebookDisclosure.InternalUseOnlyNotice(notebook) is { } notice)
        {
            // An executed notebook whose outputs were not checked says so at the top of the page that gets shared.
            body.Append("<p class=\"internal-use-only\" style=\"border:3px solid #a00;color:#a00;font-weight:bold;padding:.5rem\">").Append(WebUtility.HtmlEncode(notice)).Append("</p>\n");
        }

        var hasChart = false;
        var guard = NotebookDisclosure.GuardFor(notebook);
        var cellNumber = 0;
        foreach (var cell in notebook.Cells)
        {
            cellNumber++;
            if (!cell.IsCode)
            {
                body.Append("<div class=\"markdown\">").Append(string.Equals(cell.CellType, "markdown", StringComparison.Ordinal)
                    ? Markdig.Markdown.ToHtml(cell.Source, Markdown)
                    : "<pre>" + WebUtility.HtmlEncode(cell.Source) + "</pre>").Append("</div>\n");
                continue;
            }

            body.Append("<div class=\"cell\"><pre class=\"source\">").Append(WebUtility.HtmlEncode(cell.Source)).Append("</pre>\n");
            foreach (var json in cell.Outputs.OfType<System.Text.Json.Nodes.JsonObject>())
            {
                var output = CellOutput.FromJson(json);
                if (guard?.Refusal(output, cellNumber, null) is { } refusal)
                {
                    // The same check as when the outputs were made: an output that would not pass is not put on the page.
                    body.Append("<div class=\"output\"><pre class=\"error withheld\">").Append(WebUtility.HtmlEncode(NotebookMessages.Withheld(refusal))).Append("</pre></div>\n");
                    continue;
                }

                if (guard is not null && output.AkitMetadata?[NotebookMessages.InternalUseOnlyKey] is System.Text.Json.Nodes.JsonValue reason)
                {
                    guard.OptIn(reason.GetValue<string>(), (output.AkitMetadata[Guard.OutputGuard.SetByKey] as System.Text.Json.Nodes.JsonValue)?.GetValue<string>() ?? "unknown");
                }

                body.Append("<div class=\"output\">").Append(Render(output)).Append("</div>\n");
                hasChart |= output.Data.TryGetValue("text/html", out var html) && html.Contains(ValueFormatter.ChartMarker, StringComparison.Ordinal);
            }

            body.Append("</div>\n");
        }

        var page = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
            .Append(WebUtility.HtmlEncode(title)).Append("</title>\n<style>\n")
            .Append("body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}\n")
            .Append("pre{background:#f6f8fa;padding:.5rem;overflow-x:auto}\n.stderr{background:#fff5f5}\n.error{background:#ffecec;color:#a00}\n")
            .Append("table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:2px 6px;text-align:right}\n")
            .Append("</style>\n");
        if (hasChart)
        {
            page.Append("<script type=\"text/javascript\">").Append(PlotlyJs.Value).Append("</script>\n");
        }

        return page.Append("</head>\n<body>\n").Append(body).Append("</body>\n</html>\n").ToString();
    }

    private static string Render(CellOutput output)
    {
        switch (output.Kind)
        {
            case CellOutputKind.Stream:
                return $"<pre class=\"stream {output.StreamName}\">{WebUtility.HtmlEncode(output.Text)}</pre>";
            case CellOutputKind.Error:
                return $"<pre class=\"error\">{WebUtility.HtmlEncode(output.ErrorName + ": " + output.ErrorValue + "\n" + string.Join("\n", output.Traceback))}</pre>";
        }

        if (output.Data.TryGetValue("text/html", out var html))
        {
            return html;
        }

        if (output.Data.TryGetValue("image/svg+xml", out var svg))
        {
            return svg;
        }

        if (output.Data.TryGetValue("image/png", out var png))
        {
            return $"<img src=\"data:image/png;base64,{png.Trim()}\" alt=\"\">";
        }

        if (output.Data.TryGetValue("text/markdown", out var markdown))
        {
            return Markdig.Markdown.ToHtml(markdown, Markdown);
        }

        return output.Data.TryGetValue("text/plain", out var text) ? $"<pre>{WebUtility.HtmlEncode(text)}</pre>" : string.Empty;
    }

    private static string LoadPlotlyJs()
    {
        using var stream = typeof(Plotly.NET.GenericChart).Assembly.GetManifestResourceStream(PlotlyResource)
            ?? throw new InvalidOperationException($"The Plotly.NET assembly has no resource {PlotlyResource}; the HTML export cannot embed plotly.js.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        // A literal "</script>" inside the bundle would end the inline script early.
        return reader.ReadToEnd().Replace("</script>", "<\\/script>", StringComparison.OrdinalIgnoreCase);
    }
}
