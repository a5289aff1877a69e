using AnalysisKit.Charts;

namespace AnalysisKit.Tests.Charts;

public class PopulationPyramidChartTests
{
    [Fact]
    public void Create_MalesLeftFemalesRight_SuppressedCountDrawsNoBar()
    {
        var chart = PopulationPyramidChart.Create(ChartSamples.Pyramid(), new RecordingDisclosureCheck());

        var males = ChartJson.Trace(chart, "Males");
        var females = ChartJson.Trace(chart, "Females");
        Assert.Equal([-120.0, -98.0, -412.0], ChartJson.Numbers(males["x"]));
        Assert.Equal([115.0, null, 398.0], ChartJson.Numbers(females["x"]));
        Assert.Equal(["0-4", "5-9", "10-14"], ChartJson.Strings(females["y"]));
        Assert.Equal("#3F3685", (string?)males["marker"]!["color"]);
        Assert.Equal("#1E7F84", (string?)females["marker"]!["color"]);
        Assert.Equal("relative", (string?)ChartJson.Layout(chart)["barmode"]);
    }

    [Fact]
    public void Create_EveryShownCountIsChecked_SuppressedShowsMarker()
    {
        var check = new RecordingDisclosureCheck(marker: "[c]");

        var chart = PopulationPyramidChart.Create(ChartSamples.Pyramid(), check);

        Assert.Equal([120L, 98L, 412L, 115L, 398L], check.Calls.Select(c => c.Count).ToArray());
        Assert.Equal(["males", "males", "males", "females", "females"], check.Calls.Select(c => c.Measure).ToArray());
        Assert.Equal("Females aged 5-9: [c]", ChartJson.Strings(ChartJson.Trace(chart, "Females")["hovertext"])[1]);
        Assert.EndsWith("1 count is suppressed and shown as [c].", chart.AltText, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_SmallCountRefusedByCheck_ChartIsNotBuilt()
    {
        var data = ChartSamples.Pyramid() with { Bands = [new PyramidBand("90+", ChartCount.Of(2), ChartCount.Of(7))] };

        var error = Assert.Throws<InvalidOperationException>(() => PopulationPyramidChart.Create(data, new RecordingDisclosureCheck()));

        Assert.Equal("Disclosure: cluster-pyramid/90+/males = 2 is a small count.", error.Message);
    }

    [Fact]
    public void Create_AltText_NamesLargestBandsWithoutTotals()
    {
        var chart = PopulationPyramidChart.Create(ChartSamples.Pyramid(), new RecordingDisclosureCheck());

        Assert.Equal(
            "Population pyramid of Cluster X by sex across 3 age bands from 0-4 to 10-14. The largest band is for males 10-14 (412) " +
            "and for females 10-14 (398). 1 count is suppressed and shown as *.",
            chart.AltText);
    }

    [Fact]
    public void Create_AxisTicks_ShowPeopleOnBothSidesAsPositiveNumbers()
    {
        var xaxis = ChartJson.Layout(PopulationPyramidChart.Create(ChartSamples.Pyramid(), new RecordingDisclosureCheck()))["xaxis"]!;

        Assert.Equal([-400.0, -200.0, 0.0, 200.0, 400.0], ChartJson.Numbers(xaxis["tickvals"]));
        Assert.Equal(["400", "200", "0", "200", "400"], ChartJson.Strings(xaxis["ticktext"]));
    }

    // Worked by hand: the smallest of 1, 2, 2.5, 5 × 10^k with largest/step ≤ 4.
    [Theory]
    [InlineData(3L, 1.0)]
    [InlineData(412L, 200.0)]
    [InlineData(12345L, 5000.0)]
    [InlineData(1000L, 250.0)]
    public void TickStep_AtMostFourTicksEachSide(long largest, double expected) =>
        Assert.Equal(expected, PopulationPyramidChart.TickStep(largest));

    [Fact]
    public void Esp2013AgeBands_AreTheNineteenPublishedBands()
    {
        var bands = PopulationPyramidData.Esp2013AgeBands;

        Assert.Equal(19, bands.Count);
        Assert.Equal("0-4", bands[0]);
        Assert.Equal("85-89", bands[17]);
        Assert.Equal("90+", bands[18]);
    }

    [Fact]
    public void Create_SuppressedCount_MarkedBesideTheAxisOnItsSide()
    {
        var chart = PopulationPyramidChart.Create(ChartSamples.Pyramid(), new RecordingDisclosureCheck());

        var marks = ChartJson.Trace(chart, "Suppressed count (*)");
        Assert.Equal("text", (string?)marks["mode"]);
        Assert.Equal(["5-9"], ChartJson.Strings(marks["y"]));
        Assert.Equal(["*"], ChartJson.Strings(marks["text"]));
        Assert.Equal(["middle right"], ChartJson.Strings(marks["textposition"]));
        Assert.True((double)marks["x"]![0]! > 0, "A suppressed female count is marked on the female (right) side.");
    }
}
