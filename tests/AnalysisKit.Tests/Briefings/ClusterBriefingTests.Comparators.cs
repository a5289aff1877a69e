using System.Globalization;
using AnalysisKit.Briefings;
using AnalysisKit.Definitions;
using AnalysisKit.Disclosure;
using AnalysisKit.Geography;
using AnalysisKit.Samples;
using AnalysisKit.Testing;
using AnalysisKit.Tests.Disclosure.Attack;

namespace AnalysisKit.Tests.Briefings;

/// <summary>
/// Every comparator level: the cluster against its HSCP, board and Scotland (values summed by hand from the CSV), the
/// same document one level up (an HSCP briefing over its clusters, a board briefing over its HSCPs), and an attacker
/// who differences comparator totals with the parts published beside them, within one briefing and across two.
/// </summary>
public partial class ClusterBriefingTests
{
    /// <summary>GPC082's partnership and board (Fife: one HSCP, one board, with the same practices).</summary>
    private const string Fife = "S37000032";

    private const string NhsFife = "S08000029";

    private static Func<string, string, bool> InArea(GeographyLevel level, string code) =>
        (practice, month) => InMonth(month).IsComparable(practice) && InMonth(month).AreaCode(practice, level) == code;

    [Fact]
    public void Build_HscpAndBoardComparators_EqualTheirPracticesSummedByHand()
    {
        var indicator = Default.Value.Indicators.Single(i => i.Name == "antibacterials");
        Assert.Equal([(AreaLevel.Hscp, Fife, "Fife HSCP"), (AreaLevel.Board, NhsFife, "NHS Fife"), (AreaLevel.Scotland, HealthBoard.ScotlandCode, "Scotland")],
            indicator.Comparators.Select(c => (c.Area.Level, c.Area.Code, c.Area.Name)));

        var table = Default.Value.Tables.Single(t => t.Name == ClusterBriefing.SummaryTableName);
        var row = table.Rows.Single(r => r[0] == indicator.Label);
        foreach (var (comparator, level, column) in new[] { (0, GeographyLevel.Hscp, "HSCP value"), (1, GeographyLevel.Board, "Board value") })
        {
            var (count, years) = SumByHand("prescribing-monthly.csv", "AntibacterialItems", InArea(level, indicator.Comparators[comparator].Area.Code));
            Close.Relative(count / years * 1000, indicator.Comparators[comparator].Result.Value, 1e-12, $"{level} rate");
            Assert.Equal(Math.Round(count / years * 1000, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture), row[Column(table, column)]);
        }

        // The cluster's interval (1155.4 to 1174.5) lies above each comparator: higher, and worse since lower is better.
        Assert.All(indicator.Comparators, c => Assert.Equal((AnalysisKit.Indicators.Significance.Higher, AnalysisKit.Indicators.Assessment.Worse), (c.Significance, c.Assessment)));
        Assert.Equal(["higher (worse)", "higher (worse)", "higher (worse)"], new[] { "Compared with HSCP", "Compared with board", "Compared with Scotland" }.Select(c => row[Column(table, c)]));
    }

    [Fact]
    public void Findings_NameTheLevelEachDifferenceIsAgainst()
    {
        var finding = Default.Value.Findings.Single(f => f.StartsWith("Antibacterial items: 1164.9 per 1,000 patient-years in Fife 3;", StringComparison.Ordinal));
        Assert.Matches(@"significantly higher than Fife HSCP \(836\.4; worse\), significantly higher than NHS Fife \(836\.4; worse\) and significantly higher than Scotland \(806\.4; worse\)\.$", finding);
        var referrals = Default.Value.Findings.Single(f => f.StartsWith("GP referrals to outpatients:", StringComparison.Ordinal));
        Assert.Contains("not significantly different from Scotland (", referrals, StringComparison.Ordinal);
        Assert.DoesNotContain("worse", referrals, StringComparison.Ordinal); // no polarity: higher or lower only
    }

