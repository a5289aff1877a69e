using System.Globalization;
using AnalysisKit.Geography;
using AnalysisKit.Samples;
using AnalysisKit.Testing;
using AnalysisKit.Variation.Funnels;
using AnalysisKit.Variation.Spc;

namespace AnalysisKit.Tests.Variation;

/// <summary>
/// The signals planted in data-samples (<see cref="SamplePlantedSignals"/>) are found by the Variation analyses: the
/// outlier cluster on a cluster funnel, the level shift and the steady rise on SPC charts. Codes come from the typed
/// planted-signals object, never hard-coded.
/// </summary>
public class PlantedSignalsTests
{
    private static readonly Lazy<List<ExtractRow>> Prescribing = new(() => ExtractRow.Read(RepoPaths.InRepo("data-samples/extracts/prescribing-monthly.csv")));

    /// <summary>
    /// 2025 practices for the planted measure: observed items against expected = patient-months × Scotland's rate,
    /// summed by hand from the raw rows; and the lookup as at December 2025.
    /// </summary>
    private static (List<FunnelUnit> Practices, PracticeHierarchy Lookup) OutlierMeasure2025()
    {
        var year = Prescribing.Value.Where(r => r.Month.Year == 2025 && r.ListSize > 0 && r.Value(SamplePlantedSignals.OutlierMeasure) is not null).ToList();
        var scotlandRate = year.Sum(r => r.Value(SamplePlantedSignals.OutlierMeasure)!.Value) / year.Sum(r => (double)r.ListSize);
        var practices = year.GroupBy(r => r.Practice)
            .Select(g => new FunnelUnit(g.Key, g.Sum(r => r.Value(SamplePlantedSignals.OutlierMeasure)!.Value), g.Sum(r => (double)r.ListSize) * scotlandRate))
            .ToList();
        return (practices, PracticeLookupReader.ReadFolder(RepoPaths.InRepo("data-samples/geography")).AsAt(new DateOnly(2025, 12, 1)));
    }

    [Fact]
    public void ClusterFunnel_2025Antibacterials_FlagsThePlantedOutlierClusterAbove998Limit()
    {
        var (practices, lookup) = OutlierMeasure2025();

        var result = ClusterFunnel.ClustersAcrossScotland(practices, lookup, OverdispersedFunnelMethod.StandardisedRatioShmi);

        var outlier = result.Funnel.Units.Single(u => u.Unit.Code == SamplePlantedSignals.OutlierClusterCode);
        Assert.Equal(FunnelOutlier.High, outlier.Outlier998);
        Assert.Equal(outlier, result.Funnel.Units.MaxBy(u => u.Ratio));
        Assert.True(result.Funnel.AdjustedLimitsUsed, "practice effects make the clusters over-dispersed");
        Assert.Contains(SamplePlantedSignals.ClosedPracticeCode, result.ExcludedPractices);
    }

    [Fact]
    public void ClusterFunnel_PheRatioSignificance_AlsoCallsTheOutlierClusterHigh()
    {
        var (practices, lookup) = OutlierMeasure2025();
        var clusters = ClusterFunnel.Aggregate(practices, lookup, GeographyLevel.Cluster);
        var significance = PheFunnel.RatioSignificance(clusters.Units).Single(r => r.Unit.Code == SamplePlantedSignals.OutlierClusterCode);
        Assert.Equal(PheFunnelSignificance.High001, significance.Significance);
    }

    [Fact]
    public void XmrChart_ShiftingPractice_RunAboveTheMeanAfterTheShiftAndRebasedMeansDifferByTheFactor()
    {
        var series = Rate(SamplePlantedSignals.ShiftPracticeCode, SamplePlantedSignals.ShiftMeasure);
        var chart = XmrChart.Calculate(series, new XmrOptions(ImprovementDirection.Decrease));
        var after = chart.Points.Where(p => p.Date >= SamplePlantedSignals.ShiftFromMonth).ToList();
        var before = chart.Points.Where(p => p.Date < SamplePlantedSignals.ShiftFromMonth).ToList();

        // More high-risk prescribing is worse: the new level is a special cause of concern, the old one of improvement.
        Assert.True(after.Count(p => p.SpecialCauseType is SpecialCauseType.RunAbove or SpecialCauseType.AboveUpperLimit) >= 7);
        Assert.All(after.Where(p => p.SpecialCauseFlag), p => Assert.Equal(SpcPointType.SpecialCauseConcern, p.PointType));
        Assert.True(before.Count(p => p.SpecialCauseType == SpecialCauseType.RunBelow) >= 7);

        var rebased = XmrChart.Calculate(series, new XmrOptions(ImprovementDirection.Decrease, RebaseDates: new[] { SamplePlantedSignals.ShiftFromMonth }));
        var ratio = rebased.Groups[1].Mean / rebased.Groups[0].Mean;
        Assert.InRange(ratio, SamplePlantedSignals.ShiftFactor * 0.9, SamplePlantedSignals.ShiftFactor * 1.1);
    }

