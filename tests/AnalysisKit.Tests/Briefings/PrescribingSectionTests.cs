using System.Globalization;
using System.Text.RegularExpressions;
using AnalysisKit.Briefings;
using AnalysisKit.Definitions;
using AnalysisKit.Disclosure;
using AnalysisKit.Geography;
using AnalysisKit.Samples;
using AnalysisKit.Testing;

namespace AnalysisKit.Tests.Briefings;

/// <summary>
/// The sample briefing's prescribing section (data-samples/briefing.json $.prescribing): the outlier cluster's
/// practices on antibacterial items and lidocaine plaster cost, with percentiles, deciles and savings; figures checked
/// against the raw files, suppressed cells shown as the marker, no practice named, tables in the workbook.
/// </summary>
public sealed class PrescribingSectionTests
{
    private static readonly Lazy<ClusterBriefing> Briefing = new(() =>
        ClusterBriefing.Build(new BriefingOptions(ClusterBriefingTests.Sample.Value, AreaLevel.Cluster, SamplePlantedSignals.OutlierClusterCode, null, null)));

    private static readonly Lazy<string> Html = new(() => BriefingHtml.Render(Briefing.Value));

    private static string Section
    {
        get
        {
            var html = Html.Value;
            var start = html.IndexOf("<section id=\"prescribing\">", StringComparison.Ordinal);
            return html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
        }
    }

    [Fact]
    public void Build_SampleDefinition_ShowsItsTwoMeasuresWithATableAndADecileChartEach()
    {
        var section = Briefing.Value.Prescribing!;
        Assert.Equal(["antibacterial-items", "lidocaine-plasters-cost"], section.Measures.Select(m => m.Measure.Name));
        Assert.Equal(["rx-antibacterial-items", "rx-lidocaine-plasters-cost"], section.Tables.Select(t => t.Name));
        Assert.Equal(["rx-antibacterial-items-chart", "rx-lidocaine-plasters-cost-chart"], section.Charts.Select(c => c.Name));
        Assert.All(section.Tables, t => Assert.Contains(t, Briefing.Value.Tables));
        Assert.Contains(section.Charts[0], Briefing.Value.Charts);
        Assert.Equal(
            ["Practice", "December 2025 (items per 1,000 patients a month)", "Percentile among Scotland's practices (area: among clusters)", "Among the deciles"],
            section.Tables[0].Columns);
        Assert.Equal("Saving at the 10th percentile, July 2025 to December 2025 (£)", section.Tables[1].Columns[^1]);
    }

