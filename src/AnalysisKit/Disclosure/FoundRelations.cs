namespace AnalysisKit.Disclosure;

/// <summary>
/// Totals a table publishes without declaring them: a count column equal to the sum of other count columns in every
/// row (PHS's wide tables carry a Total column whether or not <c>--total-column</c> names it), and a row equal to the
/// sum of the other rows under the same parent (an "All lines" row the declared label did not name). An attacker
/// needs no declaration to subtract, so each one found is treated as a published relation. A column named like a
/// total (<see cref="TotalLabels.Usual"/>) that is no such sum but at least the sum of the others in every row is
/// refused: it is a total over parts not all in the table, a relation the suppression cannot see.
/// </summary>
/// <remarks>
/// Columns: every subset of the other non-zero count columns is tried (up to <see cref="MaxColumnsForSubsets"/> count
/// columns; beyond that only the sum of all others). Rows: each row that is not a total row against the sum of the
/// other such rows under each of its ancestors (its siblings, its grandparent's descendants, … the whole table). A sum
/// needs at least two members, and two non-zero members in at least <see cref="Evidence"/> rows or columns (one column
/// equal to another is a duplicate, a sum over zeros is already published by the zeros, and 1 + 2 = 3 in a single
/// column is chance). A missing member reads as 0. Equal by chance beyond that also counts: it makes suppression more
/// cautious; when it makes the table impossible to protect, the run is refused naming it.
/// </remarks>
internal static class FoundRelations
{
    /// <summary>
    /// A sum is taken as a total only when it adds two or more non-zero counts in at least this many rows (for a
    /// column) or columns (for a row): in a one-column table of small counts 1 + 2 = 3 happens by chance all the time,
    /// and an attacker has no reason to read it as a total (a one-column table's total row is found by its label).
    /// </summary>
    public const int Evidence = 2;

    /// <summary>Above this many count columns only "the sum of all the others" is tried for each column.</summary>
    public const int MaxColumnsForSubsets = 16;

    public static (List<AdditiveConstraint> Constraints, List<string> Descriptions) Find(DisclosureTable table, int[] depths, string[][] normalisedKeys)
    {
        var constraints = new List<AdditiveConstraint>();
        var descriptions = new List<string>();
        Columns(table, constraints, descriptions);
        Rows(table, depths, normalisedKeys, constraints, descriptions);
        return (constraints, descriptions);
    }

    private static void Columns(DisclosureTable table, List<AdditiveConstraint> constraints, List<string> descriptions)
    {
        var columns = table.CountColumns.Count;
        var rows = table.Rows.Count;
        long Value(int r, int c) => table.Rows[r].Counts[c] ?? 0;
        var nonZero = Enumerable.Range(0, columns).Where(c => Enumerable.Range(0, rows).Any(r => Value(r, c) != 0)).ToArray();
        for (var t = 0; t < columns; t++)
        {
            if (string.Equals(table.CountColumns[t], table.TotalColumn, StringComparison.Ordinal))
            {
                continue;
            }

            var candidates = nonZero.Where(c => c != t).ToArray();
            var found = new List<int[]>();
            if (Array.IndexOf(nonZero, t) >= 0 && candidates.Length > 0)
            {
                IEnumerable<int[]> subsets = candidates.Length < MaxColumnsForSubsets
                    ? Enumerable.Range(1, (1 << candidates.Length) - 1).Select(mask => candidates.Where((_, i) => (mask & (1 << i)) != 0).ToArray())
                    : [candidates];
                foreach (var subset in subsets)
                {
                    var holds = true;
                    for (var r = 0; r < rows && holds; r++)
                    {
                        if (table.Rows[r].Counts[t] is { } total)
                        {
                            long sum = 0;
                            foreach (var c in subset)
                            {
                                sum += Value(r, c);
                            }

                            holds = sum == total;
                        }
                    }

                    // A sum of one column is a duplicate, not a total; and a sum that never adds two non-zero counts is
                    // equality by the zeros (e.g. c3 = Total where every other column is 0), which the declared totals
                    // already publish.
                    if (holds && subset.Length >= 2 && Enumerable.Range(0, rows).Count(r => subset.Count(c => Value(r, c) != 0) >= 2) >= Evidence)
                    {
                        found.Add(subset);
                    }
                }
            }

            if (found.Count == 0 && TotalLabels.IsUsual(table.CountColumns[t]) && AtLeastTheOthers(table, t))
            {
                throw new ArgumentException(DisclosureMessages.TotalColumnNotASum(table.Name, table.CountColumns[t]));
            }

            foreach (var subset in found)
            {
                var names = subset.Select(c => table.CountColumns[c]).ToList();
                descriptions.Add(DisclosureMessages.FoundTotalColumn(table.CountColumns[t], names));
                for (var r = 0; r < rows; r++)
                {
                    if (table.Rows[r].Counts[t] is not null)
                    {
                        constraints.Add(new AdditiveConstraint((r * columns) + t, subset.Select(c => (r * columns) + c).ToArray(),
                            DisclosureMessages.FoundColumnConstraint(table.RowLabel(r), table.CountColumns[t], names)));
                    }
                }
            }
        }
    }