    [Fact]
    public void Build_HscpBriefing_ItsClustersAgainstTheHscpAndTheHscpAgainstBoardAndScotland()
    {
        var briefing = ClusterBriefing.Build(Options() with { Level = AreaLevel.Hscp, AreaCode = Fife });

        Assert.Equal((AreaLevel.Hscp, "Fife HSCP", AreaLevel.Cluster), (briefing.Area.Level, briefing.Area.Name, briefing.UnitLevel));
        Assert.Equal([AreaLevel.Board, AreaLevel.Scotland], briefing.ComparatorAreas.Select(a => a.Level));
        var (count, years) = SumByHand("prescribing-monthly.csv", "AntibacterialItems", InArea(GeographyLevel.Hscp, Fife));
        var antibacterials = briefing.Indicators.Single(i => i.Name == "antibacterials");
        Assert.Equal(count, antibacterials.Area.Numerator);
        Close.Relative(count / years * 1000, antibacterials.Area.Value, 1e-12, "HSCP rate");

        // One row per cluster that had a Fife practice in 2025, each count summed by hand; no practice is named.
        var clusters = Enumerable.Range(1, 12).Select(m => InMonth(string.Create(CultureInfo.InvariantCulture, $"2025{m:00}")))
            .SelectMany(h => h.ComparablePracticesIn(GeographyLevel.Hscp, Fife)).Select(p => p.ClusterCode).Distinct().Order(StringComparer.Ordinal).ToList();
        var units = briefing.Tables.Single(t => t.Name == ClusterBriefing.UnitTableName);
        Assert.Equal("Cluster", units.Columns[0]);
        Assert.Equal(clusters, units.Rows.Select(r => r[0].Split(' ')[0]));
        var column = Column(units, "Antibacterial items (count)");
        foreach (var row in units.Rows)
        {
            var (clusterCount, _) = SumByHand("prescribing-monthly.csv", "AntibacterialItems", InCluster(row[0].Split(' ')[0]));
            Assert.Equal(clusterCount.ToString("0", CultureInfo.InvariantCulture), row[column]);
        }

        Assert.Contains(briefing.Findings, f => f.Contains("compared with all HSCPs in Scotland, Fife HSCP is", StringComparison.Ordinal));
        Assert.Empty(briefing.PracticeLabels);
    }

    [Fact]
    public void Build_BoardBriefing_ItsHscpsAgainstTheBoardAndTheBoardAgainstScotland()
    {
        var briefing = ClusterBriefing.Build(Options() with { Level = AreaLevel.Board, AreaCode = "S08000024" });

        Assert.Equal(("NHS Lothian", AreaLevel.Hscp), (briefing.Area.Name, briefing.UnitLevel));
        Assert.Equal([AreaLevel.Scotland], briefing.ComparatorAreas.Select(a => a.Level));
        var units = briefing.Tables.Single(t => t.Name == ClusterBriefing.UnitTableName);
        var hscps = Hscp.Current.Where(h => h.BoardCode == "S08000024").Select(h => $"{h.Code} {h.Name} HSCP").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(hscps, units.Rows.Select(r => r[0]));
        var summary = briefing.Tables.Single(t => t.Name == ClusterBriefing.SummaryTableName);
        Assert.Equal(["Indicator", "Board count", "Denominator", "Board value", "95% confidence interval", "Unit", "Scotland value", "Compared with Scotland"], summary.Columns);
    }

