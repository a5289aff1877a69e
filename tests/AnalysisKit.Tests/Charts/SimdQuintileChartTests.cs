using AnalysisKit.Charts;

namespace AnalysisKit.Tests.Charts;

public class SimdQuintileChartTests
{
    [Fact]
    public void Create_BarsInQuintileOrder_MostDeprivedFirstAndNamed()
    {
        var bar = ChartJson.Traces(SimdQuintileChart.Create(ChartSamples.Simd(), new RecordingDisclosureCheck()))[0]!;

        Assert.Equal(["1 (most deprived)", "2", "3", "4", "5 (least deprived)"], ChartJson.Strings(bar["x"]));
        Assert.Equal([45.25, 38.0, 30.1, 25.0, 21.5], ChartJson.Numbers(bar["y"]));
        Assert.Equal(["45.3", "38.0", "30.1", "25.0", "21.5"], ChartJson.Strings(bar["text"]));
        // Quintile 1: 45.25 with CI 41.0 to 49.75 → 4.25 below and 4.5 above.
        Assert.Equal(4.25, (double)bar["error_y"]!["arrayminus"]![0]!, 12);
        Assert.Equal(4.5, (double)bar["error_y"]!["array"]![0]!, 12);
    }

    [Fact]
    public void Create_Numerators_CheckedAndSuppressedShownAsMarker()
    {
        var check = new RecordingDisclosureCheck();

        var chart = SimdQuintileChart.Create(ChartSamples.Simd(), check);

        Assert.Equal([452L, 301L, 250L, 215L], check.Calls.Select(c => c.Count).ToArray());
        Assert.Equal("SIMD quintile 2<br>Rate per 1,000: 38.0<br>95% CI: 34.5 to 41.5<br>Numerator: *",
            ChartJson.Strings(ChartJson.Traces(chart)[0]!["hovertext"])[1]);
    }

    [Fact]
    public void Create_AltText_GivesEveryQuintile()
    {
        var chart = SimdQuintileChart.Create(ChartSamples.Simd(), new RecordingDisclosureCheck());

        Assert.Equal(
            "Bar chart of Rate per 1,000 for Cluster X by SIMD quintile: 1 (most deprived) 45.3, 2 38.0, 3 30.1, 4 25.0 and " +
            "5 (least deprived) 21.5. Error bars show 95% confidence intervals.",
            chart.AltText);
    }

    [Fact]
    public void Create_QuintileSix_SaysTheRange()
    {
        var data = ChartSamples.Simd() with { Bars = [new SimdQuintileBar(6, 1.0)] };

        var error = Assert.Throws<ChartDataException>(() => SimdQuintileChart.Create(data, new RecordingDisclosureCheck()));

        Assert.StartsWith("Chart 'cluster-simd': SIMD quintile must be 1 (most deprived) to 5 (least deprived); got 6.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_QuintileTwice_SaysWhich()
    {
        var data = ChartSamples.Simd() with { Bars = [new SimdQuintileBar(2, 1.0), new SimdQuintileBar(2, 3.0)] };

        var error = Assert.Throws<ChartDataException>(() => SimdQuintileChart.Create(data, new RecordingDisclosureCheck()));

        Assert.StartsWith("Chart 'cluster-simd': SIMD quintile 2 appears twice.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_OnlyOneConfidenceLimit_SaysGiveBothOrNeither()
    {
        var data = ChartSamples.Simd() with { Bars = [new SimdQuintileBar(1, 10.0, Lower: 8.0)] };

        var error = Assert.Throws<ChartDataException>(() => SimdQuintileChart.Create(data, new RecordingDisclosureCheck()));

        Assert.StartsWith("Chart 'cluster-simd', SIMD quintile 1 (most deprived): give both confidence limits or neither; only one was given.",
            error.Message, StringComparison.Ordinal);
    }
}
