using AnalysisKit.Disclosure;
using AnalysisKit.Tests.Disclosure.Attack;

namespace AnalysisKit.Tests.Disclosure.Leaks;

/// <summary>Test helpers: releases made one after another through a ledger, and what each tells the attacker.</summary>
internal static class Releases
{
    /// <summary>Suppresses <paramref name="table"/> against the ledger and records it; null ledger = the old path (each on its own).</summary>
    public static SuppressionResult Release(ref ReleaseLedger? ledger, DisclosureTable table, SuppressionPolicy policy, string name, ReleasePeriod period)
    {
        if (ledger is null)
        {
            return Suppressor.Apply(table, policy);
        }

        var result = Suppressor.Apply(table, policy, new ReleaseHistory(ledger, name, period));
        ledger = ledger.With(result.ToLedgerRelease(name, period, [name + ".csv"]), replace: false, "test ledger");
        return result;
    }

    /// <summary>
    /// Every cell of a release as the attacker sees it, named <c>prefix:row label:column</c>; a blank reads as a
    /// published 0. Returns the names of the suppressed cells.
    /// </summary>
    public static List<string> Publish(ReleaseAttacker attacker, string prefix, SuppressionResult result)
    {
        var hidden = new List<string>();
        for (var r = 0; r < result.Table.Rows.Count; r++)
        {
            for (var c = 0; c < result.Table.CountColumns.Count; c++)
            {
                var name = Name(prefix, result.Table.RowLabel(r), result.Table.CountColumns[c]);
                if (result.State(r, c) == CellState.Suppressed)
                {
                    attacker.Hidden(name);
                    hidden.Add(name);
                }
                else
                {
                    attacker.Published(name, result.PublishedCount(r, c) ?? 0);
                }
            }
        }

        return hidden;
    }

    public static string Name(string prefix, string row, string column) => $"{prefix}:{row}:{column}";
}
