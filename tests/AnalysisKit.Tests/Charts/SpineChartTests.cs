using AnalysisKit.Charts;

namespace AnalysisKit.Tests.Charts;

public class SpineChartTests
{
    [Fact]
    public void Scale_LowerIsBetter_PutsTheBetterEndOnTheRight()
    {
        // Emergency admissions: Scotland 100, range 70–140, unit 120. Half-width = max(|70−100|, |140−100|, |120−100|) = 40;
        // lower is better so positions are −(v − 100)/40: 140 → −1, 70 → 0.75, 110 → −0.25, 90 → 0.25, 98 → 0.05, 120 → −0.5.
        var (low, q1, median, q3, high, unit) = SpineChart.Scale(ChartSamples.Spine().Rows[1]);

        Assert.Equal(-1.0, low, 12);
        Assert.Equal(-0.25, q1, 12);
        Assert.Equal(0.05, median, 12);
        Assert.Equal(0.25, q3, 12);
        Assert.Equal(0.75, high, 12);
        Assert.Equal(-0.5, unit, 12);
    }

    [Fact]
    public void Create_RangeBars_FloatFromTheScaledEnds()
    {
        var chart = SpineChart.Create(ChartSamples.Spine());

        var iqr = ChartJson.Trace(chart, "25th to 75th percentile");
        Assert.Equal("h", (string?)iqr["orientation"]);
        // Screening: (60−65)/15 = −1/3 to (70−65)/15 = 1/3.
        Assert.Equal(-1.0 / 3, (double)iqr["base"]![0]!, 12);
        Assert.Equal(2.0 / 3, (double)iqr["x"]![0]!, 12);
        Assert.Equal("overlay", (string?)ChartJson.Layout(chart)["barmode"]);
    }

    [Fact]
    public void Create_UnitMarkers_ColourAndShapeSayBetterOrWorse()
    {
        var chart = SpineChart.Create(ChartSamples.Spine());

        var better = ChartJson.Trace(chart, "Significantly better than Scotland");
        Assert.Equal(["Screening uptake (%)"], ChartJson.Strings(better["y"]));
        Assert.Equal(["70.0"], ChartJson.Strings(better["text"]));
        Assert.Equal("#0078D4", (string?)better["marker"]!["color"]);
        Assert.Equal("triangle-up", (string?)better["marker"]!["symbol"]);
        var worse = ChartJson.Trace(chart, "Significantly worse than Scotland");
        Assert.Equal("#C73918", (string?)worse["marker"]!["color"]);
        Assert.Equal("triangle-down", (string?)worse["marker"]!["symbol"]);
        Assert.Equal([-0.5], ChartJson.Numbers(worse["x"]));
    }

    [Fact]
    public void Create_AltText_ListsIndicatorsByFinding()
    {
        var chart = SpineChart.Create(ChartSamples.Spine());

        Assert.Equal(
            "Spine chart of Cluster X on 3 indicators against Scotland and the range across clusters. Significantly better for 1 " +
            "(Screening uptake (%)); significantly worse for 1 (Emergency admissions per 1,000); not significantly different " +
            "for 1 (Diabetes prevalence (%)).",
            chart.AltText);
    }

    [Fact]
    public void Create_QuartilesOutOfOrder_SaysTheRequiredOrder()
    {
        var data = ChartSamples.Spine();
        data = data with { Rows = [data.Rows[0] with { LowerQuartile = 72 }] };

        var error = Assert.Throws<ChartDataException>(() => SpineChart.Create(data));

        Assert.StartsWith("Chart 'cluster-spine', Screening uptake (%): the range must satisfy minimum ≤ 25th percentile ≤ median ≤ " +
                          "75th percentile ≤ maximum.", error.Message, StringComparison.Ordinal);
    }
}
