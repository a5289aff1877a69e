using AnalysisKit.Geography;
using Microsoft.Data.Analysis;

namespace AnalysisKit.Tests.Geography;

/// <summary>HierarchyFrames joins the dated lookup and sums by area: checked against hand sums on a four-practice lookup.</summary>
public sealed class HierarchyFramesTests
{
    private static readonly DateOnly Date = new(2024, 4, 1);

    // Board B1: HSCP H1 (cluster C1: P1, P2), HSCP H2 (cluster C2: P3); P4 is in H2 with no cluster; P5 left in 2023.
    private static PracticeHierarchy Hierarchy()
    {
        PracticeMembership Row(string code, string cluster, string hscp, DateOnly? to = null) =>
            new(code, code, cluster, cluster, hscp, "B1", null, PracticeStatus.Open, new DateOnly(2020, 1, 1), to, "", "lookup.csv", 0);
        return new PracticeLookup(
            [Row("P1", "C1", "H1"), Row("P2", "C1", "H1"), Row("P3", "C2", "H2"), Row("P4", "", "H2"), Row("P5", "C2", "H2", new DateOnly(2023, 3, 31))],
            []).AsAt(Date);
    }

    private static DataFrame Items() => new(
        new StringDataFrameColumn("Practice", ["P1", "P2", "P3", "P1", "P4", "P5", "P3"]),
        new Int64DataFrameColumn("Items", [10L, 20, 40, 5, 80, 160, 1]));

    [Fact]
    public void WithAreas_AddsClusterHscpAndBoard_ShowingPracticesItCannotPlace()
    {
        var frame = Items().WithAreas(Hierarchy(), "Practice");

        Assert.Equal(["C1", "C1", "C2", "C1", HierarchyFrames.NoArea, HierarchyFrames.NotInLookup, "C2"], frame.Columns["ClusterCode"].Cast<string>());
        Assert.Equal(["H1", "H1", "H2", "H1", "H2", HierarchyFrames.NotInLookup, "H2"], frame.Columns["HscpCode"].Cast<string>());
        Assert.Equal(["B1", "B1", "B1", "B1", "B1", HierarchyFrames.NotInLookup, "B1"], frame.Columns["BoardCode"].Cast<string>());
        Assert.Equal(7, frame.Rows.Count);
    }

    [Theory]
    // By hand: C1 = 10 + 20 + 5 = 35, C2 = 40 + 1 = 41, P4 without a cluster 80, P5 (closed) 160.
    [InlineData(GeographyLevel.Cluster, new[] { HierarchyFrames.NoArea, HierarchyFrames.NotInLookup, "C1", "C2" }, new[] { 80L, 160, 35, 41 })]
    // H1 = 35, H2 = 40 + 80 + 1 = 121.
    [InlineData(GeographyLevel.Hscp, new[] { HierarchyFrames.NotInLookup, "H1", "H2" }, new[] { 160L, 35, 121 })]
    // B1 = 35 + 121 = 156.
    [InlineData(GeographyLevel.Board, new[] { HierarchyFrames.NotInLookup, "B1" }, new[] { 160L, 156 })]
    public void SumByArea_AddsUpEachAreasPractices(GeographyLevel level, string[] areas, long[] items)
    {
        var sums = Items().SumByArea(Hierarchy(), "Practice", level, ["Items"]);

        Assert.Equal(areas, sums.Columns[0].Cast<string>());
        Assert.Equal(items, sums.Columns["Items"].Cast<long?>().Select(v => v!.Value));
    }

    [Fact]
    public void AnUnknownPracticeColumn_IsNamedWithTheColumnsPresent()
    {
        var e = Assert.Throws<ArgumentException>(() => Items().WithAreas(Hierarchy(), "PracticeCode"));

        Assert.StartsWith("The frame has no column 'PracticeCode'; its columns are: Practice, Items.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SumByPractice_IsRefused()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Items().SumByArea(Hierarchy(), "Practice", GeographyLevel.Practice, ["Items"]));

        Assert.StartsWith("Summing by area needs Cluster, Hscp or Board; got Practice.", e.Message, StringComparison.Ordinal);
    }
}
