using System.Text;
using AnalysisKit.Disclosure;

namespace AnalysisKit.Briefings;

/// <summary>Writes a briefing's files: the HTML page, the Excel workbook of its tables and optionally the PDF.</summary>
public static class BriefingWriter
{
    /// <summary>
    /// The file name stem: <c>briefing-GPC082</c>, or <c>briefing-GPC082-76045</c> for a named practice; an area code that
    /// is a name (PHS open data's clusters) has every character other than a letter or digit made a hyphen.
    /// </summary>
    /// <param name="briefing">The briefing.</param>
    public static string Stem(ClusterBriefing briefing)
    {
        ArgumentNullException.ThrowIfNull(briefing);
        return Stem(briefing.Area.Code, briefing.Options.PracticeCode);
    }

    internal static string Stem(string areaCode, string? practiceCode)
    {
        var code = new string(areaCode.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());
        return "briefing-" + code + (practiceCode is { } p ? "-" + p : "");
    }

    /// <summary>
    /// Writes the files (UTF-8 without BOM) and returns their paths. Nothing is written when the page or the workbook
    /// holds a CHI-like number anywhere (text, tables, alt text, chart JSON, cells). With a release ledger
    /// (<see cref="BriefingOptions.Release"/>) the ledger is saved last, once every file is written (as
    /// <c>akit suppress</c> does): a run that fails part way records nothing, and the same briefing run again records it.
    /// </summary>
    /// <param name="briefing">The briefing.</param>
    /// <param name="folder">Output folder, created if needed.</param>
    /// <param name="pdf">True to print a PDF with headless Chromium.</param>
    /// <param name="chromium">Chromium's path; default <see cref="ChromiumPdf.DefaultPath"/>.</param>
    /// <exception cref="UnsafeOutputException">A CHI-like number was found; the message says where.</exception>
    public static IReadOnlyList<string> Write(ClusterBriefing briefing, string folder, bool pdf, string? chromium = null)
    {
        ArgumentNullException.ThrowIfNull(briefing);
        Directory.CreateDirectory(folder);
        var stem = Path.Combine(folder, Stem(briefing));
        var html = stem + ".html";
        var xlsx = stem + ".xlsx";
        var page = BriefingHtml.Render(briefing);
        // Every line of the page and every workbook cell is scanned for CHI-like numbers before anything is written.
        try
        {
            BriefingChiScan.Page(page, Path.GetFileName(html));
            BriefingChiScan.Workbook(BriefingWorkbook.Sheets(briefing), Path.GetFileName(xlsx));
        }
        catch (UnsafeOutputException found)
        {
            throw new UnsafeOutputException(BriefingMessages.NothingWritten(Stem(briefing), found.Message), found);
        }

        File.WriteAllText(html, page, new UTF8Encoding(false));
        BriefingWorkbook.Write(briefing, xlsx);
        var written = new List<string> { html, xlsx };
        if (pdf)
        {
            var pdfPath = stem + ".pdf";
            ChromiumPdf.Print(html, pdfPath, chromium ?? ChromiumPdf.DefaultPath);
            written.Add(pdfPath);
        }

        briefing.Ledger?.Save(briefing.Options.Release!.Ledger);
        return written;
    }
}
