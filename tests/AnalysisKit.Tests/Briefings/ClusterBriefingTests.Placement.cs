using AnalysisKit.Briefings;
using AnalysisKit.Definitions;
using AnalysisKit.Geography;
using AnalysisKit.Samples;

namespace AnalysisKit.Tests.Briefings;

/// <summary>
/// Lookups that change within the period: a practice that moved cluster, or closed, is counted where the lookup placed
/// it each month, and the briefing says so; a practice missing from the lookup is in no total, and the data-quality
/// section names the file, the row and the column.
/// </summary>
public partial class ClusterBriefingTests
{
    private static readonly PeriodDefinition Year2024 = PeriodDefinition.Months(new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 1));

    [Fact]
    public void Build_PracticeMovedClusterInThePeriod_CountedInEachClusterForItsMonthsThereAndSaid()
    {
        // 76022 moved from GPC056 to GPC057 on 2024-10-01 (data-samples/geography/practice-lookup.csv lines 355–356).
        var to = ClusterBriefing.Build(Options() with { AreaCode = SamplePlantedSignals.MovedToClusterCode, Period = Year2024 });
        var from = ClusterBriefing.Build(Options() with { AreaCode = SamplePlantedSignals.MovedFromClusterCode, Period = Year2024 });

        var label = to.PracticeLabels[SamplePlantedSignals.MovedPracticeCode];
        Assert.Contains($"{label} is counted in Edinburgh 2 from October 2024 only: it moved in from {SamplePlantedSignals.MovedFromClusterCode} within the period, and each month is counted where the lookup places it that month.", to.DataQuality);
        Assert.Contains(to.Tables.Single(t => t.Name == ClusterBriefing.UnitTableName).Rows, r => r[0] == $"{label} (from October 2024)");
        var fromLabel = from.PracticeLabels[SamplePlantedSignals.MovedPracticeCode];
        Assert.Contains($"{fromLabel} is counted in Edinburgh 1 to September 2024 only: it moved to {SamplePlantedSignals.MovedToClusterCode} within the period, and each month is counted where the lookup places it that month.", from.DataQuality);

        // Each cluster's count is its practices' months while they were there, summed by hand month by month.
        foreach (var briefing in new[] { to, from })
        {
            var (count, _) = SumByHand("prescribing-monthly.csv", "AntibacterialItems", InCluster(briefing.Area.Code), "202401", "202412");
            Assert.Equal(count, briefing.Indicators.Single(i => i.Name == "antibacterials").Area.Numerator);
        }
    }

    [Fact]
    public void Build_PracticeClosedInThePeriod_ItsOpenMonthsCountedAndSaid()
    {
        // 80040 (GPC085, Fife 6) closed on 2025-04-01: January to March 2025 count, and the briefing says why no more.
        var briefing = ClusterBriefing.Build(Options() with { AreaCode = "GPC085" });
        var label = briefing.PracticeLabels[SamplePlantedSignals.ClosedPracticeCode];

        Assert.Contains($"{label} is counted in Fife 6 to March 2025 only: it closed or merged (patients re-registered with neighbouring practices) within the period, and each month is counted where the lookup places it that month.", briefing.DataQuality);
        var (count, _) = SumByHand("prescribing-monthly.csv", "AntibacterialItems", InCluster("GPC085"));
        var (closed, _) = SumByHand("prescribing-monthly.csv", "AntibacterialItems", (code, month) => code == SamplePlantedSignals.ClosedPracticeCode && InCluster("GPC085")(code, month));
        Assert.True(closed > 0, "its open months have items");
        Assert.Equal(count, briefing.Indicators.Single(i => i.Name == "antibacterials").Area.Numerator);
    }

    [Fact]
    public void Build_PracticeMissingFromTheLookup_InNoTotalAndTheDataQualityLineNamesFileRowAndColumn()
    {
        // A row for practice 12345, which the lookup does not have, added at the end of the prescribing extract (line 34,345 + 1).
        using var data = new SampleDataCopy((file, line) => line);
        var extract = Path.Combine(data.Path, "extracts", "prescribing-monthly.csv");
        var lines = File.ReadAllLines(extract).ToList();
        lines.Add("202503,12345,S08000029,S37000032,GPC082,4000,100,,900,,80,");
        File.WriteAllLines(extract, lines);
        var definition = BriefingDefinition.Load(data.Definition);

        var briefing = ClusterBriefing.Build(new BriefingOptions(definition, AreaLevel.Cluster, SamplePlantedSignals.OutlierClusterCode));

        Assert.Contains($"prescribing-monthly.csv, column PracticeCode: 1 practice is not in the lookup on the row's date, so its values are in no total (not even Scotland's): row {lines.Count}.", briefing.DataQuality);
        Assert.Equal(Default.Value.Indicators.Select(i => i.ScotlandRate), briefing.Indicators.Select(i => i.ScotlandRate));
    }
}