    [Fact]
    public void Table_ClusterRow_IsItsPracticesItemsOverTheirListsInDecember()
    {
        // Recomputed from the raw files: the cluster's practices in December (lookup as at 1 December), their 0501 items
        // (not 050109/050110) over their list sizes from the population file's October quarter.
        var lookup = PracticeLookupReader.ReadFolder(RepoPaths.InRepo("data-samples/geography"));
        var members = lookup.AsAt(new DateOnly(2025, 12, 1)).ComparablePracticesIn(GeographyLevel.Cluster, "GPC082").Select(p => p.Code).ToHashSet();
        var items = File.ReadLines(RepoPaths.InRepo("data-samples/extracts/prescribing-bnf-monthly.csv")).Skip(1).Select(l => l.Split(','))
            .Where(f => f[5] == "202512" && members.Contains(f[0]) && f[1].StartsWith("0501", StringComparison.Ordinal) && !f[1].StartsWith("050109", StringComparison.Ordinal))
            .Sum(f => long.Parse(f[2], CultureInfo.InvariantCulture));
        var patients = File.ReadLines(RepoPaths.InRepo("data-samples/geography/practice-populations.csv")).Skip(1).Select(l => l.Split(','))
            .Where(f => f[0] == "20251001" && members.Contains(f[1])).Sum(f => int.Parse(f[3], CultureInfo.InvariantCulture));

        var row = Briefing.Value.Prescribing!.Tables[0].Rows.Single(r => r[0] == "Fife 3 (all practices)");
        Assert.Equal((items * 1000.0 / patients).ToString("F1", CultureInfo.InvariantCulture), row[1]);
        Assert.Equal("100.0", row[2]);
        Assert.Equal("above the 90th percentile", row[3]);
        Assert.Equal(7, Briefing.Value.Prescribing!.Tables[0].Rows.Count(r => r[0].StartsWith("Practice ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Table_LidocaineWithSmallCounts_ShowsTheMarkerAndNoSavingForThem()
    {
        var table = Briefing.Value.Prescribing!.Tables[1];
        var withheld = table.Rows.Where(r => r[1] == "*").ToList();
        Assert.NotEmpty(withheld);
        Assert.All(withheld, r => Assert.Equal(["*", "*", "*", "*"], r.Skip(1)));
        // The planted practice (Practice C, 80017, ×3 plasters) has a published saving and is above the 90th percentile.
        var planted = table.Rows.Single(r => r[0] == Briefing.Value.PracticeLabels[SamplePlantedSignals.LidocainePracticeCode]);
        Assert.Equal("above the 90th percentile", planted[3]);
        Assert.Matches(new Regex("^[0-9,]+$"), planted[4]);
    }

    [Fact]
    public void Html_Section_ComesAfterTheTrendAndNamesNoPractice()
    {
        var html = Html.Value;
        Assert.True(html.IndexOf("<section id=\"trend\">", StringComparison.Ordinal) < html.IndexOf("<section id=\"prescribing\">", StringComparison.Ordinal));
        var section = Section;
        Assert.Contains("<h3>Antibacterial items per 1,000 patients</h3>", section, StringComparison.Ordinal);
        Assert.Contains("id=\"akit-rx-lidocaine-plasters-cost-chart\"", section, StringComparison.Ordinal);
        Assert.Contains("PERCENT_RANK", section, StringComparison.Ordinal);
        foreach (var practice in Briefing.Value.PracticeLabels.Keys)
        {
            Assert.DoesNotContain(practice, section.Replace(AnalysisKit.Charts.ChartRenderer.PlotlyJs, "", StringComparison.Ordinal), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Sentences_SayWhereTheClusterLiesAndItsSaving()
    {
        var measures = Briefing.Value.Prescribing!.Measures;
        Assert.StartsWith("In December 2025 Fife 3 was at the 100th percentile of Scotland's 147 clusters for antibacterial items per 1,000 patients: ", measures[0].Sentences[0], StringComparison.Ordinal);
        Assert.Equal("Of its 7 practices, 7 practices were above the median of Scotland's practices and 0 practices at or below it.", measures[0].Sentences[1]);
        Assert.Matches(new Regex("^(Had it prescribed at the 10th percentile of Scotland's clusters each month, Fife 3 would have spent £[0-9,]+ less|Fife 3 spent £[0-9,]+ less) "), measures[1].Sentences[2]);
    }

    [Fact]
    public void Workbook_HasASheetPerMeasureTable()
    {
        var sheets = BriefingWorkbook.Sheets(Briefing.Value).Select(s => s.Sheet).ToList();
        Assert.Contains("rx-antibacterial-items", sheets);
        Assert.Contains("rx-lidocaine-plasters-cost", sheets);
        Assert.All(sheets, s => Assert.True(s.Length <= 31, s));
    }

    [Fact]
    public void Build_HscpBriefing_ListsItsClustersByName()
    {
        var briefing = ClusterBriefing.Build(new BriefingOptions(ClusterBriefingTests.Sample.Value, AreaLevel.Hscp, "S37000032", null, null));
        var table = briefing.Prescribing!.Tables[0];
        Assert.Equal("Cluster", table.Columns[0]);
        Assert.Contains(table.Rows, r => r[0] == "Fife 3");
        Assert.Contains(table.Rows, r => r[0].EndsWith("HSCP (all clusters)", StringComparison.Ordinal));
    }
}
