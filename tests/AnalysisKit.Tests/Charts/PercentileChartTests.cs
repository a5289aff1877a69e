using AnalysisKit.Charts;

namespace AnalysisKit.Tests.Charts;

public class PercentileChartTests
{
    [Fact]
    public void Create_NineDecileLinesThenTheUnitLine()
    {
        var traces = ChartJson.Traces(PercentileChart.Create(ChartSamples.Percentile()));

        Assert.Equal(10, traces.Count);
        Assert.Equal([5.0, 5.0, 5.0], ChartJson.Numbers(traces[4]!["y"]));
        Assert.Equal("Median (50th percentile)", (string?)traces[4]!["name"]);
        Assert.Equal(("#0078D4", 2.0, "dash"), ((string)traces[4]!["line"]!["color"]!, (double)traces[4]!["line"]!["width"]!, (string)traces[4]!["line"]!["dash"]!));
        Assert.Equal(("#80BCEA", 1.0), ((string)traces[0]!["line"]!["color"]!, (double)traces[0]!["line"]!["width"]!));
        Assert.Equal([true, false, false, false, true, false, false, false, false],
            traces.Take(9).Select(t => (bool)t!["showlegend"]!).ToArray());
        var unit = traces[9]!;
        Assert.Equal("Practice A", (string?)unit["name"]);
        Assert.Equal(("#9B4393", "solid", "lines+markers"), ((string)unit["line"]!["color"]!, (string)unit["line"]!["dash"]!, (string)unit["mode"]!));
    }

    [Theory]
    [InlineData(0.5, "below the 10th percentile")]
    [InlineData(5.0, "at the 50th percentile")]
    [InlineData(7.5, "between the 70th and 80th percentiles")]
    [InlineData(1.5, "between the 10th and 20th percentiles")]
    [InlineData(9.5, "above the 90th percentile")]
    public void Position_SaysWhereAValueLiesAmongDeciles(double value, string expected) =>
        Assert.Equal(expected, PercentileChart.Position(value, [1, 2, 3, 4, 5, 6, 7, 8, 9]));

    [Fact]
    public void Create_AltText_PlacesTheLatestValue()
    {
        var chart = PercentileChart.Create(ChartSamples.Percentile());

        Assert.Equal(
            "Percentile chart of Items per 1,000 patients for Practice A against the deciles across 950 practices, Jan 2024 to " +
            "Mar 2024. In Mar 2024 Practice A was 7.5, between the 70th and 80th percentiles (median 5.0).",
            chart.AltText);
    }

    [Fact]
    public void Create_UnitHover_SaysPosition()
    {
        var chart = PercentileChart.Create(ChartSamples.Percentile());

        Assert.Equal("Practice A, Jan 2024<br>Items per 1,000 patients: 0.5<br>below the 10th percentile",
            ChartJson.Strings(ChartJson.Trace(chart, "Practice A")["hovertext"])[0]);
    }

    [Fact]
    public void Create_EightDeciles_SaysNineAreNeeded()
    {
        var data = ChartSamples.Percentile() with { Periods = [new PercentilePeriod(new DateOnly(2024, 1, 1), [1, 2, 3, 4, 5, 6, 7, 8])], UnitPoints = [] };

        var error = Assert.Throws<ChartDataException>(() => PercentileChart.Create(data));

        Assert.StartsWith("Chart 'practice-deciles', 2024-01-01: give the 9 deciles (10th to 90th percentiles) in order; got 8 values.",
            error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_DecilesDecrease_SaysTheyMustNot()
    {
        var data = ChartSamples.Percentile() with { Periods = [new PercentilePeriod(new DateOnly(2024, 1, 1), [1, 2, 3, 4, 5, 6, 7, 9, 8])], UnitPoints = [] };

        var error = Assert.Throws<ChartDataException>(() => PercentileChart.Create(data));

        Assert.StartsWith("Chart 'practice-deciles', 2024-01-01: the deciles must not decrease from the 10th to the 90th percentile.",
            error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_UnitValueInAPeriodWithoutDeciles_SaysWhichPeriod()
    {
        var data = ChartSamples.Percentile() with { UnitPoints = [new PercentileUnitPoint(new DateOnly(2024, 4, 1), 3.0)] };

        var error = Assert.Throws<ChartDataException>(() => PercentileChart.Create(data));

        Assert.StartsWith("Chart 'practice-deciles': Practice A has a value for 2024-04-01, but there are no deciles for that period; " +
                          "give deciles for every period the unit has.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_NoUnits_SaysAtLeastOne()
    {
        var data = ChartSamples.Percentile() with { UnitCount = 0 };

        var error = Assert.Throws<ChartDataException>(() => PercentileChart.Create(data));

        Assert.StartsWith("Chart 'practice-deciles': the number of units the deciles are taken across must be 1 or more; got 0.",
            error.Message, StringComparison.Ordinal);
    }
}
