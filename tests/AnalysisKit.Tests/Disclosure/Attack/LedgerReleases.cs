using AnalysisKit.Disclosure;

namespace AnalysisKit.Tests.Disclosure.Attack;

/// <summary>
/// A release as the release ledger records it, given to the attacker: every cell named
/// <c>release:key/key/…:column</c> (published with its value, or hidden for <c>"*"</c>) and the relations it published.
/// The attacker reads what was published; a test checks separately that the ledger holds what the files show.
/// </summary>
internal static class LedgerReleases
{
    /// <summary>Gives the release to the attacker; returns the names of its hidden cells.</summary>
    public static List<string> Publish(ReleaseAttacker attacker, LedgerRelease release, string? prefix = null)
    {
        var hidden = new List<string>();
        var names = new List<string>();
        foreach (var row in release.Rows)
        {
            for (var c = 0; c < release.Columns.Count; c++)
            {
                var name = Name(prefix ?? release.Name, row.Keys, release.Columns[c]);
                names.Add(name);
                var cell = row.Cells[c];
                if (cell.Suppressed)
                {
                    attacker.Hidden(name);
                    hidden.Add(name);
                }
                else
                {
                    attacker.Published(name, cell.Value ?? 0);
                }
            }
        }

        foreach (var relation in release.Relations)
        {
            attacker.Sum(names[relation.Total], relation.Members.Select(m => names[m]));
        }

        return hidden;
    }

    public static string Name(string release, IEnumerable<string> keys, string column) => $"{release}:{string.Join("/", keys)}:{column}";
}
