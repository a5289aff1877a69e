using AnalysisKit.Disclosure;

namespace AnalysisKit.Tests.Disclosure;

public sealed class DisclosureTableTests
{
    [Fact]
    public void Constructor_TotalsThatDoNotAddUp_AreRefusedSayingWhere()
    {
        var e = Assert.Throws<ArgumentException>(() => new DisclosureTable("t.csv", ["cluster", "practice"], "Total", ["a"], null, [],
            [new TableRow(["C1", "Total"], [10], []), new TableRow(["C1", "P1"], [4], []), new TableRow(["C1", "P2"], [5], [])]));

        Assert.Equal("The totals do not add up at table 't.csv', data row 1 ('C1 / Total'), column 'a': the practice rows under " +
                     "'C1 / Total' add up to it in column 'a', but the total is 10 and the parts sum to 9 (missing parts read as 0). Fix the input or do not name it as a total.", e.Message);
    }

    [Fact]
    public void Constructor_KeyBelowATotal_IsRefused()
    {
        var e = Assert.Throws<ArgumentException>(() => new DisclosureTable("t.csv", ["cluster", "practice"], "Total", ["a"], null, [],
            [new TableRow(["Total", "P1"], [10], [])]));

        Assert.Equal("Table 't.csv', data row 1: column 'practice' is 'P1' below a total ('Total' in 'cluster'); every key below a total must also be a total label or blank.", e.Message);
    }

    [Fact]
    public void Constructor_NegativeCount_IsRefused()
    {
        var e = Assert.Throws<ArgumentException>(() => new DisclosureTable("t.csv", ["practice"], "Total", ["a"], null, [], [new TableRow(["P1"], [-1], [])]));

        Assert.Equal("Table 't.csv', data row 1 ('P1'), column 'a': count -1 is negative; counts must be ≥ 0 (leave the cell empty if it is missing).", e.Message);
    }

    [Fact]
    public void Constructor_DuplicateRows_AreRefused()
    {
        var e = Assert.Throws<ArgumentException>(() => new DisclosureTable("t.csv", ["practice"], "Total", ["a"], null, [],
            [new TableRow(["P1"], [1], []), new TableRow(["P1"], [2], [])]));

        Assert.Equal("Table 't.csv': data rows 1 and 2 have the same keys ('P1'); each row must be unique.", e.Message);
    }

    [Fact]
    public void Constructor_SkippedLevel_TotalRowAddsUpOverTheNearestRowsBelow()
    {
        // A Scotland row over practices with no cluster rows: 3 + 4 = 7 is accepted, 8 would not be.
        _ = new DisclosureTable("t.csv", ["cluster", "practice"], "Total", ["a"], null, [],
            [new TableRow(["Total", "Total"], [7], []), new TableRow(["C1", "P1"], [3], []), new TableRow(["C2", "P2"], [4], [])]);
        Assert.Throws<ArgumentException>(() => new DisclosureTable("t.csv", ["cluster", "practice"], "Total", ["a"], null, [],
            [new TableRow(["Total", "Total"], [8], []), new TableRow(["C1", "P1"], [3], []), new TableRow(["C2", "P2"], [4], [])]));
    }
}
