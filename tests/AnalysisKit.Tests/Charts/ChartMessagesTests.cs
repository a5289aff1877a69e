using AnalysisKit.Indicators;
using AnalysisKit.Charts;

namespace AnalysisKit.Tests.Charts;

/// <summary>Texts of the messages not already reached through a chart test.</summary>
public class ChartMessagesTests
{
    [Fact]
    public void BadHeight_SaysTheRange()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() =>
            HouseStyle.Compose("t", new ChartAxis("x"), new ChartAxis("y"), [], [], [], height: 50));

        Assert.StartsWith("height must be from 200 to 2000 pixels; got 50.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BlankLabel_SaysWhichItem()
    {
        var data = ChartSamples.Ranked() with { Bars = [new RankedBar("Cluster A", ChartCount.Of(100), 1, 0, 2, Significance.NotDifferent), new RankedBar(" ", ChartCount.Of(100), 1, 0, 2, Significance.NotDifferent)] };

        var error = Assert.Throws<ChartDataException>(() => RankedBarChart.Create(data, NoDisclosureCheck.Instance));

        Assert.StartsWith("Chart 'cluster-ranking': item 2 has a blank label; every item needs a label the reader can see.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BadDecimals_SaysTheRange()
    {
        var data = ChartSamples.Trend() with { Decimals = 7 };

        var error = Assert.Throws<ChartDataException>(() => TrendChart.Create(data, NoDisclosureCheck.Instance));

        Assert.StartsWith("Chart 'cluster-trend': decimals must be from 0 to 6; got 7.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PlotlyJsMissing_NamesTheResourceAndTheExpectedVersion() =>
        Assert.Equal("The Plotly.NET assembly has no embedded resource 'x.js'; the pinned Plotly.NET 6.0.0 ships plotly.js 2.28.0 there.",
            ChartMessages.PlotlyJsMissing("x.js"));

    [Fact]
    public void PlotlyJsNotInlinable_SaysWhy() =>
        Assert.Equal("The plotly.js in 'x.js' contains '</script' and cannot be inlined in a page safely.",
            ChartMessages.PlotlyJsNotInlinable("x.js"));

    [Fact]
    public void PlotlyJs_IsTheVersionTheRendererNames() =>
        Assert.StartsWith("/**\n* plotly.js v2.28.0", ChartRenderer.PlotlyJs, StringComparison.Ordinal);
}
