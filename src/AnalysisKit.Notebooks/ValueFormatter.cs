using System.Collections;
using System.Globalization;
using System.Net;
using System.Reflection;
using System.Text;
using AnalysisKit.Disclosure;
using Microsoft.Data.Analysis;
using Plotly.NET;

namespace AnalysisKit.Notebooks;

/// <summary>
/// Turns a value into its MIME representations, as .NET Interactive does: DataFrames as an HTML table plus aligned
/// text, Plotly.NET charts as an HTML element with a deterministic id (plotly.js itself is not embedded: the HTML
/// export adds it once per notebook), a suppressed table (<see cref="SuppressionResult"/>) as its published table with the
/// footnote, a <see cref="AnalysisKit.Charts.ChartFigure"/> as its chart with the alt text as caption, a data-quality
/// summary as its tables, the library's other results as their properties (<see cref="ResultDisplay"/>), sequences as
/// lists or tables, everything else as invariant-culture text.
/// </summary>
public sealed class ValueFormatter
{
    /// <summary>Rows of a DataFrame and items of a sequence shown before the rest is summarised.</summary>
    public const int MaxRows = 20;

    /// <summary>
    /// The plotly.js version Plotly.NET 6.0.0 targets (embedded by the HTML export). It is never loaded from a CDN: a
    /// chart on a page without plotly.js says so in its place (<see cref="NotebookMessages.ChartNeedsPlotlyJs"/>).
    /// </summary>
    public const string PlotlyJsVersion = "2.28.0";

    /// <summary>The MIME type of a Plotly figure as JSON, rendered natively by JupyterLab and VS Code.</summary>
    public const string PlotlyMimeType = "application/vnd.plotly.v1+json";

    /// <summary>The marker the HTML export looks for to decide whether to embed plotly.js.</summary>
    public const string ChartMarker = "data-akit-chart";

    /// <summary>The header of the row-number column of the formatter's tables (not data: the output guard skips it).</summary>
    internal const string IndexHeader = "<i>index</i>";

    private int chartCount;

    /// <summary>Also give charts as <c>application/vnd.plotly.v1+json</c> (the figure JSON) beside the HTML fallback.</summary>
    public bool PlotlyMimeBundle { get; init; }

    /// <summary>The MIME representations of <paramref name="value"/>, keyed by MIME type.</summary>
    public IReadOnlyDictionary<string, string> Format(object? value)
    {
        var data = new Dictionary<string, string>(StringComparer.Ordinal);
        switch (value)
        {
            case DataFrame frame:
                data["text/html"] = DataFrameHtml(frame);
                data["text/plain"] = DataFrameText(frame);
                break;
            case LabelledFrame labelled:
                data["text/html"] = DataFrameHtml(labelled.Frame);
                data["text/plain"] = DataFrameText(labelled.Frame);
                break;
            case SuppressionResult suppressed:
                var published = suppressed.ToDataFrame();
                data["text/html"] = DataFrameHtml(published) + "<p>" + WebUtility.HtmlEncode(suppressed.Footnote).Replace("\n", "<br>", StringComparison.Ordinal) + "</p>";
                data["text/plain"] = DataFrameText(published) + suppressed.Footnote + "\n";
                break;
            case LabelledText label:
                data["text/plain"] = label.Text;
                break;
            case AnalysisKit.Charts.ChartFigure figure:
                data["text/html"] = "<figure aria-label=\"" + WebUtility.HtmlEncode(figure.AltText) + "\">" + ChartHtml(figure.Plotly) +
                                    "<figcaption>" + WebUtility.HtmlEncode(figure.AltText) + "</figcaption></figure>";
                data["text/plain"] = figure.Title + "\n" + figure.AltText;
                if (PlotlyMimeBundle)
                {
                    data[PlotlyMimeType] = GenericChart.toFigureJson(figure.Plotly);
                }

                break;
            case AnalysisKit.Extracts.DataQualitySummary quality:
                data["text/html"] = ResultDisplay.Html(quality);
                data["text/plain"] = quality.ToMarkdown();
                break;
            case { } described when ResultDisplay.IsDescribed(described):
                data["text/html"] = ResultDisplay.Html(described);
                data["text/plain"] = ResultDisplay.Text(described);
                break;
            case GenericChart chart:
                data["text/html"] = ChartHtml(chart);
                if (PlotlyMimeBundle)
                {
                    data[PlotlyMimeType] = GenericChart.toFigureJson(chart);
                }

                break;
            case string or IFormattable or null or bool or char:
                data["text/plain"] = Text(value);
                break;
            case IEnumerable sequence:
                var items = sequence.Cast<object?>().Take(MaxRows + 1).ToList();
                var tableHtml = ObjectTable(items);
                if (tableHtml is not null)
                {
                    data["text/html"] = tableHtml;
                }

                data["text/plain"] = SequenceText(items);
                break;
            default:
                data["text/plain"] = Text(value);
                break;
        }

        return data;
    }

