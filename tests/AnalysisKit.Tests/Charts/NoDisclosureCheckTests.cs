using AnalysisKit.Charts;

namespace AnalysisKit.Tests.Charts;

public class NoDisclosureCheckTests
{
    [Fact]
    public void CheckCount_SmallCount_LetThroughAndMarkerIsStar()
    {
        var chart = PopulationPyramidChart.Create(
            ChartSamples.Pyramid() with { Bands = [new PyramidBand("90+", ChartCount.Of(2), ChartCount.Suppressed)] },
            NoDisclosureCheck.Instance);

        Assert.Equal(["Males aged 90+: 2"], ChartJson.Strings(ChartJson.Trace(chart, "Males")["hovertext"]));
        Assert.Equal(["Females aged 90+: *"], ChartJson.Strings(ChartJson.Trace(chart, "Females")["hovertext"]));
    }
}
