using AnalysisKit.Disclosure;
using AnalysisKit.Geography;
using AnalysisKit.Tests.Disclosure.Attack;

namespace AnalysisKit.Tests.Disclosure;

public sealed class PracticeHierarchyTableTests
{
    // Board B1: HSCP H1 (cluster C1: P1 = 3, P2 = 20; cluster C2: P3 = 12), HSCP H2 (cluster C3: P4 = 2).
    private static readonly Dictionary<string, string[]> Memberships = new()
    {
        ["P1"] = ["B1", "H1", "C1"], ["P2"] = ["B1", "H1", "C1"], ["P3"] = ["B1", "H1", "C2"], ["P4"] = ["B1", "H2", "C3"],
    };

    private static readonly (string, IReadOnlyList<long?>)[] Practices =
        [("P2", [20]), ("P4", [2]), ("P1", [3]), ("P3", [12])];

    [Fact]
    public void Create_AddsATotalRowForEveryAreaBeforeTheRowsItAddsUp()
    {
        var table = PracticeHierarchyTable.Create("t", ["a"], Practices, new Lookup(), addTotalColumn: true);

        Assert.Equal(
            ["Total / Total / Total / Total", "B1 / Total / Total / Total", "B1 / H1 / Total / Total", "B1 / H1 / C1 / Total",
             "B1 / H1 / C1 / P1", "B1 / H1 / C1 / P2", "B1 / H1 / C2 / Total", "B1 / H1 / C2 / P3", "B1 / H2 / Total / Total",
             "B1 / H2 / C3 / Total", "B1 / H2 / C3 / P4"],
            Enumerable.Range(0, table.Rows.Count).Select(table.RowLabel));
        // Sums by hand: Scotland = board = 3 + 20 + 12 + 2 = 37; H1 = 35; C1 = 23; C2 = 12; H2 = C3 = 2.
        Assert.Equal([37L, 37, 35, 23, 3, 20, 12, 12, 2, 2, 2], table.Rows.Select(r => r.Counts[0]!.Value));
        Assert.All(table.Rows, r => Assert.Equal(r.Counts[0], r.Counts[1]));
    }

    [Fact]
    public void Create_Suppressed_AttackerCannotNarrowAnyCell()
    {
        var table = PracticeHierarchyTable.Create("t", ["a"], Practices, new Lookup(), addTotalColumn: true);
        var result = Suppressor.Apply(table, SuppressionPolicy.PhsPracticeUnder5);

        // Relations written from the membership above, by row index: Scotland(0) = B1(1); B1 = H1(2) + H2(8);
        // H1 = C1(3) + C2(6); C1 = P1(4) + P2(5); C2 = P3(7); H2 = C3(9); C3 = P4(10); each row's Total = a.
        var view = ComplementarySuppressionTests.View(result, v =>
        {
            v.AddRowTotals(1);
            foreach (var (total, members) in new (int, int[])[] { (0, [1]), (1, [2, 8]), (2, [3, 6]), (3, [4, 5]), (6, [7]), (8, [9]), (9, [10]) })
            {
                v.AddColumnTotals(total, members);
            }
        });

        Assert.Empty(TableAttacker.Leaks(view, 5));
        Assert.Equal(CellState.Suppressed, result.State(4, 0)); // P1 = 3
        Assert.Equal(CellState.Suppressed, result.State(10, 0)); // P4 = 2
    }

    [Fact]
    public void Create_PracticeNotInLookup_IsRefusedWithTheDate()
    {
        var e = Assert.Throws<ArgumentException>(() => PracticeHierarchyTable.Create("t", ["a"], [("P9", [1])], new Lookup(), addTotalColumn: false));

        Assert.StartsWith("Table 't': practice 'P9' is not in the geography lookup effective 2026-04-01; check the code or use a lookup for the right date.", e.Message);
    }

    [Fact]
    public void Create_OverBoardHscpAndPractice_AddsUpWithoutClusters()
    {
        var table = PracticeHierarchyTable.Create("t", ["a"], Practices, new Lookup(clusters: false), addTotalColumn: false,
            [GeographyLevel.Board, GeographyLevel.Hscp, GeographyLevel.Practice]);

        Assert.Equal(["board", "hscp", "practice"], table.HierarchyColumns);
        Assert.Equal(
            ["Total / Total / Total", "B1 / Total / Total", "B1 / H1 / Total", "B1 / H1 / P1", "B1 / H1 / P2", "B1 / H1 / P3",
             "B1 / H2 / Total", "B1 / H2 / P4"],
            Enumerable.Range(0, table.Rows.Count).Select(table.RowLabel));
        // By hand: Scotland = B1 = 3 + 20 + 12 + 2 = 37; H1 = 3 + 20 + 12 = 35; H2 = 2.
        Assert.Equal([37L, 37, 35, 3, 20, 12, 2, 2], table.Rows.Select(r => r.Counts[0]!.Value));
    }

