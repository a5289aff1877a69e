using AnalysisKit.Disclosure;
using AnalysisKit.Tests.Disclosure.Attack;
using FsCheck;
using FsCheck.Fluent;

namespace AnalysisKit.Tests.Disclosure;

/// <summary>
/// The complete secondary suppression against the independent attacker (<see cref="TableAttacker"/>): on hand-built
/// tables where simple line-by-line rules fail, and on thousands of random hierarchical tables.
/// </summary>
public sealed class ComplementarySuppressionTests
{
    [Fact]
    public void Complete_SixCycleThatFoolsLineRules_AttackerCannotNarrowAnyCell()
    {
        // The table of TableAttackerTests.SixCycle, suppressed by the library with "≤ 1" so that only the two 1s are
        // primary: line rules alone could pick the 4s and leave a ∈ [0, 2]; the exact check must prevent that.
        long[,] interior = { { 1, 4, 10 }, { 10, 4, 1 }, { 4, 10, 4 } };
        var rows = new List<TableRow>();
        for (var r = 0; r < 3; r++)
        {
            rows.Add(new TableRow([$"r{r}"], [interior[r, 0], interior[r, 1], interior[r, 2], interior[r, 0] + interior[r, 1] + interior[r, 2]], []));
        }

        rows.Add(new TableRow(["Total"], Enumerable.Range(0, 4).Select(c => (long?)rows.Sum(x => x.Counts[c]!.Value)).ToArray(), []));
        var table = new DisclosureTable("six-cycle", ["line"], "Total", ["a", "b", "c", "Total"], "Total", [], rows);
        var policy = new SuppressionPolicy("le-4", 4, ThresholdComparison.LessThanOrEqual, true, "*", false, 1,
            RoundingRule.HalfUp, false, SecondaryMethod.Complete);

        var result = Suppressor.Apply(table, policy);

        Assert.Empty(TableAttacker.Leaks(View(result, RowsAndGrandTotal(3)), policy.ProtectionWidth));
    }

    [Fact]
    public void Complete_RandomHierarchicalTables_NoSuppressedCellCanBeNarrowedBelowTheProtectionWidth()
    {
        // Thousands of random tables: 1–3 levels (e.g. board → cluster → practice) of 1–3 children each, 2–4 count
        // columns plus a total column, many small counts and zeros, some missing cells, with or without the top
        // total row. The generator keeps its own tree, so the attacker's relations do not come from the library.
        var property = Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var (table, relations, policy) = RandomTable(seed);
            var result = Suppressor.Apply(table, policy);
            var leaks = TableAttacker.Leaks(View(result, relations), policy.ProtectionWidth);
            Assert.True(leaks.Count == 0, $"seed {seed}, policy {policy.Name}: {string.Join("; ", leaks)}");
            for (var r = 0; r < table.Rows.Count; r++)
            {
                for (var c = 0; c < table.CountColumns.Count; c++)
                {
                    if (table.Rows[r].Counts[c] is { } count && policy.IsSmall(count))
                    {
                        Assert.Equal(CellState.Suppressed, result.State(r, c));
                    }
                }
            }
        });

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(2000), property);
    }

    /// <summary>The attacker's view of a result, with the relations given by the caller.</summary>
    internal static PublishedTable View(SuppressionResult result, Action<PublishedTable> relations)
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

        relations(view);
        return view;
    }

    private static Action<PublishedTable> RowsAndGrandTotal(int lines) => view =>
    {
        view.AddRowTotals(view.Columns - 1);
        view.AddColumnTotals(lines, Enumerable.Range(0, lines).ToArray());
    };

    internal static (DisclosureTable Table, Action<PublishedTable> Relations, SuppressionPolicy Policy) RandomTable(int seed)
    {
        var random = new Random(seed);
        var levels = random.Next(1, 4);
        var columns = random.Next(2, 5);
        var keepTop = random.Next(5) > 0;
        var rows = new List<TableRow>();
        var groups = new List<(int Total, int[] Children)>();

        // Returns the row index of the node and its counts (without the total column).
        (int Row, long[] Counts) Node(string[] path)
        {
            var depth = path.Length;
            var keys = path.Concat(Enumerable.Repeat("Total", levels - depth)).ToArray();
            if (depth == levels)
            {
                var leaf = new long?[columns + 1];
                for (var c = 0; c < columns; c++)
                {
                    leaf[c] = random.Next(20) switch
                    {
                        0 => null,
                        < 5 => 0,
                        < 12 => random.Next(1, 5),
                        < 15 => random.Next(5, 10),
                        _ => random.Next(10, 40),
                    };
                }

                leaf[columns] = leaf.Take(columns).Sum(v => v ?? 0);
                rows.Add(new TableRow(keys, leaf, []));
                return (rows.Count - 1, leaf.Take(columns).Select(v => v ?? 0).ToArray());
            }

            var index = rows.Count;
            if (depth > 0 || keepTop)
            {
                rows.Add(null!);
            }

            var children = Enumerable.Range(0, random.Next(1, 4)).Select(i => Node([.. path, $"L{depth}-{i}"])).ToList();
            var sums = Enumerable.Range(0, columns).Select(c => children.Sum(ch => ch.Counts[c])).ToArray();
            if (depth > 0 || keepTop)
            {
                rows[index] = new TableRow(keys, sums.Select(v => (long?)v).Append(sums.Sum()).ToArray(), []);
                groups.Add((index, children.Select(ch => ch.Row).ToArray()));
            }

            return (index, sums);
        }

        Node([]);
        var names = Enumerable.Range(0, columns).Select(c => $"c{c}").Append("Total").ToArray();
        var hierarchy = Enumerable.Range(0, levels).Select(l => $"level{l}").ToArray();
        var table = new DisclosureTable($"random-{seed}", hierarchy, "Total", names, "Total", [], rows);
        SuppressionPolicy[] policies =
        [
            SuppressionPolicy.PhsPracticeUnder5,
            SuppressionPolicy.Under10,
            new("le-3-zeros-hidden", 3, ThresholdComparison.LessThanOrEqual, false, "c", false, 1, RoundingRule.HalfToEven, false, SecondaryMethod.Complete),
        ];
        return (table, view =>
        {
            view.AddRowTotals(columns);
            foreach (var (total, children) in groups)
            {
                view.AddColumnTotals(total, children);
            }
        }, policies[random.Next(policies.Length)]);
    }
}
