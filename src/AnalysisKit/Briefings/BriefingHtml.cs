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
        var produced = briefing.Options.ProducedInForce;
        var producedText = produced is { } date ? "Produced " + date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) : "Production date not stated";
        var html = new StringBuilder(ChartRenderer.PlotlyJs.Length + 65536);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(ContentSecurityPolicy).Append("\">\n");
        html.Append("<title>").Append(Encode(title)).Append("</title>\n");
        html.Append("<style>\n").Append(BriefingPrint.Css(RunningHeader(briefing, title), producedText, briefing.Definition.Synthetic)).Append("</style>\n");
        html.Append("<script type=\"text/javascript\">").Append(ChartRenderer.PlotlyJs).Append("</script>\n");
        html.Append("</head>\n<body>\n");
        if (briefing.Definition.Synthetic)
        {
            html.Append("<p class=\"synthetic\" role=\"note\"><strong>Synthetic data.</strong> ").Append(Encode(SyntheticNote)).Append("</p>\n");
        }

        html.Append("<h1>").Append(Encode(title)).Append("</h1>\n");
        html.Append("<p class=\"headline\">").Append(Encode(briefing.Headline)).Append("</p>\n");
        html.Append("<p class=\"meta\">").Append(Encode(period)).Append(". Hierarchy as at ")
            .Append(briefing.EffectiveDate.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)).Append(". ")
            .Append(Encode(producedText)).Append('.');
        if (briefing.Definition.Contact is { } contact)
        {
            html.Append(" Contact: ").Append(Encode(contact)).Append('.');
        }

        html.Append("</p>\n");
        Open(html, "findings", "Key findings");
        List(html, briefing.Findings);
        Close(html);
        Open(html, "summary", summary.Title[..summary.Title.IndexOf(':', StringComparison.Ordinal)]);
        Table(html, summary);
        Close(html);
        Open(html, "funnel", $"The {level} against every {level} in Scotland");
        html.Append(ChartRenderer.ToHtmlFragment(briefing.Charts.Single(c => c.Name == ClusterBriefing.FunnelChartName)));
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

    /// <summary>Text cells up to this long are kept on one line.</summary>
    private const int ShortText = 24;

    /// <summary>Most data columns (after the first) in one printed part of a table: seven fit across an A4 page.</summary>
    public const int MaxColumnsPerPart = 7;

    private static void Table(StringBuilder html, BriefingTable table)
    {
        var parts = Parts(table);
        for (var p = 0; p < parts.Count; p++)
        {
            var columns = parts[p];
            var id = parts.Count == 1 ? table.Name : table.Name + "-" + (p + 1).ToString(CultureInfo.InvariantCulture);
            var caption = parts.Count == 1 ? table.Title : $"{table.Title} (part {p + 1} of {parts.Count})";
            html.Append("<div class=\"table-wrap\">\n<table id=\"table-").Append(id).Append("\">\n<caption>").Append(Encode(caption)).Append("</caption>\n<thead><tr>");
            foreach (var c in columns)
            {
                html.Append(table.IsNumeric(c) ? "<th scope=\"col\" class=\"num\">" : "<th scope=\"col\">").Append(Encode(table.Columns[c])).Append("</th>");
            }

            html.Append("</tr></thead>\n<tbody>\n");
            // Short text columns (a unit, "higher (worse)") stay on one line, so long words do not break down the cell.
            var shortText = columns.Where(c => c > 0 && !table.IsNumeric(c) && table.Rows.All(r => r[c].Length <= ShortText)).ToHashSet();
            foreach (var row in table.Rows)
            {
                html.Append("<tr>");
                foreach (var c in columns)
                {
                    if (c == 0)
                    {
                        html.Append("<th scope=\"row\">").Append(Encode(row[c])).Append("</th>");
                        continue;
                    }

                    var cls = table.CountColumns.Contains(c) ? " class=\"count num\"" : table.IsNumeric(c) ? " class=\"num\"" : shortText.Contains(c) ? " class=\"short\"" : "";
                    html.Append("<td").Append(cls).Append('>').Append(Encode(row[c])).Append("</td>");
                }

                html.Append("</tr>\n");
            }

            html.Append("</tbody>\n</table>\n</div>\n");
        }
    }

    /// <summary>
    /// The columns of each printed part: the first column, then whole column groups (<see cref="BriefingTable.ColumnGroups"/>)
    /// up to <see cref="MaxColumnsPerPart"/> data columns, so every column fits across an A4 page and none is cut.
    /// </summary>
    /// <param name="table">The table.</param>
    public static IReadOnlyList<IReadOnlyList<int>> Parts(BriefingTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var groups = table.ColumnGroups.Count > 0 ? table.ColumnGroups : Enumerable.Repeat(1, table.Columns.Count - 1).ToList();
        var parts = new List<IReadOnlyList<int>>();
        var current = new List<int> { 0 };
        var next = 1;
        foreach (var size in groups)
        {
            if (current.Count > 1 && current.Count - 1 + size > MaxColumnsPerPart)
            {
                parts.Add(current);
                current = [0];
            }

            current.AddRange(Enumerable.Range(next, size));
            next += size;
        }

        if (next < table.Columns.Count)
        {
            current.AddRange(Enumerable.Range(next, table.Columns.Count - next));
        }

        parts.Add(current);
        return parts;
    }

    /// <summary>The banner on every page of a briefing made from synthetic data.</summary>
    public const string SyntheticNote = "Every number in this briefing comes from AnalysisKit's seeded synthetic sample, not from real patients or practices; do not use it for decisions.";

    /// <summary>The running header of printed pages: the title (with the area) and the period.</summary>
    private static string RunningHeader(ClusterBriefing briefing, string title) => $"{title} · {briefing.Period.Label}";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
