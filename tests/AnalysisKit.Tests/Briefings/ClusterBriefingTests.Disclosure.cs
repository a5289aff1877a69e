using System.Globalization;
using AnalysisKit.Briefings;
using AnalysisKit.Charts;
using AnalysisKit.Disclosure;
using AnalysisKit.Geography;
using AnalysisKit.Samples;
using AnalysisKit.Tests.Disclosure.Attack;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace AnalysisKit.Tests.Briefings;

/// <summary>
/// The briefing under policies strict enough to suppress the cluster's own counts: the charts are attacked through
/// their Plotly JSON in the page, the workbook's cells are read back, and nothing suppressed may be recoverable.
/// </summary>
public partial class ClusterBriefingTests
{
    /// <summary>Above the briefed cluster's 2025 antibacterial count (57,254) and below the two largest clusters' (57,357 and 57,988).</summary>
    private const int AboveTheCluster = 57_300;

    private static SuppressionPolicy Strict(int threshold) =>
        new($"strict-{threshold}", threshold, ThresholdComparison.LessThan, true, "*", false, 1, RoundingRule.HalfUp, false, SecondaryMethod.Complete);

    [Fact]
    public void Build_ClusterCountSuppressed_NoChartLetsTheAttackerRecoverASuppressedCount()
    {
        var briefing = ClusterBriefing.Build(Options(control: DisclosureControl.Apply(Strict(AboveTheCluster))));
        var html = BriefingHtml.Render(briefing);

        // Every cluster whose 2025 antibacterial count, summed by hand from the CSV, is small — the briefed one included.
        var small = ClusterCountsByHand().Where(c => c.Value < AboveTheCluster).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        Assert.Contains(SamplePlantedSignals.OutlierClusterCode, small);
        Assert.Equal(2, ClusterCountsByHand().Count - small.Count);
        // Every quintile's count is below the cluster's, so every quintile is suppressed too (bars are labelled by quintile).
        Assert.All(briefing.Quintiles, q => Assert.True(q.CountSuppressed));
        var labels = small.Select(code => code == briefing.Area.Code ? $"{code} {briefing.Area.Name} (this cluster)" : code)
            .Concat(["1 (most deprived)", "2", "3", "4", "5 (least deprived)"]).ToList();

        var figures = ChartAttacker.Figures(html);
        // The monthly counts are small too (every month is below the annual total): the trend is withheld, and says so.
        Assert.Equal(["akit-cluster-funnel", "akit-rx-antibacterial-items-chart", "akit-rx-lidocaine-plasters-cost-chart", "akit-simd-rates"], figures.Select(f => f.Id));
        // The prescribing charts keep Scotland's deciles but draw none of the cluster's months: every month's items are small.
        Assert.All(figures.Where(f => f.Id.StartsWith("akit-rx-", StringComparison.Ordinal)), f =>
            Assert.Empty(f.Figure["data"]!.AsArray().Single(t => (string?)t!["name"] == briefing.Area.Name)!["y"]!.AsArray()));
        Assert.Contains(System.Net.WebUtility.HtmlEncode(BriefingSentences.TrendWithheld), html, StringComparison.Ordinal);
        Assert.Contains(briefing.Findings, f => f.StartsWith("Antibacterial items over time: not shown", StringComparison.Ordinal));
        foreach (var (id, figure) in figures)
        {
            Assert.Empty(ChartAttacker.Leaks(id, figure, AboveTheCluster, labels));
        }

        // Of the two large clusters, the smaller is withheld as the partner of the suppressed ones (the funnel does not
        // know their counts, so Scotland minus the plotted clusters must not be their sum alone); the larger is still
        // drawn (the attack had a point to work on); the rest are counted under the chart.
        var funnel = figures[0].Figure["data"]!.AsArray().Where(t => ((string?)t!["mode"])?.Contains("markers", StringComparison.Ordinal) == true).ToList();
        Assert.Equal(1, funnel.Sum(t => t!["y"]!.AsArray().Count));
        Assert.EndsWith($"{small.Count + 1} of the {small.Count + 2} clusters not plotted: their counts are suppressed by disclosure control.",
            briefing.Charts.Single(c => c.Name == ClusterBriefing.FunnelChartName).AltText, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ClusterCountSuppressed_NoRateRatioOrIntervalGivesItBackInTextTablesOrWorkbook()
    {
        var briefing = ClusterBriefing.Build(Options(control: DisclosureControl.Apply(Strict(AboveTheCluster))));
        var antibacterial = briefing.Indicators.Single(i => i.Name == "antibacterials");
        Assert.True(antibacterial.CountSuppressed);

        // Rate, interval and observed/expected of the cluster would each give 57,254 back with the published patient-years.
        var text = OwnText(BriefingHtml.Render(briefing));
        foreach (var secret in new[] { antibacterial.Area.Value, antibacterial.Area.Lower, antibacterial.Area.Upper })
        {
            Assert.DoesNotContain(ChartFormatted(secret, 1), text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("observed / expected 1.", string.Join(" ", briefing.Findings), StringComparison.Ordinal);
        Assert.Contains(briefing.Findings, f => f.StartsWith("Antibacterial items: the count for Fife 3 is suppressed by disclosure control", StringComparison.Ordinal));
        AssertWorkbookShowsNothingBesideASuppressedCount(briefing, "*");
    }

    [Fact]
    public void Build_PolicyAboveEveryClusterCount_FunnelPlotsNoClusterAndSaysSo()
    {
        // Every cluster's annual antibacterial count is far below 10 million: every cluster is withheld from the funnel.
        var huge = Strict(10_000_000);
        var briefing = ClusterBriefing.Build(Options(control: DisclosureControl.Apply(huge)));
        var figure = ChartAttacker.Figures(BriefingHtml.Render(briefing)).Single(f => f.Id == "akit-cluster-funnel").Figure;

        Assert.DoesNotContain(figure["data"]!.AsArray(), t => ((string?)t!["mode"])?.Contains("markers", StringComparison.Ordinal) == true);
        Assert.Matches("([0-9]+) of the \\1 clusters not plotted", briefing.Charts.Single(c => c.Name == ClusterBriefing.FunnelChartName).AltText);
    }

    [Fact]
    public void DisclosureChartCheck_CountSuppressedInTables_RefusedEvenWhenNotSmall()
    {
        var check = new DisclosureChartCheck(DisclosureControl.Default, [("cluster-funnel", "GPC082 Fife 3 (this cluster)")]);
        check.CheckCount("cluster-funnel", "GPC001", "numerator", 5000);

        var error = Assert.Throws<UnsafeOutputException>(() => check.CheckCount("cluster-funnel", "GPC082 Fife 3 (this cluster)", "numerator", 57254));

        Assert.Equal(ChartMessages.CountSuppressedInTables("cluster-funnel", "GPC082 Fife 3 (this cluster)", "numerator"), error.Message);
        Assert.True(check.IsSuppressedInTables("cluster-funnel", "GPC082 Fife 3 (this cluster)"));
        Assert.False(check.IsSuppressedInTables("cluster-trend", "GPC082 Fife 3 (this cluster)"));
    }

    /// <summary>Each cluster's 2025 antibacterial items, each practice-month counted in the cluster it was in that month, by plain CSV splitting.</summary>
    private static Dictionary<string, long> ClusterCountsByHand()
    {
        var lines = File.ReadAllLines(Path.Combine(Data, "extracts", "prescribing-monthly.csv"));
        var header = lines[0].Split(',');
        int month = Array.IndexOf(header, "Month"), code = Array.IndexOf(header, "PracticeCode"), items = Array.IndexOf(header, SamplePlantedSignals.OutlierMeasure);
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var fields in lines.Skip(1).Select(l => l.Split(',')))
        {
            if (string.CompareOrdinal(fields[month], "202501") >= 0 && string.CompareOrdinal(fields[month], "202512") <= 0 && fields[items].Length > 0
                && InMonth(fields[month]).IsComparable(fields[code]) && InMonth(fields[month]).AreaCode(fields[code], GeographyLevel.Cluster) is { } cluster)
            {
                counts[cluster] = counts.GetValueOrDefault(cluster) + long.Parse(fields[items], CultureInfo.InvariantCulture);
            }
        }

        return counts;
    }

    private static string ChartFormatted(double value, int decimals) =>
        decimal.Round((decimal)value, decimals, MidpointRounding.AwayFromZero).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>
    /// Writes the workbook, reads every sheet back and checks, row by row, that where a count shows the marker, the
    /// rate, interval and comparison that belong to it are the marker or empty: with the published patient-years (or a
    /// practice's public list size) any of them gives the count back.
    /// </summary>
    private static void AssertWorkbookShowsNothingBesideASuppressedCount(ClusterBriefing briefing, string marker)
    {
        var folder = Directory.CreateTempSubdirectory("akit-briefing-leak-");
        try
        {
            var path = Path.Combine(folder.FullName, "briefing.xlsx");
            BriefingWorkbook.Write(briefing, path);
            using var workbook = SpreadsheetDocument.Open(path, false);
            var strings = workbook.WorkbookPart!.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
            var checkedCells = 0;
            foreach (var sheet in workbook.WorkbookPart.Workbook.Sheets!.Elements<Sheet>())
            {
                if (sheet.Name!.Value == BriefingWorkbook.NotesSheet)
                {
                    continue;
                }

                var table = briefing.Tables.Single(t => t.Name == sheet.Name!.Value);
                var part = (WorksheetPart)workbook.WorkbookPart.GetPartById(sheet.Id!.Value!);
                var rows = part.Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => Text(c, strings)).ToList()).ToList();
                // Row 2 is the header (intervals split into lower and upper columns); count columns found by their heading.
                var header = rows[BriefingWorkbook.HeaderRows - 1];
                var countColumns = table.CountColumns.Select(c => header.IndexOf(table.Columns[c])).ToList();
                Assert.DoesNotContain(-1, countColumns);
                foreach (var row in rows.Skip(BriefingWorkbook.HeaderRows).Where(r => r.Count == header.Count))
                {
                    foreach (var count in countColumns.Where(c => row[c] == marker))
                    {
                        foreach (var dependent in Dependents(header, count))
                        {
                            Assert.True(row[dependent] == marker || row[dependent].Length == 0,
                                $"sheet {table.Name}, row {row[0]}: '{header[dependent]}' = '{row[dependent]}' beside a suppressed '{header[count]}'");
                            checkedCells++;
                        }
                    }
                }
            }

            Assert.True(checkedCells > 0, "no suppressed count with a rate beside it was checked");
        }
        finally
        {
            folder.Delete(true);
        }
    }

    private static string Text(Cell cell, List<string> strings) =>
        cell.DataType?.Value == CellValues.SharedString ? strings[int.Parse(cell.InnerText, CultureInfo.InvariantCulture)] : cell.InnerText;

    /// <summary>The columns that belong to a count column: "L (rate)" and "L vs Scotland" for "L (count)"; otherwise every rate, interval or comparison column that is not Scotland's.</summary>
    private static IEnumerable<int> Dependents(IReadOnlyList<string> columns, int count)
    {
        var header = columns[count];
        if (header.EndsWith(" (count)", StringComparison.Ordinal))
        {
            var indicator = header[..^" (count)".Length];
            return Enumerable.Range(0, columns.Count).Where(c => c != count && columns[c].StartsWith(indicator + " ", StringComparison.Ordinal));
        }

        return Enumerable.Range(0, columns.Count).Where(c => !columns[c].StartsWith("Scotland", StringComparison.Ordinal)
            && (columns[c].Contains("rate", StringComparison.OrdinalIgnoreCase) || columns[c].Contains("interval", StringComparison.Ordinal) || columns[c].StartsWith("Compared", StringComparison.Ordinal)));
    }
}
