using System.Globalization;
using AnalysisKit.Briefings;
using AnalysisKit.Disclosure;
using AnalysisKit.Samples;
using AnalysisKit.Testing;
using AnalysisKit.Tests.Disclosure.Attack;

namespace AnalysisKit.Tests.Briefings;

/// <summary>
/// The deprivation section: the headline measure (antibacterial items, 2025) by the SIMD quintile of the cluster's
/// practices, checked against sums by hand over the CSVs and Byar's limits by hand, and attacked under a policy that
/// suppresses quintiles.
/// </summary>
public partial class ClusterBriefingTests
{
    /// <summary>Between the smallest quintile's 2025 count (quintile 4, one practice, 4,462) and the next (14,425).</summary>
    private const int HidesQuintileFour = 5_000;

    [Fact]
    public void Build_Quintiles_CountPatientYearsRateAndIntervalEqualHandSums()
    {
        // Quintile of each practice from the lookup CSV, counts and list sizes from the extract, both split by hand.
        var quintileOf = File.ReadAllLines(Path.Combine(Data, "geography", "practice-lookup.csv")).Skip(1).Select(l => l.Split(','))
            .Where(f => f[2] == SamplePlantedSignals.OutlierClusterCode && f[7] == "open")
            .ToDictionary(f => f[0], f => int.Parse(f[6], CultureInfo.InvariantCulture), StringComparer.Ordinal);
        var table = Default.Value.Tables.Single(t => t.Name == ClusterBriefing.QuintileTableName);
        // Fife 3's practices by quintile (lookup): 1 → 2 practices, 2 → 1, 3 → 3, 4 → 1. A group of fewer than 4 practices
        // takes its neighbour: 1 takes 2 (3 practices) and 3 (6); 4, left alone at the end, joins them. So the one
        // published group is 1–4, the whole cluster.
        Assert.Equal(new[] { 2, 1, 3, 1 }, quintileOf.Values.GroupBy(q => q).OrderBy(g => g.Key).Select(g => g.Count()));
        var groups = new[] { (Label: "1–4", Quintiles: new[] { 1, 2, 3, 4 }) };
        Assert.Equal(groups.Select(g => g.Label), Default.Value.Quintiles.Select(q => q.Label));

        foreach (var (quintile, group) in Default.Value.Quintiles.Zip(groups))
        {
            var members = quintileOf.Where(p => group.Quintiles.Contains(p.Value)).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
            var (count, years) = SumByHand("prescribing-monthly.csv", SamplePlantedSignals.OutlierMeasure, (code, month) => members.Contains(code) && InCluster(SamplePlantedSignals.OutlierClusterCode)(code, month));
            Assert.Equal(members.Count, quintile.Practices);
            Assert.Equal(count, quintile.Rate.Numerator);
            Close.Relative(years, quintile.Rate.Denominator, 1e-12, $"quintile {quintile.Quintile} patient-years");
            Close.Relative(count / years * 1000, quintile.Rate.Value, 1e-12, $"quintile {quintile.Quintile} rate");
            // Byar's limits (every count here is ≥ 10): O(1 − 1/9O − z/3√O)³ and (O+1)(1 − 1/9(O+1) + z/3√(O+1))³, z = 1.959964.
            const double z = 1.959963984540054;
            var lower = count * Math.Pow(1 - (1 / (9 * count)) - (z / (3 * Math.Sqrt(count))), 3);
            var upper = (count + 1) * Math.Pow(1 - (1 / (9 * (count + 1))) + (z / (3 * Math.Sqrt(count + 1))), 3);
            Close.Relative(lower / years * 1000, quintile.Rate.Lower, 1e-9, $"quintile {quintile.Quintile} lower limit");
            Close.Relative(upper / years * 1000, quintile.Rate.Upper, 1e-9, $"quintile {quintile.Quintile} upper limit");

            var row = table.Rows.Single(r => r[0] == group.Label);
            Assert.Equal([members.Count.ToString(CultureInfo.InvariantCulture), count.ToString("#,##0", CultureInfo.InvariantCulture),
                Round(years, 0), Round(count / years * 1000, 1), $"{Round(lower / years * 1000, 1)} to {Round(upper / years * 1000, 1)}"], row.Skip(1));
        }
    }

