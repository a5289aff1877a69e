using System.Globalization;

namespace AnalysisKit.Disclosure;

/// <summary>
/// The notes a release carries about its disclosure control, in the analyst's words: what was protected (which
/// relations, which totals were read or found as totals), against which earlier releases (from the ledger) and how
/// many cells each of them cost, or that no earlier release was checked. No hidden value and no local path.
/// </summary>
public static class ReleaseNotes
{
    /// <summary>The lines, in order.</summary>
    /// <param name="result">The suppressed table.</param>
    /// <param name="ledgerFile">The ledger's file name (no folder), or null when none was given.</param>
    public static IReadOnlyList<string> Lines(SuppressionResult result, string? ledgerFile)
    {
        ArgumentNullException.ThrowIfNull(result);
        var table = result.Table;
        var width = result.Policy.ProtectionWidth.ToString(CultureInfo.InvariantCulture);
        var lines = new List<string>
        {
            result.History is null
                ? DisclosureMessages.NotesProtection(width, result.Policy.Secondary.ToString())
                : DisclosureMessages.NotesProtectionWithEarlier(width, result.Policy.Secondary.ToString()),
            table.Constraints.Count == 0
                ? (result.History is null ? DisclosureMessages.NotesNoTotals : DisclosureMessages.NotesNoTotalsWithLedger)
                : DisclosureMessages.NotesRelations(table.Constraints.Count, table.TotalColumn, Enumerable.Range(0, table.Rows.Count).Any(r => table.Depth(r) < table.HierarchyColumns.Count)),
        };
        lines.AddRange(table.RecognisedTotals.Select(DisclosureMessages.NotesReadAsTotal));
        lines.AddRange(table.FoundTotals.Select(DisclosureMessages.NotesFoundTotal));
        if (result.History is not { } history)
        {
            lines.Add(DisclosureMessages.NotesNoLedger);
            return lines;
        }

        lines.Add(DisclosureMessages.NotesRecorded(history.Name, history.Period.ToString(), ledgerFile ?? "(the ledger)"));
        if (result.EarlierReleases.Count == 0)
        {
            lines.Add(DisclosureMessages.NotesNoEarlier);
        }

        lines.AddRange(result.EarlierReleases.Select(link => DisclosureMessages.NotesEarlier(link.Name, link.Period.ToString(), link.Policy, link.LinkedCells, link.CellsSuppressedBecause)));
        return lines;
    }
}
