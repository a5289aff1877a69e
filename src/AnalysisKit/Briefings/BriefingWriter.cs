using System.Text;

namespace AnalysisKit.Briefings;

/// <summary>Writes a briefing's files: the HTML page, the Excel workbook of its tables and optionally the PDF.</summary>
public static class BriefingWriter
{
    /// <summary>The file name stem: <c>briefing-GPC082</c>, or <c>briefing-GPC082-76045</c> for a named practice.</summary>
    /// <param name="briefing">The briefing.</param>
    public static string Stem(ClusterBriefing briefing)
    {
        ArgumentNullException.ThrowIfNull(briefing);
        return "briefing-" + briefing.Cluster.Code + (briefing.Options.PracticeCode is { } p ? "-" + p : "");
    }

    /// <summary>Writes the files (UTF-8 without BOM) and returns their paths.</summary>
    /// <param name="briefing">The briefing.</param>
    /// <param name="folder">Output folder, created if needed.</param>
    /// <param name="pdf">True to print a PDF with headless Chromium.</param>
    /// <param name="chromium">Chromium's path; default <see cref="ChromiumPdf.DefaultPath"/>.</param>
    public static IReadOnlyList<string> Write(ClusterBriefing briefing, string folder, bool pdf, string? chromium = null)
    {
        ArgumentNullException.ThrowIfNull(briefing);
        Directory.CreateDirectory(folder);
        var stem = Path.Combine(folder, Stem(briefing));
        var html = stem + ".html";
        File.WriteAllText(html, BriefingHtml.Render(briefing), new UTF8Encoding(false));
        var xlsx = stem + ".xlsx";
        BriefingWorkbook.Write(briefing, xlsx);
        var written = new List<string> { html, xlsx };
        if (pdf)
        {
            var pdfPath = stem + ".pdf";
            ChromiumPdf.Print(html, pdfPath, chromium ?? ChromiumPdf.DefaultPath);
            written.Add(pdfPath);
        }

        return written;
    }
}