    [Fact]
    public void Build_AreaCountHidden_SameCellsHiddenInTheClusterAndTheHscpBriefingAndNoDifferenceGivesThemBack()
    {
        // A threshold just above the smallest Fife cluster's 2025 antibacterial count: that cluster is small, so hidden in
        // its own briefing (summary) and in its HSCP's (units table); the HSCP total is published in both. An attacker
        // holding both briefings knows HSCP = Σ its clusters and cluster = Σ its practices = Σ its quintiles.
        var smallest = ClusterCountsByHand().Where(c => InClusterOfFife(c.Key)).MinBy(c => c.Value);
        var threshold = (int)smallest.Value + 1;
        var control = DisclosureControl.Apply(Strict(threshold));
        var cluster = ClusterBriefing.Build(Options(control: control) with { AreaCode = smallest.Key });
        var hscp = ClusterBriefing.Build(Options(control: control) with { Level = AreaLevel.Hscp, AreaCode = Fife });

        var label = "Antibacterial items";
        var clusterSummary = cluster.Tables.Single(t => t.Name == ClusterBriefing.SummaryTableName).Rows.Single(r => r[0] == label)[1];
        var units = hscp.Tables.Single(t => t.Name == ClusterBriefing.UnitTableName);
        var countColumn = Column(units, label + " (count)");
        var inHscp = units.Rows.Single(r => r[0].StartsWith(smallest.Key + " ", StringComparison.Ordinal))[countColumn];
        Assert.Equal(("*", "*"), (clusterSummary, inHscp));
        var hscpTotal = hscp.Tables.Single(t => t.Name == ClusterBriefing.SummaryTableName).Rows.Single(r => r[0] == label)[1];
        Assert.NotEqual("*", hscpTotal);
        Assert.True(units.Rows.Count(r => r[countColumn] == "*") >= 2, "a second cluster hidden with it, so HSCP − the others does not give it");

        // The exact LP attacker on both documents together: HSCP total, its clusters, the small cluster's practices and quintiles.
        var practiceTable = cluster.Tables.Single(t => t.Name == ClusterBriefing.UnitTableName);
        var practiceColumn = Column(practiceTable, label + " (count)");
        var quintiles = cluster.Tables.Single(t => t.Name == ClusterBriefing.QuintileTableName);
        var cells = new List<string> { hscpTotal };
        cells.AddRange(units.Rows.Select(r => r[countColumn]));
        var clusterRow = 1 + units.Rows.ToList().FindIndex(r => r[0].StartsWith(smallest.Key + " ", StringComparison.Ordinal));
        var firstPractice = cells.Count;
        cells.AddRange(practiceTable.Rows.Select(r => r[practiceColumn]));
        var firstQuintile = cells.Count;
        cells.AddRange(quintiles.Rows.Select(r => r[2]));
        var table = new PublishedTable(cells.Count, 1);
        for (var i = 0; i < cells.Count; i++)
        {
            table.Suppressed[i, 0] = cells[i] == "*";
            table.Values[i, 0] = cells[i] == "*" ? 0 : long.Parse(cells[i], CultureInfo.InvariantCulture);
        }

        table.Relations.Add(((0, 0), Enumerable.Range(1, units.Rows.Count).Select(r => (r, 0)).ToArray()));
        table.Relations.Add(((clusterRow, 0), Enumerable.Range(firstPractice, practiceTable.Rows.Count).Select(r => (r, 0)).ToArray()));
        table.Relations.Add(((clusterRow, 0), Enumerable.Range(firstQuintile, quintiles.Rows.Count).Select(r => (r, 0)).ToArray()));
        Assert.Empty(TableAttacker.Leaks(table, threshold));
    }

    [Fact]
    public void Build_HscpBriefing_TheHscpFunnelWithholdsNothingItShouldNotShow()
    {
        // Under a policy that hides the smaller HSCPs' annual counts (summed by hand, each month where the practice was),
        // the HSCP funnel may show none of them, nor give one back from its ratio and expected count.
        var hscp = ClusterBriefing.Build(Options(control: DisclosureControl.Apply(Strict(AboveTheCluster))) with { Level = AreaLevel.Hscp, AreaCode = Fife });
        var figure = ChartAttacker.Figures(BriefingHtml.Render(hscp)).Single(f => f.Id == "akit-cluster-funnel");
        var small = Hscp.Current.Select(h => h.Code)
            .Where(code => SumByHand("prescribing-monthly.csv", "AntibacterialItems", InArea(GeographyLevel.Hscp, code)).Count < AboveTheCluster).ToList();
        Assert.NotEmpty(small);
        Assert.Empty(ChartAttacker.Leaks(figure.Id, figure.Figure, AboveTheCluster, small.Select(code => code == Fife ? $"{Fife} Fife HSCP (this HSCP)" : code).ToList()));
    }

    private static bool InClusterOfFife(string cluster) => InMonth("202512").ComparablePracticesIn(GeographyLevel.Cluster, cluster).Any(p => p.HscpCode == Fife);
}
