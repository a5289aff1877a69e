using AnalysisKit.Charts;

namespace AnalysisKit.Tests.Charts;

public class ChartFormatTests
{
    // Expected strings worked by hand: half away from zero on the value as written (Excel ROUND convention).
    [Theory]
    [InlineData(20.25, 1, "20.3")]
    [InlineData(2.675, 2, "2.68")]
    [InlineData(-0.125, 2, "-0.13")]
    [InlineData(12.0, 1, "12.0")]
    [InlineData(1234.5, 0, "1235")]
    public void Number_RoundsHalfAwayFromZeroOnTheWrittenValue(double value, int decimals, string expected) =>
        Assert.Equal(expected, ChartFormat.Number(value, decimals));

    [Theory]
    [InlineData(0.95, "95%")]
    [InlineData(0.998, "99.8%")]
    [InlineData(0.99, "99%")]
    public void Level_WritesConfidenceAsPercent(double confidence, string expected) =>
        Assert.Equal(expected, ChartFormat.Level(confidence));

    [Fact]
    public void Count_ThousandsSeparatedByCommas() => Assert.Equal("12,345", ChartFormat.Count(12345));

    [Fact]
    public void List_ManyLabels_EndsWithHowManyOthers() =>
        Assert.Equal("A, B, C, D, E and 2 others", ChartFormat.List(["A", "B", "C", "D", "E", "F", "G"]));

    [Fact]
    public void List_ManyLabelsWithANoun_SaysOtherWhat() =>
        Assert.Equal("A, B, C, D, E and 2 other practices", ChartFormat.List(["A", "B", "C", "D", "E", "F", "G"], others: "practices"));

    [Fact]
    public void List_OnePastTheLimit_ListsThemAll() =>
        Assert.Equal("A, B, C, D, E and F", ChartFormat.List(["A", "B", "C", "D", "E", "F"], others: "practices"));

    [Fact]
    public void List_TwoLabels_JoinedByAnd() => Assert.Equal("A and B", ChartFormat.List(["A", "B"]));

    [Fact]
    public void ChartCount_Negative_SaysCountsAreNotNegative()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ChartCount.Of(-1));
        Assert.StartsWith("A count shown on a chart must be 0 or more; got -1.", error.Message, StringComparison.Ordinal);
    }
}
