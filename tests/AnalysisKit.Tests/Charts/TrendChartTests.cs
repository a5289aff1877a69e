using AnalysisKit.Charts;

namespace AnalysisKit.Tests.Charts;

public class TrendChartTests
{
    [Fact]
    public void Create_EachSeries_HasARibbonFilledBetweenItsLimitsThenItsLine()
    {
        var traces = ChartJson.Traces(TrendChart.Create(ChartSamples.Trend(), NoDisclosureCheck.Instance));

        Assert.Equal(
            ["Cluster X 95% CI lower", "Cluster X 95% CI", "Cluster X", "Scotland 95% CI lower", "Scotland 95% CI", "Scotland"],
            traces.Select(t => (string)t!["name"]!).ToArray());
        Assert.Equal([10.5, 11.5, 13.0], ChartJson.Numbers(traces[0]!["y"]));
        Assert.Equal([13.5, 15.0, 18.2], ChartJson.Numbers(traces[1]!["y"]));
        Assert.Equal("tonexty", (string?)traces[1]!["fill"]);
        Assert.Equal("rgba(63,54,133,0.2)", (string?)traces[1]!["fillcolor"]);
        Assert.Equal(["2022-04-01", "2023-04-01", "2024-04-01"], ChartJson.Strings(traces[2]!["x"]));
    }

    [Fact]
    public void Create_SeriesDifferByDashAndMarkerNotOnlyColour()
    {
        var traces = ChartJson.Traces(TrendChart.Create(ChartSamples.Trend(), NoDisclosureCheck.Instance));

        Assert.Equal(("solid", "circle", "#3F3685"),
            ((string)traces[2]!["line"]!["dash"]!, (string)traces[2]!["marker"]!["symbol"]!, (string)traces[2]!["line"]!["color"]!));
        Assert.Equal(("dash", "square", "#9B4393"),
            ((string)traces[5]!["line"]!["dash"]!, (string)traces[5]!["marker"]!["symbol"]!, (string)traces[5]!["line"]!["color"]!));
    }

    [Fact]
    public void Create_AltText_GivesFirstAndLastValuesWithIntervals()
    {
        var chart = TrendChart.Create(ChartSamples.Trend(), NoDisclosureCheck.Instance);

        Assert.Equal(
            "Trend of Rate per 1,000 with 95% confidence intervals from Apr 2022 to Apr 2024, 2 series. Cluster X: from 12.0 " +
            "(95% CI 10.5 to 13.5) in Apr 2022 to 15.6 (95% CI 13.0 to 18.2) in Apr 2024. Scotland: from 12.5 (95% CI 12.3 to " +
            "12.7) in Apr 2022 to 13.0 (95% CI 12.8 to 13.2) in Apr 2024.",
            chart.AltText);
    }

    [Fact]
    public void Create_HoverText_InvariantNumbersAndMonth()
    {
        var chart = TrendChart.Create(ChartSamples.Trend(), NoDisclosureCheck.Instance);

        Assert.Equal("Cluster X, Apr 2023<br>Rate per 1,000: 13.3<br>95% CI: 11.5 to 15.0",
            ChartJson.Strings(ChartJson.Trace(chart, "Cluster X")["hovertext"])[1]);
    }

    [Fact]
    public void Create_SeriesWithNoPoints_SaysWhichSeries()
    {
        var data = ChartSamples.Trend() with { Series = [new TrendSeries("Cluster Y", [])] };

        var error = Assert.Throws<ChartDataException>(() => TrendChart.Create(data, NoDisclosureCheck.Instance));

        Assert.StartsWith("Chart 'cluster-trend' has no points in series 'Cluster Y'; a chart needs at least one.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_EveryCount_GoesThroughTheDisclosureCheck()
    {
        var check = new RecordingDisclosureCheck();
        TrendChart.Create(ChartSamples.Trend(), check);
        Assert.Equal(6, check.Calls.Count);
        Assert.Contains(check.Calls, c => c.Item == "Cluster X 2023-04-01" && c.Count == 330);
    }

    [Fact]
    public void Create_SuppressedPeriod_IsAGapInLineAndRibbonAndSaidInTheAltText()
    {
        var sample = ChartSamples.Trend();
        var cluster = sample.Series[0] with { Points = [.. sample.Series[0].Points.Select((p, i) => i == 1 ? p with { Count = ChartCount.Suppressed } : p)] };
        var data = sample with { Series = [cluster, sample.Series[1]] };

        var chart = TrendChart.Create(data, new RecordingDisclosureCheck());

        var traces = ChartJson.Traces(chart);
        foreach (var trace in traces.Take(3))
        {
            Assert.Null(trace!["y"]![1]); // the suppressed year: no value, no lower or upper limit
        }

        Assert.Equal("Cluster X, Apr 2023<br>suppressed by disclosure control", ChartJson.Strings(traces[2]!["hovertext"])[1]);
        Assert.DoesNotContain("13.25", ChartRenderer.ToPlotlyJson(chart), StringComparison.Ordinal);
        Assert.Contains("Cluster X: from 12.0 (95% CI 10.5 to 13.5) in Apr 2022 to 15.6 (95% CI 13.0 to 18.2) in Apr 2024. " +
            "1 period of Cluster X not shown: its count is suppressed by disclosure control.", chart.AltText, StringComparison.Ordinal);
    }
}