    [Fact]
    public void QicIChart_ShiftingPractice_AnhojRunsSignal()
    {
        var series = Rate(SamplePlantedSignals.ShiftPracticeCode, SamplePlantedSignals.ShiftMeasure)
            .Select(p => new QicObservation(p.Date, p.Value)).ToList();
        var chart = QicChart.Calculate(QicChartType.I, series);
        Assert.True(chart.Parts[0].Signal);
        Assert.True(chart.Parts[0].LongestRun > chart.Parts[0].LongestRunMax);
    }

    [Fact]
    public void XmrChart_TrendingPractice_BelowEarlyAboveLate()
    {
        var series = Rate(SamplePlantedSignals.TrendPracticeCode, SamplePlantedSignals.TrendMeasure);
        var chart = XmrChart.Calculate(series, new XmrOptions(ImprovementDirection.Decrease));
        var firstYear = chart.Points.Where(p => SamplePlantedSignals.MonthNumber(p.Date) <= 12).ToList();
        var lastYear = chart.Points.Where(p => SamplePlantedSignals.MonthNumber(p.Date) > 24).ToList();
        Assert.Contains(firstYear, p => p.SpecialCauseFlag && p.RelativeToMean < 0);
        Assert.Contains(lastYear, p => p.SpecialCauseFlag && p.RelativeToMean > 0 && p.PointType == SpcPointType.SpecialCauseConcern);
        Assert.True(lastYear.Average(p => p.Value!.Value) > firstYear.Average(p => p.Value!.Value) * 1.3);
    }

    [Fact]
    public void QicRunChart_TrendingPractice_FewCrossingsSignal()
    {
        var series = Rate(SamplePlantedSignals.TrendPracticeCode, SamplePlantedSignals.TrendMeasure)
            .Select(p => new QicObservation(p.Date, p.Value)).ToList();
        var runs = QicChart.Calculate(QicChartType.Run, series).Parts[0];
        Assert.True(runs.Signal);
        Assert.True(runs.Crossings < runs.CrossingsMin || runs.LongestRun > runs.LongestRunMax);
    }

    [Fact]
    public void XmrChart_PracticeWithMissingMonths_KeepsTheGapAsMissingPoints()
    {
        // The extract has no rows for the missing months; the series marks them missing rather than closing the gap.
        var rows = Prescribing.Value.Where(r => r.Practice == SamplePlantedSignals.MissingMonthsPracticeCode).ToDictionary(r => r.Month);
        var series = Enumerable.Range(1, SamplePlantedSignals.Months).Select(SamplePlantedSignals.MonthDate)
            .Select(m => new SpcPoint(m, rows.TryGetValue(m, out var r) ? r.Value("AntibacterialItems") * 1000.0 / r.ListSize : null))
            .ToList();
        var chart = XmrChart.Calculate(series);
        Assert.Equal(SamplePlantedSignals.MissingMonths, chart.Points.Where(p => p.Value is null).Select(p => p.Date));
        Assert.All(chart.Points.Where(p => p.Value is null), p => Assert.Equal(SpecialCauseType.CommonCause, p.SpecialCauseType));
    }

    /// <summary>A practice's monthly measure per 1,000 patients, one point per extract row in month order.</summary>
    private static List<SpcPoint> Rate(string practice, string measure) =>
        Prescribing.Value.Where(r => r.Practice == practice)
            .OrderBy(r => r.Month)
            .Select(r => new SpcPoint(r.Month, r.Value(measure) * 1000.0 / r.ListSize))
            .ToList();

    private sealed record ExtractRow(DateOnly Month, string Practice, string Cluster, int ListSize, Dictionary<string, double?> Values)
    {
        internal double? Value(string measure) => Values[measure];

        internal static List<ExtractRow> Read(string path)
        {
            var lines = File.ReadAllLines(path);
            var header = lines[0].Split(',');
            int Column(string name) => Array.IndexOf(header, name);
            var measures = header.Where(h => h.EndsWith("Items", StringComparison.Ordinal)).ToList();
            return lines.Skip(1).Select(line =>
            {
                var f = line.Split(',');
                var month = DateOnly.ParseExact(f[Column("Month")] + "01", "yyyyMMdd", CultureInfo.InvariantCulture);
                var values = measures.ToDictionary(m => m, m => f[Column(m)].Length == 0 ? (double?)null : double.Parse(f[Column(m)], CultureInfo.InvariantCulture));
                return new ExtractRow(month, f[Column("PracticeCode")], f[Column("GPCluster")], int.Parse(f[Column("ListSize")], CultureInfo.InvariantCulture), values);
            }).ToList();
        }
    }
}