    /// <summary>
    /// A value as invariant-culture text; <c>&lt;null&gt;</c> for null. Dates are ISO 8601 (2023-10-01), the library's
    /// enums plain words (<see cref="ResultDisplay.Words"/>) and its records their members in these formats.
    /// </summary>
    public static string Text(object? value) => value switch
    {
        null => "<null>",
        string s => s,
        bool b => b ? "True" : "False",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => ResultDisplay.Date(t),
        Enum e when e.GetType().Assembly == typeof(AnalysisKit.Geography.GeographyLevel).Assembly => ResultDisplay.Words(e),
        { } described when ResultDisplay.IsDescribed(described) => ResultDisplay.Text(described),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? value.GetType().Name,
    };

    private static string SequenceText(List<object?> items)
    {
        var shown = items.Take(MaxRows).Select(Text);
        var more = items.Count > MaxRows ? ", …" : string.Empty;
        return "[" + string.Join(", ", shown) + more + "]";
    }

    private static string? ObjectTable(List<object?> items)
    {
        var first = items.FirstOrDefault(i => i is not null);
        if (first is null || first is string or IFormattable or bool or char or IEnumerable)
        {
            return null;
        }

        // Properties as .NET Interactive shows them; public fields too, so a tuple's Item1, Item2 are columns.
        var type = first.GetType();
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0)
            .Select(p => (p.Name, Read: (Func<object, object?>)p.GetValue, Owner: p.DeclaringType!))
            .Concat(type.GetFields(BindingFlags.Public | BindingFlags.Instance).Select(f => (f.Name, Read: (Func<object, object?>)f.GetValue, Owner: f.DeclaringType!)))
            .ToList();
        if (properties.Count == 0)
        {
            return null;
        }

        var html = new StringBuilder("<table><thead><tr><th>" + IndexHeader + "</th>");
        foreach (var property in properties)
        {
            html.Append("<th>").Append(WebUtility.HtmlEncode(property.Name)).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        for (var row = 0; row < Math.Min(items.Count, MaxRows); row++)
        {
            html.Append("<tr><td>").Append(row.ToString(CultureInfo.InvariantCulture)).Append("</td>");
            foreach (var property in properties)
            {
                var item = items[row];
                var cell = item is not null && property.Owner.IsInstanceOfType(item) ? property.Read(item) : null;
                html.Append("<td>").Append(WebUtility.HtmlEncode(Text(cell))).Append("</td>");
            }

            html.Append("</tr>");
        }

        if (items.Count > MaxRows)
        {
            html.Append("<tr><td colspan=\"").Append((properties.Count + 1).ToString(CultureInfo.InvariantCulture)).Append("\">… (more)</td></tr>");
        }

        return html.Append("</tbody></table>").ToString();
    }

    private static string DataFrameHtml(DataFrame frame)
    {
        var html = new StringBuilder("<table><thead><tr><th>" + IndexHeader + "</th>");
        foreach (var column in frame.Columns)
        {
            html.Append("<th>").Append(WebUtility.HtmlEncode(column.Name)).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        var shown = Math.Min(frame.Rows.Count, MaxRows);
        for (long row = 0; row < shown; row++)
        {
            html.Append("<tr><td>").Append(row.ToString(CultureInfo.InvariantCulture)).Append("</td>");
            foreach (var column in frame.Columns)
            {
                html.Append("<td>").Append(WebUtility.HtmlEncode(Text(column[row]))).Append("</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</tbody></table>");
        if (frame.Rows.Count > MaxRows)
        {
            html.Append("<p>").Append(NotebookMessages.MoreRows(frame.Rows.Count - MaxRows, frame.Rows.Count)).Append("</p>");
        }

        return html.ToString();
    }

    private static string DataFrameText(DataFrame frame)
    {
        var shown = (int)Math.Min(frame.Rows.Count, MaxRows);
        var columns = frame.Columns.Select(c => new[] { c.Name }.Concat(Enumerable.Range(0, shown).Select(r => Text(c[r]))).ToArray()).ToList();
        var widths = columns.Select(c => c.Max(v => v.Length)).ToList();
        var text = new StringBuilder();
        for (var line = 0; line <= shown; line++)
        {
            text.Append(string.Join("  ", columns.Select((c, i) => c[line].PadRight(widths[i]))).TrimEnd()).Append('\n');
        }

        if (frame.Rows.Count > MaxRows)
        {
            text.Append(NotebookMessages.MoreRows(frame.Rows.Count - MaxRows, frame.Rows.Count)).Append('\n');
        }

        return text.ToString();
    }

    private string ChartHtml(GenericChart chart)
    {
        chartCount++;
        var id = "akit-chart-" + chartCount.ToString(CultureInfo.InvariantCulture);
        var figure = GenericChart.toFigureJson(chart);
        return $"<div id=\"{id}\" {ChartMarker}=\"true\"></div>\n" +
               "<script type=\"text/javascript\">\n" +
               "(function () {\n" +
               $"  var figure = {figure};\n" +
               $"  var element = document.getElementById('{id}');\n" +
               $"  if (typeof Plotly !== 'undefined') {{ Plotly.newPlot(element, figure.data, figure.layout, {{\"responsive\": true}}); return; }}\n" +
               $"  element.textContent = {System.Text.Json.JsonSerializer.Serialize(NotebookMessages.ChartNeedsPlotlyJs)};\n" +
               "})();\n" +
               "</script>";
    }
}
