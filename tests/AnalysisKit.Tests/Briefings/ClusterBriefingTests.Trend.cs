using System.Globalization;
using AnalysisKit.Briefings;
using AnalysisKit.Geography;
using AnalysisKit.Samples;
using AnalysisKit.Testing;
using AnalysisKit.Variation.Spc;

namespace AnalysisKit.Tests.Briefings;

/// <summary>
/// The briefing's trend: the cluster's monthly rate as an index of Scotland's in the same month, on an XmR chart.
/// Values are recomputed by hand from the CSV; the planted signals say what the chart must and must not show.
/// </summary>
public partial class ClusterBriefingTests
{
    [Fact]
    public void Trend_EveryMonth_IsTheClustersRateOverScotlandsTimes100ByHand()
    {
        var trend = Default.Value.Trend!;

        Assert.Equal(SamplePlantedSignals.Months, trend.Points.Count);
        foreach (var point in trend.Points)
        {
            var month = point.Date.ToString("yyyyMM", CultureInfo.InvariantCulture);
            var (clusterCount, clusterYears) = SumByHand("prescribing-monthly.csv", "AntibacterialItems", InCluster(SamplePlantedSignals.OutlierClusterCode), month, month);
            var (scotlandCount, scotlandYears) = SumByHand("prescribing-monthly.csv", "AntibacterialItems", OpenInMonth, month, month);
            Close.Relative(clusterCount / clusterYears / (scotlandCount / scotlandYears) * 100, point.Value!.Value, 1e-12, $"index {month}");
        }
    }

    [Fact]
    public void Trend_SeasonalMeasure_TheWintersSharedWithScotlandAreNotSpecialCauses()
    {
        // The sample's antibacterial items follow a winter peak everywhere; the outlier cluster is 1.35 × throughout.
        // On the raw monthly rate 22 of 36 months were special causes (every winter beyond the limits); relative to
        // Scotland the level is steady: no month beyond the limits, and only the chance patterns the run and trend
        // rules find in noise (with seed 1948 one trend of 7 falling months, 2024-10 to 2025-04).
        var trend = Default.Value.Trend!;

        Assert.InRange(trend.Points[0].Mean, 130, 160); // ≈ 1.35–1.5 × Scotland, as in the summary
        Assert.DoesNotContain(trend.Points, p => p.OutsideLimits == true);
        Assert.True(trend.Points.Count(p => p.SpecialCauseFlag) <= 9,
            $"{trend.Points.Count(p => p.SpecialCauseFlag)} of 36 months flagged: {string.Join(", ", trend.Points.Where(p => p.SpecialCauseFlag).Select(p => p.Date))}");
    }

    [Fact]
    public void Trend_PlantedShiftInOnePractice_ShowsAsARunAboveTheMeanFromItsMonth()
    {
        // Practice 76045 (about 9,000 patients) prescribes 1.25 × its high-risk items from 2024-07: its cluster's index
        // must sit above the centre line for the run after the shift and not before it.
        var code = Hierarchy.Value.AreaCode(SamplePlantedSignals.ShiftPracticeCode, GeographyLevel.Cluster)!;
        var options = Options() with { AreaCode = code, Headline = "high-risk" };

        var trend = ClusterBriefing.Build(options).Trend!;

        var after = trend.Points.Where(p => p.Date >= SamplePlantedSignals.ShiftFromMonth).ToList();
        var before = trend.Points.Where(p => p.Date < SamplePlantedSignals.ShiftFromMonth).ToList();
        Assert.Contains(after, p => p.SpecialCauseType == SpecialCauseType.RunAbove);
        Assert.DoesNotContain(before, p => p.SpecialCauseType == SpecialCauseType.RunAbove);
        // The practice has under a quarter of the cluster's high-risk items, so the cluster moves by about 3% (seed 1948).
        Assert.True(after.Average(p => p.Value!.Value) > before.Average(p => p.Value!.Value) * 1.02);
    }
}
