using System.Text;

namespace AnalysisKit.Briefings;

/// <summary>
/// The briefing page's style sheet, for the screen and for paper. Print: A4 with margins; a running header (title,
/// area and period; production date) and "Page n of N" in the page-margin boxes of CSS Paged Media (<c>@top-left</c>,
/// <c>@bottom-right</c> with <c>counter(page)</c>/<c>counter(pages)</c>), which headless Chromium (131 and later) prints
/// with <c>--print-to-pdf --no-pdf-header-footer</c>; no Plotly toolbar; charts scaled to the A4 text width; tables and
/// charts kept whole on a page where they fit. Screen: tables scroll sideways inside their own box on a narrow
/// phone instead of widening the page; wide tables arrive already split into parts (<see cref="BriefingHtml.Parts"/>).
/// </summary>
public static class BriefingPrint
{
    /// <summary>The text colours of the page against white, each with a contrast ratio of at least 4.5:1 (WCAG 2.1 AA).</summary>
    public static IReadOnlyList<(string Use, string Foreground, string Background)> TextColours { get; } =
    [
        ("body text", BodyText, "#FFFFFF"),
        ("headings", Heading, "#FFFFFF"),
        ("chart descriptions", Heading, "#FFFFFF"),
        ("table header text", BodyText, TableHeader),
        ("synthetic-data banner", BodyText, BannerBackground),
        ("running header and page numbers", Heading, "#FFFFFF"),
    ];

    /// <summary>Body text, #222222.</summary>
    public const string BodyText = "#222222";

    /// <summary>Headings, chart descriptions and the running header: PHS purple, #3F3685.</summary>
    public const string Heading = "#3F3685";

    /// <summary>Table header cells' background: PHS purple at 10%.</summary>
    public const string TableHeader = "#ECEBF3";

    /// <summary>The synthetic-data banner's background: a pale amber.</summary>
    public const string BannerBackground = "#FFF1C2";

    /// <summary>How much a chart is scaled on paper: 860 px charts to the 180 mm of A4 text width (≈ 680 px).</summary>
    public const double PrintChartZoom = 0.79;

    /// <summary>The style sheet.</summary>
    /// <param name="runningHeader">Printed at the top left of every page (title, area, period).</param>
    /// <param name="produced">Printed at the top right of every page ("Produced 15 January 2026").</param>
    /// <param name="synthetic">True to print "Synthetic data" at the foot of every page too.</param>
    public static string Css(string runningHeader, string produced, bool synthetic)
    {
        ArgumentNullException.ThrowIfNull(runningHeader);
        ArgumentNullException.ThrowIfNull(produced);
        var css = new StringBuilder();
        css.Append("body{font-family:Arial,sans-serif;margin:1em auto;max-width:1000px;padding:0 12px;color:").Append(BodyText).Append(";line-height:1.35}\n")
            .Append("h1,h2{color:").Append(Heading).Append("}h1{font-size:1.6em;margin:0.4em 0}h2{font-size:1.25em;margin:1.2em 0 0.4em 0}\n")
            .Append(".headline{font-size:1.15em;font-weight:bold;margin:0.4em 0}.meta{font-size:0.9em}\n")
            .Append(".synthetic{background:").Append(BannerBackground).Append(";border:2px solid #C73918;padding:6px 10px;margin:0 0 0.5em 0}\n")
            .Append(".table-wrap{max-width:100%;overflow-x:auto;margin:0.5em 0 1.2em 0}\n")
            .Append("table{border-collapse:collapse;font-size:0.85em}caption{text-align:left;font-size:0.95em;padding:2px 0 4px 0}\n")
            .Append("th,td{border:1px solid #bbb;padding:3px 6px;text-align:left;vertical-align:top}thead th{background:").Append(TableHeader).Append("}\n")
            .Append("tbody th{font-weight:normal;white-space:nowrap}.num{text-align:right}td.num,td.short{white-space:nowrap}\n")
            .Append(".akit-chart{margin:0 0 1.5em 0;break-inside:avoid;max-width:100%;overflow-x:auto}.akit-chart-alt{font-size:0.85em;color:").Append(Heading).Append("}\n")
            .Append(".spc-icons{display:flex;gap:16px;align-items:center;margin:0.3em 0}.spc-icons figure{margin:0;display:flex;gap:6px;align-items:center;font-size:0.9em}\n")
            .Append("@page{size:A4;margin:20mm 14mm 18mm 14mm;")
            .Append("@top-left{content:").Append(CssString(runningHeader)).Append(";font:8pt Arial,sans-serif;color:").Append(Heading).Append("}")
            .Append("@top-right{content:").Append(CssString(produced)).Append(";font:8pt Arial,sans-serif;color:").Append(Heading).Append("}")
            .Append(synthetic ? "@bottom-left{content:" + CssString("Synthetic data: not real patients or practices") + ";font:8pt Arial,sans-serif;color:" + BodyText + "}" : "")
            .Append("@bottom-right{content:\"Page \" counter(page) \" of \" counter(pages);font:8pt Arial,sans-serif;color:").Append(Heading).Append("}}\n")
            .Append("@media print{body{max-width:none;margin:0;padding:0;font-size:10pt}h2{break-after:avoid}")
            .Append(".modebar,.modebar-container{display:none!important}")
            .Append(".akit-chart>div[role=img]{zoom:").Append(PrintChartZoom.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append("}")
            .Append(".table-wrap{overflow:visible}table{font-size:8.5pt;width:100%}tr,figure{break-inside:avoid}section{break-inside:auto}}\n");
        return css.ToString();
    }

    /// <summary>A CSS string literal: quotes and backslashes escaped, line breaks as spaces.</summary>
    private static string CssString(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)
            .Replace("\n", " ", StringComparison.Ordinal).Replace("<", "\\3C ", StringComparison.Ordinal) + "\"";
}