    [Fact]
    public void Build_Quintiles_SentenceSaysTheClustersPracticesAreTooFewToSplit()
    {
        var sentences = Default.Value.Deprivation;

        // From the lookup by hand: quintile 1 has two practices (80018, 80019), 2 and 4 one each (80020; 80016), 3 three:
        // no split leaves every group with 4 practices, so the seven are one group and no rate is compared across groups.
        Assert.StartsWith("Antibacterial items (per 1,000 patient-years) in Fife 3 by the SIMD 2020v2 quintile of each practice (1 = most deprived, 5 = least): quintiles 1–4: 1,164.9 ",
            sentences[0], StringComparison.Ordinal);
        Assert.Contains("No practice of the cluster is in quintile 5.", sentences);
        Assert.Contains("The cluster's 7 practices are too few to split by deprivation: every group must hold at least 4 practices, or its count with the practices' rounded values would identify them, so they are shown as one group.", sentences);
        Assert.DoesNotContain(sentences, s => s.StartsWith("The rate in the most deprived", StringComparison.Ordinal) || s.StartsWith("Caveat:", StringComparison.Ordinal));
        var html = BriefingHtml.Render(Default.Value);
        var section = html[html.IndexOf("<section id=\"deprivation\">", StringComparison.Ordinal)..html.IndexOf("<section id=\"data-quality\">", StringComparison.Ordinal)];
        Assert.Contains("id=\"table-simd-quintiles\"", section, StringComparison.Ordinal);
        Assert.Contains("id=\"akit-simd-rates\"", section, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_PolicyHidingAQuintile_SecondarySuppressionAndNoChartOrCellGivesItBack()
    {
        var briefing = ClusterBriefing.Build(Options(control: DisclosureControl.Apply(Strict(HidesQuintileFour))));

        // Quintile 4 (4,462 items, one practice) is small and hidden in the Scotland-wide table with a partner. The briefing
        // publishes no small group: quintile 4 is inside the one group 1–4, which is the cluster total (published) and so
        // is published too. No published cell or chart item equals the hidden count.
        Assert.Equal(["1–4"], briefing.Quintiles.Select(q => q.Label));
        var hidden = briefing.Quintiles.Where(q => q.CountSuppressed).Select(q => q.Label).ToList();
        var published = briefing.Tables.SelectMany(t => t.Rows.SelectMany(r => t.CountColumns.Select(c => r[c]))).ToList();
        Assert.DoesNotContain("4,462", published);
        List<string> labels = ["4", .. hidden];
        var figures = ChartAttacker.Figures(BriefingHtml.Render(briefing));
        var simd = figures.Single(f => f.Id == "akit-simd-rates").Figure;
        Assert.Equal(briefing.Quintiles.Count - hidden.Count, simd["data"]![0]!["y"]!.AsArray().Count(y => y is not null));
        foreach (var (id, figure) in figures)
        {
            Assert.Empty(ChartAttacker.Leaks(id, figure, HidesQuintileFour, labels));
        }

        // The cluster's monthly counts (2025 total 57,254, ≈ 4,770 a month) fall below 5,000 in some month: with public
        // list sizes the monthly rates would give them back, so the trend is withheld although the annual total is shown.
        Assert.DoesNotContain(briefing.Charts, c => c.Name == ClusterBriefing.TrendChartName);
        Assert.False(briefing.Indicators.Single(i => i.Name == "antibacterials").CountSuppressed);

        // The data-quality statement counts exactly the markers in the published count cells of all three tables.
        var markers = briefing.Tables.Sum(t => t.Rows.Sum(r => t.CountColumns.Count(c => r[c] == "*")));
        Assert.Contains($"{markers} published counts suppressed by disclosure control (cluster totals, SIMD quintile and practice counts).", briefing.DataQuality);

        AssertNoSmallCount(briefing, Strict(HidesQuintileFour));
    }

    [Fact]
    public void Build_PolicyHidingAQuintile_ExactAttackerOnTheThreeTablesPinsNoHiddenCount()
    {
        // The headline counts as published in the summary (cluster total) and the deprivation table (quintile groups);
        // the anonymised practice table publishes no count, so each practice's count is unknown to the attacker. The
        // hidden quintile 4 (4,462) sits inside group 1–4: total = Σ groups and each group = Σ its practices (whose
        // quintiles are public). The exact LP attacker must pin no hidden cell closer than 5,000, and no published cell
        // may be a group of fewer than four practices.
        var briefing = ClusterBriefing.Build(Options(control: DisclosureControl.Apply(Strict(HidesQuintileFour))));
        var label = Sample.Value.Indicators.Single(i => i.Name == "antibacterials").Label;
        var summary = briefing.Tables.Single(t => t.Name == "summary").Rows.Single(r => r[0] == label)[1];
        var quintileTable = briefing.Tables.Single(t => t.Name == ClusterBriefing.QuintileTableName);
        var practiceTable = briefing.Tables.Single(t => t.Name == "practices");
        Assert.All(quintileTable.Rows, r => Assert.True(int.Parse(r[1], CultureInfo.InvariantCulture) >= ClusterBriefing.FewestPracticesInGroup, $"group {r[0]} has {r[1]} practice(s)"));
        var cells = new List<string> { summary };
        cells.AddRange(quintileTable.Rows.Select(r => r[2]));
        cells.AddRange(CountsOrUnknown(practiceTable, label));

        var table = new PublishedTable(cells.Count, 1);
        for (var i = 0; i < cells.Count; i++)
        {
            table.Suppressed[i, 0] = cells[i] == "*";
            table.Values[i, 0] = cells[i] == "*" ? 0 : ParseCount(cells[i]);
        }

        var groups = briefing.Quintiles.Select((q, i) => (Practices: q.Practices, Row: 1 + i)).ToList();
        table.Relations.Add(((0, 0), groups.Select(g => (g.Row, 0)).ToArray()));
        var practiceRows = Enumerable.Range(1 + groups.Count, practiceTable.Rows.Count).ToList();
        var next = 0;
        foreach (var (practices, row) in groups)
        {
            // Which rows are in which group is public through the practices' quintiles; as the rows are all unknown here, any split of the right sizes is the same to the attacker.
            table.Relations.Add(((row, 0), practiceRows.Skip(next).Take(practices).Select(r => (r, 0)).ToArray()));
            next += practices;
        }

        Assert.Empty(TableAttacker.Leaks(table, HidesQuintileFour));
    }

    private static string Round(double value, int decimals) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("#,##0" + (decimals > 0 ? "." + new string('0', decimals) : ""), CultureInfo.InvariantCulture);
}