    /// <summary>
    /// True when column <paramref name="t"/> is at least the sum of the other count columns not named like totals in
    /// every row where it is present: the mark of a total over parts some of which are not in the table.
    /// </summary>
    private static bool AtLeastTheOthers(DisclosureTable table, int t)
    {
        var parts = Enumerable.Range(0, table.CountColumns.Count).Where(c => c != t && !TotalLabels.IsUsual(table.CountColumns[c])).ToArray();
        return parts.Length > 0 && table.Rows.All(row => row.Counts[t] is not { } total || total >= parts.Sum(c => row.Counts[c] ?? 0));
    }

    private static void Rows(DisclosureTable table, int[] depths, string[][] normalisedKeys, List<AdditiveConstraint> constraints, List<string> descriptions)
    {
        var levels = table.HierarchyColumns.Count;
        var columns = table.CountColumns.Count;
        var leaves = Enumerable.Range(0, table.Rows.Count).Where(r => depths[r] == levels).ToList();

        // The leaves under each ancestor prefix (the empty prefix is the whole table) and their column sums.
        var groups = new Dictionary<string, (List<int> Rows, long[] Sums)>(StringComparer.Ordinal);
        foreach (var r in leaves)
        {
            for (var d = 0; d < levels; d++)
            {
                var prefix = string.Join("\u001f", normalisedKeys[r].Take(d)) + "\u001e" + d;
                if (!groups.TryGetValue(prefix, out var group))
                {
                    groups.Add(prefix, group = ([], new long[columns]));
                }

                group.Rows.Add(r);
                for (var c = 0; c < columns; c++)
                {
                    group.Sums[c] += table.Rows[r].Counts[c] ?? 0;
                }
            }
        }

        foreach (var r in leaves)
        {
            var counts = table.Rows[r].Counts;
            if (counts.All(c => (c ?? 0) == 0))
            {
                continue;
            }

            // The nearest ancestor whose other leaves add up to this row: its siblings first.
            for (var d = levels - 1; d >= 0; d--)
            {
                var group = groups[string.Join("\u001f", normalisedKeys[r].Take(d)) + "\u001e" + d];
                var members = group.Rows.Where(m => m != r).ToArray();
                if (members.Length >= 2 && Enumerable.Range(0, columns).All(c => counts[c] is not { } v || 2 * v == group.Sums[c])
                    && Enumerable.Range(0, columns).Count(c => members.Count(m => (table.Rows[m].Counts[c] ?? 0) != 0) >= 2) >= Evidence)
                {
                    var parent = d == 0 ? null : string.Join(" / ", table.Rows[r].Keys.Take(d));
                    descriptions.Add(DisclosureMessages.FoundTotalRow(table.RowLabel(r), parent));
                    for (var c = 0; c < columns; c++)
                    {
                        if (counts[c] is not null)
                        {
                            constraints.Add(new AdditiveConstraint((r * columns) + c, members.Select(m => (m * columns) + c).ToArray(),
                                DisclosureMessages.FoundRowConstraint(table.RowLabel(r), parent, table.CountColumns[c])));
                        }
                    }

                    break;
                }
            }
        }
    }
}
