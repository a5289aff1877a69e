using AnalysisKit.Charts;

namespace AnalysisKit.Tests.Charts;

/// <summary>The percentile chart's disclosure hook: counts checked, suppressed periods withheld from the JSON and said in the alt text.</summary>
public sealed class PercentileChartDisclosureTests
{
    private static PercentileChartData WithCounts(params ChartCount[] counts) =>
        ChartSamples.Percentile() with
        {
            UnitPoints = [.. ChartSamples.Percentile().UnitPoints.Select((p, i) => p with { Count = counts[i], Value = counts[i].IsSuppressed ? double.NaN : p.Value })],
        };

    [Fact]
    public void Create_SuppressedPeriod_IsNotDrawnAndTheAltTextSaysSo()
    {
        var check = new RecordingDisclosureCheck();
        var chart = PercentileChart.Create(WithCounts(ChartCount.Of(40), ChartCount.Suppressed, ChartCount.Of(75)), check);

        var unit = ChartJson.Traces(chart)[9]!;
        Assert.Equal(["2024-01-01", "2024-03-01"], unit["x"]!.AsArray().Select(x => (string)x!));
        Assert.Equal(new double?[] { 0.5, 7.5 }, ChartJson.Numbers(unit["y"]));
        Assert.Equal([("practice-deciles", "Practice A 2024-01-01", "count", 40L), ("practice-deciles", "Practice A 2024-03-01", "count", 75L)], check.Calls);
        Assert.EndsWith(" 1 period of Practice A not shown: its count is suppressed by disclosure control.", chart.AltText, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_SmallCount_IsRefusedByTheCheck()
    {
        Assert.Throws<InvalidOperationException>(() => PercentileChart.Create(WithCounts(ChartCount.Of(40), ChartCount.Of(3), ChartCount.Of(75)), new RecordingDisclosureCheck()));
    }

    [Fact]
    public void Create_CountsWithoutACheck_IsRefusedSayingHowToGiveOne()
    {
        var e = Assert.Throws<ChartDataException>(() => PercentileChart.Create(WithCounts(ChartCount.Of(40), ChartCount.Of(50), ChartCount.Of(75))));
        Assert.StartsWith("Chart 'practice-deciles': the unit's points carry counts but no disclosure check was given; expected PercentileChart.Create(data, disclosure), or points without counts.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_EveryPeriodSuppressed_SaysTheUnitHasNoValues()
    {
        var chart = PercentileChart.Create(WithCounts(ChartCount.Suppressed, ChartCount.Suppressed, ChartCount.Suppressed), new RecordingDisclosureCheck());
        Assert.Contains("Practice A has no values in these periods. 3 periods of Practice A not shown: their counts are suppressed by disclosure control.", chart.AltText, StringComparison.Ordinal);
        Assert.DoesNotContain("NaN", ChartJson.Traces(chart)[9]!.ToJsonString(), StringComparison.Ordinal);
    }
}
