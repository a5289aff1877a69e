using System.Globalization;
using AnalysisKit.Disclosure;
using AnalysisKit.Testing;
using AnalysisKit.Tests.Disclosure.Attack;

namespace AnalysisKit.Tests.Disclosure;

/// <summary>The PHS tables in ../shared/sdc (third-party, read in place, never copied) as test inputs.</summary>
internal static class SdcTables
{
    public static readonly string[] AgeBands = ["20-24", "25-29", "30-34", "35-39", "40-44", "45-49", "50-54", "55-59"];

    /// <summary>The rows of a sdcshinyapp test file with the given role ("input" or "expected").</summary>
    public static List<ReferenceRow> Rows(string file, string role) =>
        ReferenceCsv.Read(RepoPaths.SharedOrSkip("sdc/" + file)).Rows.Where(r => r.Text("role") == role).ToList();

    public static long? Count(string text) => text.Length == 0 ? null : long.Parse(text, CultureInfo.InvariantCulture);

    /// <summary>
    /// PHS training table (phs_sdcshinyapp_dummy_wide.csv), with a published column-total row "Total" added under
    /// the three lines when <paramref name="withTotalRow"/>: the sums are computed here from the file's rows.
    /// </summary>
    public static DisclosureTable Training(bool withTotalRow)
    {
        var file = ReferenceCsv.Read(RepoPaths.SharedOrSkip("sdc/phs_sdcshinyapp_dummy_wide.csv"));
        var columns = AgeBands.Append("Total").ToArray();
        var rows = file.Rows
            .Select(r => new TableRow([r.Text("line")], columns.Select(c => Count(r.Text(c))).ToArray(), []))
            .ToList();
        if (withTotalRow)
        {
            rows.Add(new TableRow(["Total"], columns.Select((_, c) => (long?)rows.Sum(r => r.Counts[c]!.Value)).ToArray(), []));
        }

        return new DisclosureTable("phs_sdcshinyapp_dummy_wide", ["line"], "Total", columns, "Total", [], rows);
    }

    /// <summary>
    /// What an attacker sees of the suppressed training table: the published cells, the suppressed positions, and the
    /// relations written out by hand here (each line adds up to its Total column; with the total row, each column's
    /// three lines add up to the Total row).
    /// </summary>
    public static PublishedTable AttackerView(SuppressionResult result, bool withTotalRow)
    {
        var table = result.Table;
        var view = new PublishedTable(table.Rows.Count, table.CountColumns.Count);
        for (var r = 0; r < table.Rows.Count; r++)
        {
            for (var c = 0; c < table.CountColumns.Count; c++)
            {
                view.Suppressed[r, c] = result.State(r, c) == CellState.Suppressed;
                view.Values[r, c] = view.Suppressed[r, c] ? 0 : table.Rows[r].Counts[c] ?? 0;
            }
        }

        view.AddRowTotals(AgeBands.Length);
        if (withTotalRow)
        {
            view.AddColumnTotals(3, [0, 1, 2]);
        }

        return view;
    }
}
