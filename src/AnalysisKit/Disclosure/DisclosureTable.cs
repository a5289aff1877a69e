using System.Globalization;

namespace AnalysisKit.Disclosure;

/// <summary>
/// A table of counts to publish, with the structure that makes it additive: hierarchy key columns (practice inside
/// cluster inside HSCP inside board inside Scotland), total rows (rows whose key is the total label at some level and
/// below), and optionally a total column that is the sum of the other count columns. Totals are checked on
/// construction: a table whose totals do not add up is refused, because suppression would then protect the wrong
/// relations.
/// </summary>
public sealed class DisclosureTable
{
    private readonly int[] depths;
    private readonly string[][] normalisedKeys;
    private readonly List<string> recognisedTotals = [];

    /// <summary>Creates a table and checks it.</summary>
    /// <param name="name">The table's name, used in every message (e.g. the input file name). Not empty.</param>
    /// <param name="hierarchyColumns">The key columns, top level first. At least one (a row label is a one-level hierarchy).</param>
    /// <param name="totalLabel">The key value that marks a total row (e.g. <c>Total</c>). Not empty.</param>
    /// <param name="countColumns">The count columns, including the total column if there is one. At least one.</param>
    /// <param name="totalColumn">The count column that is the row sum of the other count columns, or null.</param>
    /// <param name="followers">Measure columns derived from count columns; may be empty.</param>
    /// <param name="rows">The rows. Every count ≥ 0 or null (missing); keys unique.</param>
    public DisclosureTable(
        string name,
        IReadOnlyList<string> hierarchyColumns,
        string totalLabel,
        IReadOnlyList<string> countColumns,
        string? totalColumn,
        IReadOnlyList<FollowerColumn> followers,
        IReadOnlyList<TableRow> rows)
    {
        ArgumentNullException.ThrowIfNull(hierarchyColumns);
        ArgumentNullException.ThrowIfNull(countColumns);
        ArgumentNullException.ThrowIfNull(followers);
        ArgumentNullException.ThrowIfNull(rows);
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException(DisclosureMessages.TableNameEmpty, nameof(name));
        }

        if (string.IsNullOrWhiteSpace(totalLabel))
        {
            throw new ArgumentException(DisclosureMessages.TotalLabelEmpty(name), nameof(totalLabel));
        }

        if (hierarchyColumns.Count == 0)
        {
            throw new ArgumentException(DisclosureMessages.NoHierarchyColumns(name), nameof(hierarchyColumns));
        }

        if (countColumns.Count == 0)
        {
            throw new ArgumentException(DisclosureMessages.NoCountColumns(name), nameof(countColumns));
        }

        var allColumns = hierarchyColumns.Concat(countColumns).Concat(followers.Select(f => f.Name)).ToList();
        var duplicate = allColumns.GroupBy(c => c, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException(DisclosureMessages.DuplicateColumn(name, duplicate.Key));
        }

        if (totalColumn is not null && !countColumns.Contains(totalColumn, StringComparer.Ordinal))
        {
            throw new ArgumentException(DisclosureMessages.TotalColumnNotACount(name, totalColumn), nameof(totalColumn));
        }

        foreach (var follower in followers)
        {
            if (!countColumns.Contains(follower.CountColumn, StringComparer.Ordinal))
            {
                throw new ArgumentException(DisclosureMessages.FollowerCountMissing(name, follower.Name, follower.CountColumn), nameof(followers));
            }
        }

