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

    [Fact]
    public void AdapterAndDisclosureMessages_SayWhatAndWhere()
    {
        Assert.Equal("Chart 'cluster-funnel', Practice B, numerator: the count is suppressed in the published tables, so the chart may not show it or its value with a denominator or interval; pass it as ChartCount.Suppressed so the chart withholds it.",
            ChartMessages.CountSuppressedInTables("cluster-funnel", "Practice B", "numerator"));
        Assert.Equal("A funnel's limit grid runs from the smallest unit's x to the largest; both must be finite, the smallest above 0 and not above the largest; got 0 and 10.",
            ChartMessages.BadGridRange(0, 10));
        Assert.Equal("Chart 'f': no unit has an x value above 0 (a denominator, expected count or population), so there is nothing to plot.", ChartMessages.NoUnitToChart("f"));
        Assert.Equal("Chart 'f', P01: the numerator is shown as a count and checked by disclosure control, so it must be a whole number 0 or more; got 2.5.",
            ChartMessages.NumeratorNotWhole("f", "P01", 2.5));
        Assert.Equal("Chart 'f', 2024-01-01: the point has a value but no denominator, so its count cannot be checked by disclosure control; give the denominator or leave the value missing.",
            ChartMessages.PointWithoutDenominator("f", "2024-01-01"));
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => FunnelResultCharts.Grid(0, 10));
        Assert.StartsWith(ChartMessages.BadGridRange(0, 10), error.Message, StringComparison.Ordinal);
    }
}
