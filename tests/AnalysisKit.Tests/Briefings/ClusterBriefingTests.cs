using System.Globalization;
using System.Text.RegularExpressions;
using AnalysisKit.Briefings;
using AnalysisKit.Charts;
using AnalysisKit.Definitions;
using AnalysisKit.Disclosure;
using AnalysisKit.Geography;
using AnalysisKit.Indicators;
using AnalysisKit.Samples;
using AnalysisKit.Testing;

namespace AnalysisKit.Tests.Briefings;

/// <summary>
/// The cluster briefing of the sample data's planted outlier cluster: every section, anonymisation, determinism and a
/// scan of every published count against the disclosure policy.
/// </summary>
public partial class ClusterBriefingTests
{
    private static readonly string Data = RepoPaths.InRepo("data-samples");

    /// <summary>data-samples/briefing.json: the six sample indicators, 2025, antibacterial items as the headline.</summary>
    internal static readonly Lazy<BriefingDefinition> Sample = new(() => BriefingDefinition.Load(Path.Combine(Data, "briefing.json")));

    private static readonly Lazy<ClusterBriefing> Default = new(() => ClusterBriefing.Build(Options()));

    private static readonly Lazy<string> DefaultHtml = new(() => BriefingHtml.Render(Default.Value));

    private static readonly Lazy<PracticeLookup> Lookup = new(() => PracticeLookupReader.ReadFolder(Path.Combine(Data, "geography")));

    /// <summary>The hierarchy at the end of 2025 (the briefing's effective date).</summary>
    private static readonly Lazy<PracticeHierarchy> Hierarchy = new(() => Lookup.Value.AsAt(new DateOnly(2025, 12, 31)));

    private static readonly Dictionary<string, PracticeHierarchy> Months = [];

    /// <summary>The hierarchy on the first day of a month yyyyMM: the briefing counts each month where the practice was then.</summary>
    private static PracticeHierarchy InMonth(string month)
    {
        lock (Months)
        {
            if (!Months.TryGetValue(month, out var hierarchy))
            {
                Months[month] = hierarchy = Lookup.Value.AsAt(DateOnly.ParseExact(month + "01", "yyyyMMdd", CultureInfo.InvariantCulture));
            }

            return hierarchy;
        }
    }

    /// <summary>Open (comparable) in that month, and in the cluster then.</summary>
    private static Func<string, string, bool> InCluster(string cluster) =>
        (code, month) => InMonth(month).IsComparable(code) && InMonth(month).AreaCode(code, GeographyLevel.Cluster) == cluster;

    private static bool OpenInMonth(string code, string month) => InMonth(month).IsComparable(code);

    private static BriefingOptions Options(string? practice = null, DisclosureControl? control = null) =>
        new(Sample.Value, AreaLevel.Cluster, SamplePlantedSignals.OutlierClusterCode, practice, control);

    /// <summary>The column of a table by its heading.</summary>
    private static int Column(BriefingTable table, string heading)
    {
        var index = table.Columns.ToList().IndexOf(heading);
        Assert.True(index >= 0, $"no column '{heading}' in {table.Name}: {string.Join(", ", table.Columns)}");
        return index;
    }

    /// <summary>A published count as written on the page ("17,030").</summary>
    internal static long ParseCount(string text) => long.Parse(text.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);

    /// <summary>A table's count cells for an indicator, or — in an anonymised practice table, which publishes no counts — "*" (unknown to an attacker) for every row.</summary>
    internal static IEnumerable<string> CountsOrUnknown(BriefingTable table, string label)
    {
        var column = table.Columns.ToList().IndexOf(label + " (count)");
        return table.Rows.Select(r => column < 0 ? "*" : r[column]);
    }

    /// <summary>The page without the inlined plotly.js library, whose minified text is not ours to scan.</summary>
    private static string OwnText(string html) => html.Replace(ChartRenderer.PlotlyJs, "", StringComparison.Ordinal);

