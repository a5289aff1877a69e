using AnalysisKit.Indicators;
using AnalysisKit.Charts;

namespace AnalysisKit.Tests.Charts;

public class RankedBarChartTests
{
    [Fact]
    public void Create_RanksHighestFirst_TiesByLabel()
    {
        var yaxis = ChartJson.Layout(RankedBarChart.Create(ChartSamples.Ranked(), NoDisclosureCheck.Instance))["yaxis"]!;

        Assert.Equal(["Cluster B", "Cluster D", "Cluster A", "Cluster E", "Cluster C"], ChartJson.Strings(yaxis["categoryarray"]));
        Assert.Equal("reversed", (string?)yaxis["autorange"]);
    }

    [Fact]
    public void Create_ConfidenceIntervals_AreAsymmetricHorizontalErrorBars()
    {
        var chart = RankedBarChart.Create(ChartSamples.Ranked(), NoDisclosureCheck.Instance);

        var lower = ChartJson.Trace(chart, "Significantly lower than Scotland");
        var error = lower["error_x"]!;
        Assert.Equal("data", (string?)error["type"]);
        Assert.False((bool)error["symmetric"]!);
        // Cluster C: 3.4 with CI 2.0 to 5.1 → 1.4 below, 1.7 above.
        Assert.Equal(1.4, (double)error["arrayminus"]![0]!, 12);
        Assert.Equal(1.7, (double)error["array"]![0]!, 12);
        Assert.Equal("triangle-down", (string?)lower["marker"]!["symbol"]);
        Assert.Equal("#0078D4", (string?)lower["marker"]!["color"]);
        Assert.Equal("triangle-up", (string?)ChartJson.Trace(chart, "Significantly higher than Scotland")["marker"]!["symbol"]);
    }

    [Fact]
    public void Create_ComparatorsDrawnAsLabelledVerticalLines()
    {
        var layout = ChartJson.Layout(RankedBarChart.Create(ChartSamples.Ranked(), NoDisclosureCheck.Instance));

        var shapes = layout["shapes"]!.AsArray();
        Assert.Equal([11.5, 12.25], shapes.Select(s => (double)s!["x0"]!).ToArray());
        Assert.Equal(["solid", "dash"], shapes.Select(s => (string)s!["line"]!["dash"]!).ToArray());
        Assert.Equal(["Scotland 11.5", "NHS Lothian 12.3"], layout["annotations"]!.AsArray().Select(a => (string)a!["text"]!).ToArray());
    }

    [Fact]
    public void Create_HighlightedUnit_RingedAndNamedInLegend()
    {
        var ring = ChartJson.Trace(RankedBarChart.Create(ChartSamples.Ranked(), NoDisclosureCheck.Instance), "Cluster D");

        Assert.Equal(["Cluster D"], ChartJson.Strings(ring["y"]));
        Assert.Equal("#9B4393", (string?)ring["marker"]!["color"]);
        Assert.Equal("circle-open", (string?)ring["marker"]!["symbol"]);
    }

    [Fact]
    public void Create_AltText_GivesRangeSignificanceAndHighlightedRank()
    {
        var chart = RankedBarChart.Create(ChartSamples.Ranked(), NoDisclosureCheck.Instance);

        Assert.Equal(
            "Ranked chart of 5 clusters by Rate per 1,000 with 95% confidence intervals, from 20.1 (Cluster B) to 3.4 (Cluster C). " +
            "Compared with Scotland (11.5): 2 significantly higher (Cluster B and Cluster D), 1 significantly lower (Cluster C) " +
            "and 2 not significantly different. Cluster D ranks 2 of 5 at 15.5.",
            chart.AltText);
    }

    [Fact]
    public void Create_ValueOutsideItsInterval_SaysTheOrder()
    {
        var data = ChartSamples.Ranked() with { Bars = [new RankedBar("Cluster Q", ChartCount.Of(100), 9.0, 10.0, 14.0, Significance.NotDifferent)] };

        var error = Assert.Throws<ChartDataException>(() => RankedBarChart.Create(data, NoDisclosureCheck.Instance));

        Assert.StartsWith("Chart 'cluster-ranking', Cluster Q: the interval must satisfy lower ≤ value ≤ upper; got lower 10, value 9, upper 14.",
            error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_ConfidenceGivenAsPercent_SaysUseAFraction()
    {
        var data = ChartSamples.Ranked() with { Confidence = 95 };

        var error = Assert.Throws<ChartDataException>(() => RankedBarChart.Create(data, NoDisclosureCheck.Instance));

        Assert.StartsWith("Chart 'cluster-ranking': confidence must be a confidence level between 0 and 1 (e.g. 0.95, 0.998); got 95.",
            error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_EveryCount_GoesThroughTheDisclosureCheck_ASmallOneStopsTheChart()
    {
        var check = new RecordingDisclosureCheck();
        RankedBarChart.Create(ChartSamples.Ranked(), check);
        Assert.Equal(["Cluster A", "Cluster B", "Cluster C", "Cluster D", "Cluster E"], check.Calls.Select(c => c.Item).Order(StringComparer.Ordinal));

        var small = ChartSamples.Ranked() with { Bars = [.. ChartSamples.Ranked().Bars.Select(b => b.Label == "Cluster C" ? b with { Count = ChartCount.Of(3) } : b)] };
        Assert.Throws<InvalidOperationException>(() => RankedBarChart.Create(small, new RecordingDisclosureCheck()));
    }

    [Fact]
    public void Create_SuppressedUnit_NotDrawnAnywhereAndCountedInTheAltText()
    {
        // Cluster C's value 3.4 with interval 2.0–5.1 would give its count back; suppressed, none of them may appear.
        var data = ChartSamples.Ranked() with
        {
            Bars = [.. ChartSamples.Ranked().Bars.Select(b => b.Label == "Cluster C" ? b with { Count = ChartCount.Suppressed } : b)],
        };

        var chart = RankedBarChart.Create(data, new RecordingDisclosureCheck());

        var json = ChartRenderer.ToPlotlyJson(chart);
        Assert.DoesNotContain("Cluster C", json, StringComparison.Ordinal);
        Assert.DoesNotContain("3.4", json, StringComparison.Ordinal);
        Assert.DoesNotContain("5.1", json, StringComparison.Ordinal);
        Assert.EndsWith("1 of the 5 clusters not shown: its count is suppressed by disclosure control.", chart.AltText, StringComparison.Ordinal);
        Assert.StartsWith("Ranked chart of 4 clusters", chart.AltText, StringComparison.Ordinal);
    }
}
