using System.Globalization;
using System.Net;
using System.Text;
using AnalysisKit.Charts;

namespace AnalysisKit.Briefings;

/// <summary>
/// Renders a <see cref="ClusterBriefing"/> as one self-contained HTML page: plotly.js inlined once, no external
/// resource (a Content-Security-Policy of <c>default-src 'none'</c> with inline allowances enforces it), sections in
/// a fixed order with stable ids, LF line endings and no timestamp, so the same inputs give the same bytes.
/// </summary>
public static class BriefingHtml
{
    /// <summary>The section ids, in page order ("prescribing" only when the definition has prescribing measures).</summary>
    public static IReadOnlyList<string> SectionIds { get; } =
        ["findings", "summary", "funnel", "practices", "trend", "prescribing", "deprivation", "data-quality", "methods", "disclosure", "provenance"];

    /// <summary>The Content-Security-Policy of the page: nothing may be fetched.</summary>
    public const string ContentSecurityPolicy = "default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval'; style-src 'unsafe-inline'; img-src data:; font-src data:";

    /// <summary>Renders the page.</summary>
    /// <param name="briefing">The briefing.</param>
    /// <returns>HTML text.</returns>
    public static string Render(ClusterBriefing briefing)
    {
        ArgumentNullException.ThrowIfNull(briefing);
        var area = briefing.Area;
        var title = $"{briefing.Definition.Title}: {(area.Name == area.Code ? area.Name : $"{area.Name} ({area.Code})")}";
        var period = briefing.Period.Label;
        var level = BriefingArea.LevelName(area.Level);
        var summary = briefing.Tables.Single(t => t.Name == ClusterBriefing.SummaryTableName);
        var units = briefing.Tables.Single(t => t.Name == ClusterBriefing.UnitTableName);
        var html = new StringBuilder(ChartRenderer.PlotlyJs.Length + 65536);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(ContentSecurityPolicy).Append("\">\n");
        html.Append("<title>").Append(Encode(title)).Append("</title>\n");
        html.Append("<style>body{font-family:Arial,sans-serif;margin:1em auto;max-width:1000px;color:#222}h1,h2{color:#3F3685}")
            .Append("table{border-collapse:collapse;margin:0.5em 0 1.5em 0;font-size:0.85em}th,td{border:1px solid #ccc;padding:3px 6px;text-align:left}")
            .Append("td.count{text-align:right}.akit-chart{margin:0 0 2em 0;break-inside:avoid}.akit-chart-alt{font-size:0.85em;color:#3F3685}")
            .Append("section{break-inside:auto}@media print{section{page-break-before:auto}}</style>\n");
        html.Append("<script type=\"text/javascript\">").Append(ChartRenderer.PlotlyJs).Append("</script>\n");
        html.Append("</head>\n<body>\n");
        html.Append("<h1>").Append(Encode(title)).Append("</h1>\n<p>").Append(Encode(period))
            .Append(". Hierarchy as at ").Append(briefing.EffectiveDate.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)).Append(".</p>\n");
        if (briefing.Definition.Produced is { } produced)
        {
            html.Append("<p>Produced ").Append(produced.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)).Append(".</p>\n");
        }

        if (briefing.Definition.Contact is { } contact)
        {
            html.Append("<p>Contact: ").Append(Encode(contact)).Append("</p>\n");
        }

        Open(html, "findings", "Key findings");
        List(html, briefing.Findings);
        Close(html);
        Open(html, "summary", summary.Title[..summary.Title.IndexOf(':', StringComparison.Ordinal)]);
        Table(html, summary);
        Close(html);
        Open(html, "funnel", $"The {level} against every {level} in Scotland");
        html.Append(ChartRenderer.ToHtmlFragment(briefing.Charts.Single(c => c.Name == "cluster-funnel")));
        Close(html);
        Open(html, "practices", units.Title[..units.Title.IndexOf(':', StringComparison.Ordinal)]);
        Table(html, units);
        Close(html);
        Open(html, "trend", "Trend with statistical process control");
        if (briefing.Charts.SingleOrDefault(c => c.Name == ClusterBriefing.TrendChartName) is { } trend)
        {
            html.Append(ChartRenderer.ToHtmlFragment(trend));
        }
        else if (briefing.Indicators[briefing.HeadlineIndex].Definition.Month is null)
        {
            html.Append("<p>").Append(Encode(BriefingSentences.TrendAnnual)).Append("</p>\n");
        }
        else
        {
            html.Append("<p>").Append(Encode(BriefingSentences.TrendWithheld)).Append("</p>\n");
        }
        Close(html);
        if (briefing.Prescribing is { } prescribing)
        {
            Prescribing(html, prescribing);
        }

        Open(html, "deprivation", "Deprivation");
        foreach (var sentence in briefing.Deprivation)
        {
            html.Append("<p>").Append(Encode(sentence)).Append("</p>\n");
        }

        Table(html, briefing.Tables.Single(t => t.Name == ClusterBriefing.QuintileTableName));
        if (briefing.Charts.SingleOrDefault(c => c.Name == ClusterBriefing.SimdChartName) is { } simd)
        {
            html.Append(ChartRenderer.ToHtmlFragment(simd));
        }

        Close(html);
        Open(html, "data-quality", "Data quality");
        List(html, briefing.DataQuality);
        Close(html);
        Open(html, "methods", "Methods");
        foreach (var paragraph in briefing.Methods)
        {
            html.Append("<p>").Append(Encode(paragraph)).Append("</p>\n");
        }

        Close(html);
        Open(html, "disclosure", "Disclosure control");
        foreach (var line in briefing.DisclosureStatement.Split('\n'))
        {
            html.Append("<p>").Append(Encode(line)).Append("</p>\n");
        }

        Close(html);
        Open(html, "provenance", "Provenance");
        Table(html, briefing.Tables.Single(t => t.Name == "provenance"));
        Close(html);
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void Prescribing(StringBuilder html, PrescribingSection section)
    {
        Open(html, "prescribing", "Prescribing measures");
        foreach (var measure in section.Measures)
        {
            html.Append("<h3>").Append(Encode(measure.Measure.Label)).Append("</h3>\n");
            foreach (var sentence in measure.Sentences)
            {
                html.Append("<p>").Append(Encode(sentence)).Append("</p>\n");
            }

            Table(html, measure.Table);
            if (measure.Chart is { } chart)
            {
                html.Append(ChartRenderer.ToHtmlFragment(chart));
            }
        }

        foreach (var paragraph in section.Methods)
        {
            html.Append("<p class=\"akit-chart-alt\">").Append(Encode(paragraph)).Append("</p>\n");
        }

        Close(html);
    }

    private static void Open(StringBuilder html, string id, string heading) =>
        html.Append("<section id=\"").Append(id).Append("\">\n<h2>").Append(Encode(heading)).Append("</h2>\n");

    private static void Close(StringBuilder html) => html.Append("</section>\n");

    private static void List(StringBuilder html, IEnumerable<string> items)
    {
        html.Append("<ul>\n");
        foreach (var item in items)
        {
            html.Append("<li>").Append(Encode(item)).Append("</li>\n");
        }

        html.Append("</ul>\n");
    }

    /// <summary>One published table as an HTML <c>table</c> element (for notebooks).</summary>
    /// <param name="table">The table.</param>
    public static string TableHtml(BriefingTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var html = new StringBuilder();
        Table(html, table);
        return html.ToString();
    }

    private static void Table(StringBuilder html, BriefingTable table)
    {
        html.Append("<table id=\"table-").Append(table.Name).Append("\">\n<caption>").Append(Encode(table.Title)).Append("</caption>\n<thead><tr>");
        foreach (var column in table.Columns)
        {
            html.Append("<th scope=\"col\">").Append(Encode(column)).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            html.Append("<tr>");
            for (var c = 0; c < row.Count; c++)
            {
                html.Append(table.CountColumns.Contains(c) ? "<td class=\"count\">" : "<td>").Append(Encode(row[c])).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
