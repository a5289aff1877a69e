using System.Globalization;
using System.Text.RegularExpressions;
using AnalysisKit.Charts;
using AnalysisKit.Disclosure;

namespace AnalysisKit.Briefings;

/// <summary>
/// The CHI guard over everything a briefing writes, not only its tables: every line of the HTML page (headings,
/// sentences, tables, alt text and the charts' Plotly JSON; the inlined plotly.js library, which is not ours, is
/// skipped) and every cell of the workbook go through <see cref="ChiNumberGuard"/>. A finding throws
/// <see cref="UnsafeOutputException"/> naming the file, line or sheet, row and column. SHA-256 digests of the inputs
/// (64 lowercase hex characters, in the provenance) are not scanned: about one digest in 3,300 holds a run of ten digits
/// that passes the CHI check by chance, and a digest is computed here, never copied from patient data.
/// </summary>
internal static partial class BriefingChiScan
{
    public static void Page(string html, string fileName)
    {
        // The library is replaced by its own line breaks, so line numbers stay those of the file.
        var library = html.IndexOf(ChartRenderer.PlotlyJs, StringComparison.Ordinal);
        var ours = library < 0 ? html
            : string.Concat(html.AsSpan(0, library), new string('\n', ChartRenderer.PlotlyJs.AsSpan().Count('\n')), html.AsSpan(library + ChartRenderer.PlotlyJs.Length));
        var lines = ours.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            ChiNumberGuard.EnsureNone(WithoutDigests(lines[i]), string.Create(CultureInfo.InvariantCulture, $"briefing page '{fileName}', line {i + 1}"));
        }
    }

    public static void Workbook(IEnumerable<(string Sheet, IReadOnlyList<IReadOnlyList<string>> Rows)> sheets, string fileName)
    {
        foreach (var (sheet, rows) in sheets)
        {
            for (var r = 0; r < rows.Count; r++)
            {
                for (var c = 0; c < rows[r].Count; c++)
                {
                    ChiNumberGuard.EnsureNone(WithoutDigests(rows[r][c]), string.Create(CultureInfo.InvariantCulture,
                        $"workbook '{fileName}', sheet '{sheet}', row {r + 1}, column {c + 1}"));
                }
            }
        }
    }

    /// <summary>The text with each SHA-256 digest blanked (same length, so positions in messages stay true).</summary>
    internal static string WithoutDigests(string text) =>
        text.Length < 64 ? text : Digest().Replace(text, m => new string(' ', m.Length));

    [GeneratedRegex("(?<![0-9A-Za-z])[0-9a-f]{64}(?![0-9A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex Digest();
}
