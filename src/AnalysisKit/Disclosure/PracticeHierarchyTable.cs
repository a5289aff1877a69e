using AnalysisKit.Geography;

namespace AnalysisKit.Disclosure;

/// <summary>
/// Builds a <see cref="DisclosureTable"/> from practice-level counts and a geography lookup: one row per practice under
/// its cluster, HSCP and board, with a total row for every cluster, HSCP and board and for Scotland, so that secondary
/// suppression protects practices against every aggregate that could be published beside them.
/// </summary>
public static class PracticeHierarchyTable
{
    /// <summary>The key columns, top level first.</summary>
    public static IReadOnlyList<string> HierarchyColumns { get; } = ["board", "hscp", "cluster", "practice"];

    /// <summary>The key value of total rows.</summary>
    public const string TotalLabel = "Total";

    /// <summary>Creates the table.</summary>
    /// <param name="name">The table's name, for messages.</param>
    /// <param name="countColumns">The count columns (a row total column "Total" is added when <paramref name="addTotalColumn"/>).</param>
    /// <param name="practices">Practice code and its counts (one per count column; null is missing). Codes unique, all in the lookup.</param>
    /// <param name="lookup">The practice → cluster → HSCP → board lookup.</param>
    /// <param name="addTotalColumn">True to add a "Total" column summing the count columns in each row.</param>
    /// <returns>Rows ordered by board, HSCP, cluster, practice (ordinal), each total row before the rows it adds up.</returns>
    public static DisclosureTable Create(
        string name,
        IReadOnlyList<string> countColumns,
        IEnumerable<(string PracticeCode, IReadOnlyList<long?> Counts)> practices,
        IGeographyLookup lookup,
        bool addTotalColumn)
    {
        ArgumentNullException.ThrowIfNull(countColumns);
        ArgumentNullException.ThrowIfNull(practices);
        ArgumentNullException.ThrowIfNull(lookup);
        GeographyLevel[] levels = [GeographyLevel.Board, GeographyLevel.Hscp, GeographyLevel.Cluster, GeographyLevel.Practice];
        var leaves = new List<(string[] Keys, long?[] Counts)>();
        foreach (var (code, counts) in practices)
        {
            if (counts.Count != countColumns.Count)
            {
                throw new ArgumentException(DisclosureMessages.PracticeCountsShape(name, code, counts.Count, countColumns.Count), nameof(practices));
            }

            var keys = levels.Select(level => lookup.AreaCode(code, level)
                                              ?? throw new ArgumentException(DisclosureMessages.PracticeNotInLookup(name, code, lookup.EffectiveDate), nameof(practices)))
                .ToArray();
            leaves.Add((keys, counts.ToArray()));
        }

        var rows = new List<(string[] Keys, long?[] Counts)>(leaves);
        for (var depth = 0; depth < levels.Length; depth++)
        {
            var d = depth;
            rows.AddRange(leaves
                .GroupBy(leaf => string.Join("\u001f", leaf.Keys.Take(d)), StringComparer.Ordinal)
                .Select(group => (
                    group.First().Keys.Take(d).Concat(Enumerable.Repeat(TotalLabel, levels.Length - d)).ToArray(),
                    Enumerable.Range(0, countColumns.Count).Select(c => Sum(group.Select(g => g.Counts[c]))).ToArray())));
        }

        // Total rows sort before the rows they add up: compare keys level by level with "Total" first.
        var ordered = rows.OrderBy(r => r.Keys, Comparer<string[]>.Create(CompareKeys)).ToList();
        var columns = addTotalColumn ? countColumns.Append(TotalLabel).ToArray() : countColumns.ToArray();
        return new DisclosureTable(name, HierarchyColumns, TotalLabel, columns, addTotalColumn ? TotalLabel : null, [],
            ordered.Select(r => new TableRow(r.Keys, addTotalColumn ? r.Counts.Append(Sum(r.Counts)).ToArray() : r.Counts, [])).ToList());
    }

    private static long? Sum(IEnumerable<long?> counts)
    {
        var present = counts.Where(c => c is not null).ToList();
        return present.Count == 0 ? null : present.Sum(c => c!.Value);
    }

    private static int CompareKeys(string[]? a, string[]? b)
    {
        for (var i = 0; i < a!.Length; i++)
        {
            var aTotal = a[i] == TotalLabel;
            var bTotal = b![i] == TotalLabel;
            if (aTotal != bTotal)
            {
                return aTotal ? -1 : 1;
            }

            var order = string.CompareOrdinal(a[i], b[i]);
            if (order != 0)
            {
                return order;
            }
        }

        return 0;
    }
}
