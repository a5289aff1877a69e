using AnalysisKit.Geography;

namespace AnalysisKit.Disclosure;

/// <summary>
/// Builds a <see cref="DisclosureTable"/> from practice-level counts and a geography lookup: one row per practice under
/// its cluster, HSCP and board, with a total row for every cluster, HSCP and board and for Scotland, so that secondary
/// suppression protects practices against every aggregate that could be published beside them. A lookup without
/// clusters (ISD's QOF practice lookups: practice → CHP → board) builds the table over the levels it has, given as
/// <c>levels</c>.
/// </summary>
public static class PracticeHierarchyTable
{
    /// <summary>The key columns, top level first.</summary>
    public static IReadOnlyList<string> HierarchyColumns { get; } = ["board", "hscp", "cluster", "practice"];

    /// <summary>The key value of total rows.</summary>
    public const string TotalLabel = "Total";

    /// <summary>The levels a table can have, top level first, and their key column names.</summary>
    private static readonly (GeographyLevel Level, string Column)[] AllLevels =
        [(GeographyLevel.Board, "board"), (GeographyLevel.Hscp, "hscp"), (GeographyLevel.Cluster, "cluster"), (GeographyLevel.Practice, "practice")];

    /// <summary>Creates the table over board, HSCP, cluster and practice.</summary>
    /// <param name="name">The table's name, for messages.</param>
    /// <param name="countColumns">The count columns (a row total column "Total" is added when <paramref name="addTotalColumn"/>).</param>
    /// <param name="practices">Practice code and its counts (one per count column; null is missing, and every total over it is missing). Codes unique, all in the lookup.</param>
    /// <param name="lookup">The practice → cluster → HSCP → board lookup.</param>
    /// <param name="addTotalColumn">True to add a "Total" column summing the count columns in each row.</param>
    /// <returns>Rows ordered by board, HSCP, cluster, practice (ordinal), each total row before the rows it adds up.</returns>
    public static DisclosureTable Create(
        string name,
        IReadOnlyList<string> countColumns,
        IEnumerable<(string PracticeCode, IReadOnlyList<long?> Counts)> practices,
        IGeographyLookup lookup,
        bool addTotalColumn) =>
        Create(name, countColumns, practices, lookup, addTotalColumn, [GeographyLevel.Board, GeographyLevel.Hscp, GeographyLevel.Cluster, GeographyLevel.Practice]);

    /// <summary>Creates the table over the levels the lookup has, e.g. board, HSCP (CHP) and practice for ISD's QOF lookups.</summary>
    /// <param name="name">The table's name, for messages.</param>
    /// <param name="countColumns">The count columns (a row total column "Total" is added when <paramref name="addTotalColumn"/>).</param>
    /// <param name="practices">Practice code and its counts (one per count column; null is missing, and every total over it is missing). Codes unique, all in the lookup.</param>
    /// <param name="lookup">The practice lookup.</param>
    /// <param name="addTotalColumn">True to add a "Total" column summing the count columns in each row.</param>
    /// <param name="levels">Some of board, HSCP, cluster, practice, top level first, ending with practice; the key
    /// columns are named board, hscp, cluster, practice. Every practice must have an area at every level given.</param>
    /// <returns>Rows ordered level by level (ordinal), each total row before the rows it adds up.</returns>
    /// <exception cref="ArgumentException">Levels out of order, repeated, not ending with practice or outside these four; a
    /// practice not in the lookup or without an area at a level given; counts not one per count column.</exception>
    public static DisclosureTable Create(
        string name,
        IReadOnlyList<string> countColumns,
        IEnumerable<(string PracticeCode, IReadOnlyList<long?> Counts)> practices,
        IGeographyLookup lookup,
        bool addTotalColumn,
        IReadOnlyList<GeographyLevel> levels)
    {
        ArgumentNullException.ThrowIfNull(countColumns);
        ArgumentNullException.ThrowIfNull(practices);
        ArgumentNullException.ThrowIfNull(lookup);
        ArgumentNullException.ThrowIfNull(levels);
        var order = levels.Select(l => Array.FindIndex(AllLevels, a => a.Level == l)).ToList();
        if (levels.Count == 0 || levels[^1] != GeographyLevel.Practice || order.Any(i => i < 0) || order.Zip(order.Skip(1)).Any(p => p.First >= p.Second))
        {
            throw new ArgumentException(DisclosureMessages.HierarchyLevels(name, levels.Select(l => l.ToString())), nameof(levels));
        }

        var keyColumns = order.Select(i => AllLevels[i].Column).ToArray();
        var leaves = new List<(string[] Keys, long?[] Counts)>();
        foreach (var (code, counts) in practices)
        {
            if (counts.Count != countColumns.Count)
            {
                throw new ArgumentException(DisclosureMessages.PracticeCountsShape(name, code, counts.Count, countColumns.Count), nameof(practices));
            }

            if (lookup.AreaCode(code, GeographyLevel.Practice) is null)
            {
                throw new ArgumentException(DisclosureMessages.PracticeNotInLookup(name, code, lookup.EffectiveDate), nameof(practices));
            }

            var keys = levels.Select((level, i) => lookup.AreaCode(code, level) is { Length: > 0 } area
                    ? area
                    : throw new ArgumentException(DisclosureMessages.PracticeWithoutArea(name, code, keyColumns[i], lookup.EffectiveDate), nameof(practices)))
                .ToArray();
            leaves.Add((keys, counts.ToArray()));
        }

        var rows = new List<(string[] Keys, long?[] Counts)>(leaves);
        for (var depth = 0; depth < levels.Count; depth++)
        {
            var d = depth;
            rows.AddRange(leaves
                .GroupBy(leaf => string.Join("\u001f", leaf.Keys.Take(d)), StringComparer.Ordinal)
                .Select(group => (
                    group.First().Keys.Take(d).Concat(Enumerable.Repeat(TotalLabel, levels.Count - d)).ToArray(),
                    Enumerable.Range(0, countColumns.Count).Select(c => Sum(group.Select(g => g.Counts[c]))).ToArray())));
        }

        // Total rows sort before the rows they add up: compare keys level by level with "Total" first.
        var ordered = rows.OrderBy(r => r.Keys, Comparer<string[]>.Create(CompareKeys)).ToList();
        var columns = addTotalColumn ? countColumns.Append(TotalLabel).ToArray() : countColumns.ToArray();
        return new DisclosureTable(name, keyColumns, TotalLabel, columns, addTotalColumn ? TotalLabel : null, [],
            ordered.Select(r => new TableRow(r.Keys, addTotalColumn ? r.Counts.Append(Sum(r.Counts)).ToArray() : r.Counts, [])).ToList());
    }

    // A total over a missing count (e.g. one the source suppressed) is unknown, so it is missing too: the sum of the
    // counts that are present would publish an undercount as the area's total.
    private static long? Sum(IEnumerable<long?> counts)
    {
        long total = 0;
        foreach (var count in counts)
        {
            if (count is null)
            {
                return null;
            }

            total = checked(total + count.Value);
        }

        return total;
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