    [Fact]
    public void Create_OverBoardHscpAndPractice_Suppressed_AttackerCannotNarrowAnyCell()
    {
        var table = PracticeHierarchyTable.Create("t", ["a"], Practices, new Lookup(clusters: false), addTotalColumn: false,
            [GeographyLevel.Board, GeographyLevel.Hscp, GeographyLevel.Practice]);
        var result = Suppressor.Apply(table, SuppressionPolicy.PhsPracticeUnder5);

        // By row index: Scotland(0) = B1(1); B1 = H1(2) + H2(6); H1 = P1(3) + P2(4) + P3(5); H2 = P4(7).
        var view = ComplementarySuppressionTests.View(result, v =>
        {
            foreach (var (total, members) in new (int, int[])[] { (0, [1]), (1, [2, 6]), (2, [3, 4, 5]), (6, [7]) })
            {
                v.AddColumnTotals(total, members);
            }
        });

        Assert.Empty(TableAttacker.Leaks(view, 5));
        Assert.Equal(CellState.Suppressed, result.State(3, 0)); // P1 = 3
        Assert.Equal(CellState.Suppressed, result.State(7, 0)); // P4 = 2
    }

    [Fact]
    public void Create_WithAMissingPracticeCount_LeavesEveryTotalOverItMissing()
    {
        // P1's second count is missing (ISD's "-"): its row total, C1, H1, B1 and Scotland are unknown in that column,
        // not the sum of the others (an undercount published as the total). By hand, column a: C1 = 3 + 20 = 23.
        (string, IReadOnlyList<long?>)[] practices = [("P1", [3, null]), ("P2", [20, 7]), ("P3", [12, 6]), ("P4", [2, 9])];

        var table = PracticeHierarchyTable.Create("t", ["a", "b"], practices, new Lookup(), addTotalColumn: true);

        long?[][] expected =
        [
            [37, null, null], [37, null, null], [35, null, null], [23, null, null], [3, null, null], [20, 7, 27],
            [12, 6, 18], [12, 6, 18], [2, 9, 11], [2, 9, 11], [2, 9, 11],
        ];
        Assert.Equal(
            ["Total / Total / Total / Total", "B1 / Total / Total / Total", "B1 / H1 / Total / Total", "B1 / H1 / C1 / Total", "B1 / H1 / C1 / P1",
             "B1 / H1 / C1 / P2", "B1 / H1 / C2 / Total", "B1 / H1 / C2 / P3", "B1 / H2 / Total / Total", "B1 / H2 / C3 / Total", "B1 / H2 / C3 / P4"],
            Enumerable.Range(0, table.Rows.Count).Select(table.RowLabel));
        Assert.Equal(expected, table.Rows.Select(r => r.Counts.ToArray()));
    }

    [Fact]
    public void Create_WithAClusterLevelTheLookupLacks_SaysToLeaveItOut()
    {
        var e = Assert.Throws<ArgumentException>(() => PracticeHierarchyTable.Create("t", ["a"], Practices, new Lookup(clusters: false), addTotalColumn: false));

        Assert.StartsWith("Table 't': practice 'P2' has no cluster in the geography lookup effective 2026-04-01; if the lookup has no cluster level " +
                          "(ISD's QOF lookups have none for clusters), leave it out of the levels, e.g. [Board, Hscp, Practice].", e.Message);
    }

    [Theory]
    [InlineData(new[] { GeographyLevel.Hscp, GeographyLevel.Board, GeographyLevel.Practice })]
    [InlineData(new[] { GeographyLevel.Board, GeographyLevel.Hscp })]
    [InlineData(new[] { GeographyLevel.Scotland, GeographyLevel.Practice })]
    [InlineData(new GeographyLevel[0])]
    public void Create_WithLevelsThatAreNotAHierarchy_IsRefused(GeographyLevel[] levels)
    {
        var e = Assert.Throws<ArgumentException>(() => PracticeHierarchyTable.Create("t", ["a"], Practices, new Lookup(), addTotalColumn: false, levels));

        Assert.StartsWith($"Table 't': levels [{string.Join(", ", levels)}] are not a hierarchy; give some of Board, Hscp, Cluster, Practice, " +
                          "top level first, ending with Practice.", e.Message);
    }

    private sealed class Lookup(bool clusters = true) : IGeographyLookup
    {
        public DateOnly EffectiveDate { get; } = new(2026, 4, 1);

        public string? AreaCode(string practiceCode, GeographyLevel level) =>
            !Memberships.TryGetValue(practiceCode, out var m) ? null
            : level switch
            {
                GeographyLevel.Practice => practiceCode,
                GeographyLevel.Cluster => clusters ? m[2] : null,
                GeographyLevel.Hscp => m[1],
                GeographyLevel.Board => m[0],
                _ => "S92000003",
            };

        public bool IsComparable(string practiceCode) => true;
    }
}
