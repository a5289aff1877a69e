using AnalysisKit.Disclosure;
using AnalysisKit.Tests.Disclosure.Attack;

namespace AnalysisKit.Tests.Disclosure.Leaks;

/// <summary>
/// Issue #14, nested and rolling periods at national shape: a table with boards, HSCPs, clusters and practices where
/// every practice's December (or January) count is 0 to 3, so every difference between the two periods is small.
/// Large enough that the linked groups exceed <c>ComplementarySuppression.BatchFrom</c> (the batch path); the attacker
/// gets both releases with all their relations (row totals, every total row) and, per practice cell, the longer
/// period = the shorter one + the month between them (rolling: + next January − last January).
/// </summary>
public sealed class NationalPeriodsLeakTests
{
    private static readonly string[] Columns = ["c1", "c2", "c3", "Total"];
    private static readonly ReleasePeriod Year = ReleasePeriod.Parse("2025-01..2025-12");
    private static readonly ReleasePeriod ToNovember = ReleasePeriod.Parse("2025-01..2025-11");
    private static readonly ReleasePeriod Rolling = ReleasePeriod.Parse("2025-02..2026-01");

    public static TheoryData<bool> Orders => new() { true, false };

    [Theory]
    [MemberData(nameof(Orders))]
    public void NestedPeriods_MultiBoardTableThroughTheLedger_NothingRecovered(bool yearFirst)
    {
        ReleaseLedger? ledger = ReleaseLedger.Empty;
        SuppressionResult year, november;
        if (yearFirst)
        {
            year = Releases.Release(ref ledger, Table(Months.Year), SuppressionPolicy.PhsPracticeUnder5, "year", Year);
            november = Releases.Release(ref ledger, Table(Months.ToNovember), SuppressionPolicy.PhsPracticeUnder5, "to-november", ToNovember);
        }
        else
        {
            november = Releases.Release(ref ledger, Table(Months.ToNovember), SuppressionPolicy.PhsPracticeUnder5, "to-november", ToNovember);
            year = Releases.Release(ref ledger, Table(Months.Year), SuppressionPolicy.PhsPracticeUnder5, "year", Year);
        }

        var (attacker, hidden) = Attack(year, november);
        var derived = new List<string>();
        foreach (var (row, column) in PracticeCells(year.Table))
        {
            attacker.Sum(Releases.Name("Y", row, column), [Releases.Name("N", row, column), $"Dec:{row}:{column}"]);
            derived.Add($"Dec:{row}:{column}");
        }

        Assert.Empty(attacker.Leaks(5, hidden, derived));
        Assert.True(Assert.Single((yearFirst ? november : year).EarlierReleases).CellsSuppressedBecause > 0);
    }

    [Fact]
    public void NestedPeriods_MultiBoardTableEachOnItsOwn_AttackerGetsDecemberCountsBack()
    {
        ReleaseLedger? none = null;
        var year = Releases.Release(ref none, Table(Months.Year), SuppressionPolicy.PhsPracticeUnder5, "year", Year);
        var november = Releases.Release(ref none, Table(Months.ToNovember), SuppressionPolicy.PhsPracticeUnder5, "to-november", ToNovember);

        var (attacker, hidden) = Attack(year, november);
        var derived = new List<string>();
        foreach (var (row, column) in PracticeCells(year.Table))
        {
            attacker.Sum(Releases.Name("Y", row, column), [Releases.Name("N", row, column), $"Dec:{row}:{column}"]);
            derived.Add($"Dec:{row}:{column}");
        }

        Assert.Contains(attacker.Leaks(5, hidden, derived), l => l.StartsWith("unpublished 'Dec:", StringComparison.Ordinal));
    }

    [Fact]
    public void RollingYear_MultiBoardTableThroughTheLedger_NothingRecovered()
    {
        ReleaseLedger? ledger = ReleaseLedger.Empty;
        var year = Releases.Release(ref ledger, Table(Months.Year), SuppressionPolicy.PhsPracticeUnder5, "year", Year);
        var rolling = Releases.Release(ref ledger, Table(Months.Rolling), SuppressionPolicy.PhsPracticeUnder5, "rolling", Rolling);

        var (attacker, hidden) = Attack(year, rolling);
        var derived = new List<string>();
        foreach (var (row, column) in PracticeCells(year.Table))
        {
            // Year = Jan 2025 + Feb–Dec; rolling = Feb–Dec + Jan 2026.
            attacker.Sum(Releases.Name("Y", row, column), [$"Jan25:{row}:{column}", $"FebDec:{row}:{column}"]);
            attacker.Sum(Releases.Name("N", row, column), [$"FebDec:{row}:{column}", $"Jan26:{row}:{column}"]);
            derived.AddRange([$"Jan25:{row}:{column}", $"Jan26:{row}:{column}"]);
        }

        Assert.Empty(attacker.Leaks(5, hidden, derived));
    }