    [Fact]
    public void Render_OutlierCluster_HasEverySectionInOrderAndBothCharts()
    {
        var html = DefaultHtml.Value;
        var positions = BriefingHtml.SectionIds.Select(id => html.IndexOf($"<section id=\"{id}\">", StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p > 0));
        Assert.Equal(positions.Order().ToList(), positions);
        Assert.Contains("id=\"akit-cluster-funnel\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"akit-cluster-trend\"", html, StringComparison.Ordinal);
        // The funnel (cluster against all clusters) comes before any practice-level view.
        Assert.True(html.IndexOf("akit-cluster-funnel", StringComparison.Ordinal) < html.IndexOf("table-practices", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_OutlierCluster_PlotlyInlinedOnceAndNothingFetched()
    {
        var html = DefaultHtml.Value;
        var first = html.IndexOf(ChartRenderer.PlotlyJs, StringComparison.Ordinal);
        Assert.True(first > 0);
        Assert.Equal(-1, html.IndexOf(ChartRenderer.PlotlyJs, first + 1, StringComparison.Ordinal));
        Assert.Contains($"content=\"{BriefingHtml.ContentSecurityPolicy}\"", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(new Regex("(src|href)=\"(https?:)?//", RegexOptions.IgnoreCase), OwnText(html));
    }

    [Fact]
    public void Build_OutlierCluster_AntibacterialsSignificantlyHigherAndOutlierOnTheFunnel()
    {
        var briefing = Default.Value;
        var antibacterial = briefing.Indicators.Single(i => i.Name == "antibacterials");
        Assert.Equal(Significance.Higher, antibacterial.Significance);
        // The planted factor 1.35 on top of the practice effects: README says ≈1.45 × Scotland with seed 1948.
        Assert.InRange(antibacterial.Area.Value / antibacterial.ScotlandRate, 1.3, 1.6);
        Assert.Contains(briefing.Findings, f => f.Contains("above the 99.8% control limit", StringComparison.Ordinal));
        Assert.Contains(briefing.Findings, f => f.StartsWith("Antibacterial items: ", StringComparison.Ordinal) && f.Contains("significantly higher than Scotland", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("prescribing-monthly.csv", "AnticholinergicItems", "anticholinergic")]
    [InlineData("prescribing-monthly.csv", "AntibacterialItems", "antibacterials")]
    [InlineData("prescribing-monthly.csv", "HighRiskItems", "high-risk")]
    [InlineData("activity-monthly.csv", "Referrals", "referrals")]
    [InlineData("activity-monthly.csv", "AeAttendances", "ae-attendances")]
    [InlineData("activity-monthly.csv", "EmergencyAdmissions", "emergency-admissions")]
    public void Build_ClusterAndScotlandRates_EqualCountsOverPatientYearsSummedByHand(string file, string measure, string name)
    {
        // Independent recomputation with plain string splitting of the extract (not the briefing's reader): over
        // 2025, the counts summed over the practice-months with a value, divided by the patient-years (the sum of those
        // months' list sizes / 12), × 1,000; Scotland = every practice open in that month, the cluster = its practices
        // in that month (the lookup read month by month, as the briefing places each month).
        var (scotlandCount, scotlandYears) = SumByHand(file, measure, OpenInMonth);
        var (clusterCount, clusterYears) = SumByHand(file, measure, InCluster(SamplePlantedSignals.OutlierClusterCode));

        var indicator = Default.Value.Indicators.Single(i => i.Name == name);
        Close.Relative(scotlandCount / scotlandYears * 1000, indicator.ScotlandRate, 1e-12, $"Scotland {measure} rate");
        Assert.Equal(clusterCount, indicator.Area.Numerator);
        Close.Relative(clusterYears, indicator.Area.Denominator, 1e-12, $"cluster {measure} patient-years");
        Close.Relative(clusterCount / clusterYears * 1000, indicator.Area.Value, 1e-12, $"cluster {measure} rate");

        // The summary table shows the same numbers, rates to one decimal (half-up of the hand value).
        var table = Default.Value.Tables.Single(t => t.Name == "summary");
        var row = table.Rows.Single(r => r[0] == indicator.Label);
        // Numbers on the page carry thousands separators (#,##0 and #,##0.0, invariant).
        Assert.Equal(clusterCount.ToString("#,##0", CultureInfo.InvariantCulture), row[Column(table, "Cluster count")]);
        Assert.Equal(Math.Round(clusterYears, 0, MidpointRounding.AwayFromZero).ToString("#,##0", CultureInfo.InvariantCulture), row[Column(table, "Denominator")]);
        Assert.Equal(Math.Round(clusterCount / clusterYears * 1000, 1, MidpointRounding.AwayFromZero).ToString("#,##0.0", CultureInfo.InvariantCulture), row[Column(table, "Cluster value")]);
        Assert.Equal(Math.Round(scotlandCount / scotlandYears * 1000, 1, MidpointRounding.AwayFromZero).ToString("#,##0.0", CultureInfo.InvariantCulture), row[Column(table, "Scotland value")]);
    }

    [Fact]
    public void Build_PracticeRates_EqualEachPracticesCountOverItsPatientYearsByHand()
    {
        // Anonymised practices' values are rounded to two significant figures of the cluster's value (1,164.9 → to 100),
        // half away from zero; the named-practice variant rounds the named practice the same way.
        var practices = Hierarchy.Value.ComparablePracticesIn(GeographyLevel.Cluster, SamplePlantedSignals.OutlierClusterCode).ToList();
        var table = Default.Value.Tables.Single(t => t.Name == "practices");
        var column = Column(table, "Antibacterial items (value, to 100)");
        Assert.Equal(practices.Count, table.Rows.Count);
        foreach (var practice in practices)
        {
            var (count, years) = SumByHand("prescribing-monthly.csv", "AntibacterialItems", (code, _) => code == practice.Code);
            var row = table.Rows.Single(r => r[0] == Default.Value.PracticeLabels[practice.Code]);
            Assert.Equal((Math.Round(count / years * 1000 / 100, 0, MidpointRounding.AwayFromZero) * 100).ToString("#,##0", CultureInfo.InvariantCulture), row[column]);

            var named = ClusterBriefing.Build(Options(practice.Code)).Tables.Single(t => t.Name == "practices");
            var own = named.Rows.Single(r => r[0] == $"{practice.Code} {practice.Name}");
            Assert.Equal(row[column], own[Column(named, "Antibacterial items (value, to 100)")]);
        }
    }

    /// <summary>Sums a measure and its list sizes / 12 over 2025 (or months yyyyMM from–to) for the practice-months chosen (code, month), splitting the CSV by hand.</summary>
    private static (double Count, double PatientYears) SumByHand(string file, string measure, Func<string, string, bool> practice, string from = "202501", string to = "202512")
    {
        var lines = File.ReadAllLines(Path.Combine(Data, "extracts", file));
        var header = lines[0].Split(',');
        int month = Array.IndexOf(header, "Month"), code = Array.IndexOf(header, "PracticeCode"), list = Array.IndexOf(header, "ListSize"), items = Array.IndexOf(header, measure);
        double count = 0, patientMonths = 0;
        foreach (var fields in lines.Skip(1).Select(l => l.Split(',')))
        {
            if (string.CompareOrdinal(fields[month], from) >= 0 && string.CompareOrdinal(fields[month], to) <= 0 && fields[items].Length > 0 && practice(fields[code], fields[month]))
            {
                count += double.Parse(fields[items], CultureInfo.InvariantCulture);
                patientMonths += double.Parse(fields[list], CultureInfo.InvariantCulture);
            }
        }

        return (count, patientMonths / 12);
    }

    [Fact]
    public void Render_Default_NoPracticeCodeOrNameOfAnyPracticeAppears()
    {
        var text = OwnText(DefaultHtml.Value);
        foreach (var practice in Hierarchy.Value.Practices)
        {
            Assert.DoesNotMatch(new Regex($"(?<![0-9.]){practice.Code}(?![0-9])"), text);
        }

        foreach (var practice in Hierarchy.Value.ComparablePracticesIn(GeographyLevel.Cluster, SamplePlantedSignals.OutlierClusterCode))
        {
            Assert.DoesNotContain(practice.Name, text, StringComparison.Ordinal);
        }

        Assert.Equal(
            Enumerable.Range(0, Default.Value.PracticeLabels.Count).Select(i => "Practice " + (char)('A' + i)),
            Default.Value.PracticeLabels.Values.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Render_NamedPractice_NamesOnlyThatPractice()
    {
        var cluster = Hierarchy.Value.ComparablePracticesIn(GeographyLevel.Cluster, SamplePlantedSignals.OutlierClusterCode).OrderBy(p => p.Code, StringComparer.Ordinal).ToList();
        var named = cluster[2];
        var briefing = ClusterBriefing.Build(Options(named.Code));
        var text = OwnText(BriefingHtml.Render(briefing));

        Assert.Contains($"{named.Code} {named.Name}", text, StringComparison.Ordinal);
        Assert.Equal($"{named.Code} {named.Name}", briefing.PracticeLabels[named.Code]);
        foreach (var other in Hierarchy.Value.Practices.Where(p => p.Code != named.Code))
        {
            Assert.DoesNotMatch(new Regex($"(?<![0-9.]){other.Code}(?![0-9])"), text);
            if (cluster.Contains(other) && other.Name != named.Name)
            {
                Assert.DoesNotContain(other.Name, text, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Build_PracticeOutsideCluster_RefusedNamingPracticeAndCluster()
    {
        var error = Assert.Throws<ArgumentException>(() => ClusterBriefing.Build(Options(SamplePlantedSignals.ShiftPracticeCode)));
        Assert.StartsWith(BriefingMessages.PracticeNotInArea(SamplePlantedSignals.ShiftPracticeCode, "cluster", SamplePlantedSignals.OutlierClusterCode), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_UnknownHeadlineMeasure_RefusedListingTheIndicators()
    {
        var error = Assert.Throws<ArgumentException>(() => ClusterBriefing.Build(Options() with { Headline = "DiabetesRegister" }));
        Assert.StartsWith(BriefingMessages.UnknownHeadline("DiabetesRegister", Sample.Value.Indicators.Select(i => i.Name)), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_UnknownCluster_Refused()
    {
        var error = Assert.Throws<ArgumentException>(() => ClusterBriefing.Build(Options() with { AreaCode = "GPC999" }));
        Assert.StartsWith(BriefingMessages.UnknownArea("cluster", "GPC999", "January 2025 to December 2025", ["GPC001", "GPC002", "GPC003"]), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderAndWorkbook_TwoBuilds_SameBytes()
    {
        var second = ClusterBriefing.Build(Options());
        Assert.Equal(DefaultHtml.Value, BriefingHtml.Render(second));

        var folder = Directory.CreateTempSubdirectory("akit-briefing-");
        try
        {
            var a = Path.Combine(folder.FullName, "a.xlsx");
            var b = Path.Combine(folder.FullName, "b.xlsx");
            BriefingWorkbook.Write(Default.Value, a);
            BriefingWorkbook.Write(second, b);
            Assert.Equal(File.ReadAllBytes(a), File.ReadAllBytes(b));
        }
        finally
        {
            folder.Delete(true);
        }
    }

    [Fact]
    public void Tables_EveryCountCell_IsTheMarkerOrNotSmall()
    {
        AssertNoSmallCount(Default.Value, SuppressionPolicy.PhsPracticeUnder5);
    }

    [Fact]
    public void Build_StrictPolicyThatHidesPractices_HtmlAndWorkbookShowOnlyMarkersForThem()
    {
        // A threshold of 1,000 makes several practices' annual counts small (the smallest practice has 322 admissions):
        // they must show the marker in the tables, with secondary suppression so the total cannot reveal them.
        var strict = new SuppressionPolicy("strict-1000", 1000, ThresholdComparison.LessThan, true, "*", false, 1, RoundingRule.HalfUp, false, SecondaryMethod.Complete);
        var briefing = ClusterBriefing.Build(Options(control: DisclosureControl.Apply(strict)));
        var practices = briefing.Tables.Single(t => t.Name == "practices");
        // The anonymised practice table publishes no counts; a practice whose count is hidden shows the marker as its value.
        var values = Enumerable.Range(0, practices.Columns.Count).Where(c => practices.Columns[c].Contains(" (value", StringComparison.Ordinal)).ToList();
        var markers = practices.Rows.Sum(r => values.Count(c => r[c] == "*"));
        Assert.True(markers >= 2, "primary and at least one secondary suppression");
        AssertNoSmallCount(briefing, strict);

        var folder = Directory.CreateTempSubdirectory("akit-briefing-strict-");
        try
        {
            var path = Path.Combine(folder.FullName, "strict.xlsx");
            BriefingWorkbook.Write(briefing, path);
            using var workbook = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(path, false);
            var sheets = workbook.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().ToList();
            Assert.Equal([.. briefing.Tables.Select(t => t.Name), BriefingWorkbook.NotesSheet], sheets.Select(s => s.Name!.Value));
            var sheet = (DocumentFormat.OpenXml.Packaging.WorksheetPart)workbook.WorkbookPart.GetPartById(sheets[1].Id!.Value!);
            var rows = sheet.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().Skip(2).Take(practices.Rows.Count).ToList();
            Assert.Equal(practices.Rows.Count, rows.Count);
            foreach (var (row, table) in rows.Zip(practices.Rows))
            {
                // Numbers are stored as numbers (no separators in the cell value), markers as text.
                var cells = row.Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().Select(c => c.InnerText).ToList();
                Assert.Equal(table.Select(t => t.Replace(",", "", StringComparison.Ordinal)), cells);
            }
        }
        finally
        {
            folder.Delete(true);
        }

        var html = BriefingHtml.Render(briefing);
        foreach (Match cell in Regex.Matches(html, "<td class=\"count num\">([^<]*)</td>"))
        {
            var text = cell.Groups[1].Value;
            Assert.True(text == "*" || !strict.IsSmall(ParseCount(text)), $"count cell '{text}'");
        }
    }

    [Fact]
    public void DisclosureChartCheck_SmallCount_RefusedNamingChartAndItem()
    {
        var check = new DisclosureChartCheck(DisclosureControl.Default);
        check.CheckCount("cluster-funnel", "GPC001", "numerator", 5);
        check.CheckCount("cluster-funnel", "GPC001", "numerator", 0);
        var error = Assert.Throws<UnsafeOutputException>(() => check.CheckCount("cluster-funnel", "GPC001", "numerator", 3));
        Assert.Contains("chart 'cluster-funnel', GPC001, numerator", error.Message, StringComparison.Ordinal);
        Assert.Equal("*", check.SuppressionMarker);
    }

    private static void AssertNoSmallCount(ClusterBriefing briefing, SuppressionPolicy policy)
    {
        foreach (var table in briefing.Tables)
        {
            foreach (var row in table.Rows)
            {
                foreach (var column in table.CountColumns)
                {
                    var text = row[column];
                    Assert.True(text == policy.Marker || text.Length == 0 || !policy.IsSmall(ParseCount(text)),
                        $"table {table.Name}, row {row[0]}, column {table.Columns[column]}: '{text}'");
                }
            }
        }
    }
}
