using AnalysisKit.Charts;

namespace AnalysisKit.Tests.Charts;

public class SimdQuintileChartTests
{
    [Fact]
    public void Create_BarsInQuintileOrder_MostDeprivedFirstAndNamed()
    {
        var bar = ChartJson.Traces(SimdQuintileChart.Create(ChartSamples.Simd(), new RecordingDisclosureCheck()))[0]!;

        Assert.Equal(["1 (most deprived)", "2", "3", "4", "5 (least deprived)"], ChartJson.Strings(bar["x"]));
        Assert.Equal([45.25, null, 30.1, 25.0, 21.5], ChartJson.Numbers(bar["y"]));
        Assert.Equal(["45.3", "*", "30.1", "25.0", "21.5"], ChartJson.Strings(bar["text"]));
        // Quintile 1: 45.25 with CI 41.0 to 49.75 → 4.25 below and 4.5 above.
        Assert.Equal(4.25, (double)bar["error_y"]!["arrayminus"]![0]!, 12);
        Assert.Equal(4.5, (double)bar["error_y"]!["array"]![0]!, 12);
    }

    [Fact]
    public void Create_Numerators_CheckedAndSuppressedQuintileHasNoValueOrInterval()
    {
        var check = new RecordingDisclosureCheck();

        var chart = SimdQuintileChart.Create(ChartSamples.Simd(), check);

        Assert.Equal([452L, 301L, 250L, 215L], check.Calls.Select(c => c.Count).ToArray());
        var bar = ChartJson.Traces(chart)[0]!;
        Assert.Equal("SIMD quintile 2<br>Count suppressed by disclosure control (*): not shown", ChartJson.Strings(bar["hovertext"])[1]);
        Assert.Equal(0, (double)bar["error_y"]!["array"]![1]!);
        Assert.Equal(0, (double)bar["error_y"]!["arrayminus"]![1]!);
        Assert.DoesNotContain("38.0", ChartRenderer.ToPlotlyJson(chart), StringComparison.Ordinal);
        Assert.DoesNotContain("34.5", ChartRenderer.ToPlotlyJson(chart), StringComparison.Ordinal);
    }

    [Fact]
    public void Create_SmallCountWithItsInterval_AttackerPinsItUnlessSuppressed()
    {
        // 3 events in 2,000 patient-years: 1.5 per 1,000 with the exact interval. Shown, the interval's ratios to the
        // value pin the count to 3; passed as suppressed, nothing is recoverable.
        var rate = AnalysisKit.Indicators.CrudeRate.Calculate(3, 2000, 0.95, 1000);
        SimdQuintileData With(ChartCount numerator) => ChartSamples.Simd() with
        {
            Bars = [.. ChartSamples.Simd().Bars.Where(b => b.Quintile != 2), new SimdQuintileBar(2, rate.Value, rate.Lower, rate.Upper, numerator)],
        };

        var shown = SimdQuintileChart.Create(With(ChartCount.Of(3)), new RecordingDisclosureCheck(refuseBelow: 1));
        var hidden = SimdQuintileChart.Create(With(ChartCount.Suppressed), new RecordingDisclosureCheck());

        Assert.Contains(AnalysisKit.Tests.Disclosure.Attack.ChartAttacker.Leaks("simd", ChartJson.Of(shown), 5, []),
            l => l.EndsWith("the interval pins the count to 3", StringComparison.Ordinal));
        Assert.Empty(AnalysisKit.Tests.Disclosure.Attack.ChartAttacker.Leaks("simd", ChartJson.Of(hidden), 5, ["2"]));
    }

    [Fact]
    public void Create_AltText_GivesEveryQuintile()
    {
        var chart = SimdQuintileChart.Create(ChartSamples.Simd(), new RecordingDisclosureCheck());

        Assert.Equal(
            "Bar chart of Rate per 1,000 for Cluster X by SIMD quintile: 1 (most deprived) 45.3, 2 suppressed, 3 30.1, 4 25.0 and " +
            "5 (least deprived) 21.5. 1 quintile has no bar: the count is suppressed by disclosure control. Error bars show 95% confidence intervals.",
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