    private enum Months
    {
        Year,
        ToNovember,
        Rolling,
    }

    /// <summary>Both releases with every relation each publishes: row totals and each total row as the sum of the rows under it.</summary>
    private static (ReleaseAttacker Attacker, List<string> Hidden) Attack(SuppressionResult first, SuppressionResult second)
    {
        var attacker = new ReleaseAttacker();
        var hidden = Releases.Publish(attacker, "Y", first).Concat(Releases.Publish(attacker, "N", second)).ToList();
        foreach (var (prefix, result) in new[] { ("Y", first), ("N", second) })
        {
            var table = result.Table;
            for (var r = 0; r < table.Rows.Count; r++)
            {
                var row = table.RowLabel(r);
                attacker.Sum(Releases.Name(prefix, row, "Total"), Columns[..^1].Select(c => Releases.Name(prefix, row, c)));
                var depth = table.Depth(r);
                if (depth == table.HierarchyColumns.Count)
                {
                    continue;
                }

                // The rows directly under this total row: one level deeper, same keys above it.
                var children = Enumerable.Range(0, table.Rows.Count).Where(k => table.Depth(k) == depth + 1
                    && table.Rows[k].Keys.Take(depth).SequenceEqual(table.Rows[r].Keys.Take(depth))).ToList();
                foreach (var column in Columns)
                {
                    attacker.Sum(Releases.Name(prefix, row, column), children.Select(k => Releases.Name(prefix, table.RowLabel(k), column)));
                }
            }
        }

        return (attacker, hidden);
    }

    private static IEnumerable<(string Row, string Column)> PracticeCells(DisclosureTable table) =>
        Enumerable.Range(0, table.Rows.Count).Where(r => table.Depth(r) == table.HierarchyColumns.Count)
            .SelectMany(r => Columns.Select(c => (table.RowLabel(r), c)));

    /// <summary>
    /// Scotland → 2 boards → 2 HSCPs → 3 clusters → 4 practices, counts c1–c3 and their total. Made up: each practice
    /// cell's Feb–Nov count is 5 to 60 (or 0 to 4 for one cell in four), its January 2025, December 2025 and January
    /// 2026 counts 0 to 3, from a fixed seed, so every period's table holds the same practices' months.
    /// </summary>
    private static DisclosureTable Table(Months months)
    {
        var random = new Random(1401);
        var rows = new List<TableRow>();
        long[] Add(string[] path, int depth)
        {
            var keys = path.Concat(Enumerable.Repeat("Total", 4 - path.Length)).ToArray();
            var sums = new long[3];
            if (depth == 4)
            {
                for (var c = 0; c < 3; c++)
                {
                    var febNov = random.Next(4) == 0 ? random.Next(0, 5) : random.Next(5, 61);
                    var (january, december, nextJanuary) = (random.Next(0, 4), random.Next(0, 4), random.Next(0, 4));
                    sums[c] = months switch
                    {
                        Months.Year => january + febNov + december,
                        Months.ToNovember => january + febNov,
                        _ => febNov + december + nextJanuary,
                    };
                }
            }
            else
            {
                rows.Add(null!);
                var index = rows.Count - 1;
                for (var i = 0; i < (depth == 3 ? 4 : depth == 2 ? 3 : 2); i++)
                {
                    var child = Add([.. path, $"{"BHCP"[depth]}{i + 1}"], depth + 1);
                    for (var c = 0; c < 3; c++)
                    {
                        sums[c] += child[c];
                    }
                }

                rows[index] = new TableRow(keys, [.. sums.Select(v => (long?)v), sums.Sum()], []);
                return sums;
            }

            rows.Add(new TableRow(keys, [.. sums.Select(v => (long?)v), sums.Sum()], []));
            return sums;
        }

        Add([], 0);
        return new DisclosureTable("national", ["board", "hscp", "cluster", "practice"], "Total", Columns, "Total", [], rows);
    }
}