        Name = name;
        HierarchyColumns = hierarchyColumns.ToArray();
        TotalLabel = totalLabel;
        CountColumns = countColumns.ToArray();
        TotalColumn = totalColumn;
        Followers = followers.ToArray();
        Rows = rows.ToArray();
        depths = new int[Rows.Count];
        normalisedKeys = new string[Rows.Count][];
        CheckRows();
        // A total that is missing publishes no relation, so it gives an attacker nothing.
        var declaredConstraints = BuildConstraints().Where(c => Count(c.TotalCell) is not null).ToList();
        CheckAdditive(declaredConstraints);
        var found = FoundRelations.Find(this, depths, normalisedKeys);
        FoundTotals = found.Descriptions;
        Constraints = [.. declaredConstraints, .. found.Constraints];
    }

    /// <summary>The table's name.</summary>
    public string Name { get; }

    /// <summary>The hierarchy key columns, top level first.</summary>
    public IReadOnlyList<string> HierarchyColumns { get; }

    /// <summary>The key value that marks a total row.</summary>
    public string TotalLabel { get; }

    /// <summary>The count columns, including the total column if any.</summary>
    public IReadOnlyList<string> CountColumns { get; }

    /// <summary>The count column that is the sum of the others in its row, or null.</summary>
    public string? TotalColumn { get; }

    /// <summary>The measure columns that follow a count column.</summary>
    public IReadOnlyList<FollowerColumn> Followers { get; }

    /// <summary>The rows, in input order.</summary>
    public IReadOnlyList<TableRow> Rows { get; }

    /// <summary>
    /// Labels read as totals although they are not exactly the declared total label: the declared label after trimming
    /// and case-folding (e.g. "Total " or "total"), or a usual PHS total label (e.g. "All lines", "Scotland"). In words, for
    /// the notes of a release.
    /// </summary>
    public IReadOnlyList<string> RecognisedTotals => recognisedTotals;

    /// <summary>
    /// Totals nobody declared, found because a row or column equals the sum of others in every cell (e.g. a Total
    /// column without <c>--total-column</c>). Each is treated as a published relation. In words, for the notes of a release.
    /// </summary>
    public IReadOnlyList<string> FoundTotals { get; }

    /// <summary>The additive relations the table publishes (row sums, and each total row over the rows below it).</summary>
    internal IReadOnlyList<AdditiveConstraint> Constraints { get; }

    /// <summary>The number of cells (rows × count columns).</summary>
    internal int CellCount => Rows.Count * CountColumns.Count;

    /// <summary>The row's label: its keys joined with " / ".</summary>
    /// <param name="row">The row index. Range: 0 to rows − 1.</param>
    public string RowLabel(int row) => string.Join(" / ", Rows[row].Keys);

    /// <summary>How many keys of the row come before its total label (the number of key columns for an ordinary row).</summary>
    internal int Depth(int row) => depths[row];

    /// <summary>The row's keys after <see cref="TotalLabels.Normalise"/>.</summary>
    internal IReadOnlyList<string> NormalisedKeys(int row) => normalisedKeys[row];

    /// <summary>The count in a cell, or null when missing.</summary>
    internal long? Count(int cell) => Rows[cell / CountColumns.Count].Counts[cell % CountColumns.Count];

    /// <summary>Where a cell is, for messages: table, row label and column.</summary>
    internal string Where(int cell) =>
        DisclosureMessages.CellPlace(Name, cell / CountColumns.Count, RowLabel(cell / CountColumns.Count), CountColumns[cell % CountColumns.Count]);

    private void CheckRows()
    {
        var declared = TotalLabels.Normalise(TotalLabel);
        for (var r = 0; r < Rows.Count; r++)
        {
            var row = Rows[r];
            if (row.Keys.Count != HierarchyColumns.Count || row.Counts.Count != CountColumns.Count || row.Measures.Count != Followers.Count)
            {
                throw new ArgumentException(DisclosureMessages.RowShape(Name, r, row.Keys.Count, row.Counts.Count, row.Measures.Count,
                    HierarchyColumns.Count, CountColumns.Count, Followers.Count));
            }

            normalisedKeys[r] = row.Keys.Select(TotalLabels.Normalise).ToArray();
            for (var c = 0; c < CountColumns.Count; c++)
            {
                if (row.Counts[c] is < 0)
                {
                    throw new ArgumentException(DisclosureMessages.NegativeCount(Name, r, RowLabel(r), CountColumns[c], row.Counts[c]!.Value));
                }
            }
        }

        // A usual total label ("All", "Scotland") is a total unless the column uses it as a parent of ordinary keys
        // (e.g. a country column that is "Scotland" on every row).
        var ordinary = Enumerable.Range(0, HierarchyColumns.Count).Select(_ => new HashSet<string>(StringComparer.Ordinal)).ToArray();
        foreach (var keys in normalisedKeys)
        {
            for (var k = 0; k < keys.Length; k++)
            {
                if (keys[k] != declared && TotalLabels.IsUsualNormalised(keys[k])
                    && keys.Skip(k + 1).Any(below => below.Length > 0 && below != declared && !TotalLabels.IsUsualNormalised(below)))
                {
                    ordinary[k].Add(keys[k]);
                }
            }
        }

        bool IsTotal(int level, string key) => key == declared || (TotalLabels.IsUsualNormalised(key) && !ordinary[level].Contains(key));

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var recognised = new SortedSet<string>(StringComparer.Ordinal);
        for (var r = 0; r < Rows.Count; r++)
        {
            var keys = normalisedKeys[r];
            var depth = 0;
            while (depth < keys.Length && !IsTotal(depth, keys[depth]))
            {
                depth++;
            }

            for (var k = depth; k < keys.Length; k++)
            {
                if (k > depth && keys[k].Length == 0)
                {
                    continue;
                }

                if (!IsTotal(k, keys[k]))
                {
                    throw new ArgumentException(DisclosureMessages.KeyBelowTotal(Name, r, HierarchyColumns[k], Rows[r].Keys[k], HierarchyColumns[depth], Rows[r].Keys[depth]));
                }

                if (!string.Equals(Rows[r].Keys[k], TotalLabel, StringComparison.Ordinal))
                {
                    recognised.Add(keys[k] == declared
                        ? DisclosureMessages.TotalLabelMatched(Rows[r].Keys[k], HierarchyColumns[k], TotalLabel)
                        : DisclosureMessages.UsualTotalLabel(Rows[r].Keys[k], HierarchyColumns[k]));
                }
            }

            depths[r] = depth;
            var key = string.Join("\u001f", keys);
            if (seen.TryGetValue(key, out var first))
            {
                throw new ArgumentException(DisclosureMessages.DuplicateRow(Name, first, r, RowLabel(r)));
            }

            seen.Add(key, r);
        }

        recognisedTotals.AddRange(recognised);
    }

    private List<AdditiveConstraint> BuildConstraints()
    {
        var columns = CountColumns.Count;
        var constraints = new List<AdditiveConstraint>();
        if (TotalColumn is not null)
        {
            var totalIndex = CountColumns.ToList().IndexOf(TotalColumn);
            for (var r = 0; r < Rows.Count; r++)
            {
                var members = Enumerable.Range(0, columns).Where(c => c != totalIndex).Select(c => (r * columns) + c).ToArray();
                constraints.Add(new AdditiveConstraint((r * columns) + totalIndex, members, DisclosureMessages.RowConstraint(RowLabel(r), TotalColumn)));
            }
        }

        // Rows below each prefix (normalised keys), so that each total row finds the rows under it in one look-up.
        var below = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var r = 0; r < Rows.Count; r++)
        {
            for (var d = 0; d < depths[r]; d++)
            {
                var prefix = Prefix(r, d);
                if (!below.TryGetValue(prefix, out var list))
                {
                    below.Add(prefix, list = []);
                }

                list.Add(r);
            }
        }

        for (var t = 0; t < Rows.Count; t++)
        {
            var depth = depths[t];
            if (depth == HierarchyColumns.Count || !below.TryGetValue(Prefix(t, depth), out var under))
            {
                continue;
            }

            // The children of a total row are the rows under it at the nearest depth present (a level may be skipped,
            // e.g. a Scotland row over practices with no cluster rows).
            var childDepth = under.Min(r => depths[r]);
            var children = under.Where(r => depths[r] == childDepth).ToArray();
            for (var c = 0; c < columns; c++)
            {
                constraints.Add(new AdditiveConstraint(
                    (t * columns) + c,
                    children.Select(r => (r * columns) + c).ToArray(),
                    DisclosureMessages.HierarchyConstraint(CountColumns[c], RowLabel(t), HierarchyColumns[childDepth - 1])));
            }
        }

        return constraints;
    }

    /// <summary>The row's first <paramref name="depth"/> normalised keys with the depth, as one string.</summary>
    private string Prefix(int row, int depth) =>
        depth.ToString(CultureInfo.InvariantCulture) + "\u001e" + string.Join("\u001f", normalisedKeys[row].Take(depth));

    private void CheckAdditive(IEnumerable<AdditiveConstraint> constraints)
    {
        foreach (var constraint in constraints)
        {
            var total = Count(constraint.TotalCell)!.Value;

            // A missing member is read as a published zero: the attacker's most informative reading.
            var sum = constraint.Members.Sum(m => Count(m) ?? 0L);
            if (sum != total)
            {
                var row = constraint.TotalCell / CountColumns.Count;
                var acrossRows = constraint.Members.Any(m => m / CountColumns.Count != row);
                var label = acrossRows && depths[row] < HierarchyColumns.Count ? Rows[row].Keys[depths[row]] : null;
                var hint = label is not null && !TotalLabels.Same(label, TotalLabel) ? DisclosureMessages.UsualLabelNotAdditive(label) : string.Empty;
                throw new ArgumentException(DisclosureMessages.NotAdditive(Where(constraint.TotalCell), constraint.Description, total, sum) + hint);
            }
        }
    }
}
