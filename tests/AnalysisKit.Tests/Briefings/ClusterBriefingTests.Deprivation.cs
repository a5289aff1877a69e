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
        Assert.Equal(quintileOf.Values.Distinct().Order(), Default.Value.Quintiles.Select(q => q.Quintile!.Value));

        foreach (var quintile in Default.Value.Quintiles)
        {
            var members = quintileOf.Where(p => p.Value == quintile.Quintile).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
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

            var row = table.Rows.Single(r => r[0].StartsWith(quintile.Quintile!.Value.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));
            Assert.Equal([members.Count.ToString(CultureInfo.InvariantCulture), count.ToString(CultureInfo.InvariantCulture),
                Round(years, 0), Round(count / years * 1000, 1), $"{Round(lower / years * 1000, 1)} to {Round(upper / years * 1000, 1)}"], row.Skip(1));
        }
    }

    [Fact]
    public void Build_Quintiles_SentenceSaysWhatTheRatesShowWithTheSmallQuintileCaveat()
    {
        var sentences = Default.Value.Deprivation;

        // From the lookup by hand: quintile 1 has two practices (80018, 80019), quintiles 2 and 4 one each (80020; 80016).
        Assert.StartsWith("Antibacterial items (per 1,000 patient-years) in Fife 3 by the SIMD 2020v2 quintile of each practice (1 = most deprived, 5 = least): quintile 1: ",
            sentences[0], StringComparison.Ordinal);
        Assert.Contains("No practice of the cluster is in quintile 5.", sentences);
        Assert.Contains("Caveat: quintiles 1, 2 and 4 rest on fewer than 3 practices, so their rates reflect those practices as much as deprivation.", sentences);
        Assert.Contains(sentences, s => s.StartsWith("The rate in the most deprived quintile shown (1) is ", StringComparison.Ordinal));
        var html = BriefingHtml.Render(Default.Value);
        var section = html[html.IndexOf("<section id=\"deprivation\">", StringComparison.Ordinal)..html.IndexOf("<section id=\"data-quality\">", StringComparison.Ordinal)];
        Assert.Contains("id=\"table-simd-quintiles\"", section, StringComparison.Ordinal);
        Assert.Contains("id=\"akit-simd-rates\"", section, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_PolicyHidingAQuintile_SecondarySuppressionAndNoChartOrCellGivesItBack()
    {
        var briefing = ClusterBriefing.Build(Options(control: DisclosureControl.Apply(Strict(HidesQuintileFour))));

        // Quintile 4 (4,462 items) is small; the quintile subtotals add up to the published cluster total, so at least
        // one other quintile must be hidden with it.
        var hidden = briefing.Quintiles.Where(q => q.CountSuppressed).Select(q => q.Quintile!.Value).ToList();
        Assert.Contains(4, hidden);
        Assert.True(hidden.Count >= 2, "secondary suppression of another quintile");

        var labels = hidden.Select(q => q switch { 1 => "1 (most deprived)", 5 => "5 (least deprived)", _ => q.ToString(CultureInfo.InvariantCulture) }).ToList();
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
        Assert.True(markers > hidden.Count);
        Assert.Contains($"{markers} published counts suppressed by disclosure control (cluster totals, SIMD quintile and practice counts).", briefing.DataQuality);

        AssertNoSmallCount(briefing, Strict(HidesQuintileFour));
        AssertWorkbookShowsNothingBesideASuppressedCount(briefing, "*");
    }

    [Fact]
    public void Build_PolicyHidingAQuintile_ExactAttackerOnTheThreeTablesPinsNoHiddenCount()
    {
        // The headline counts as published in the summary (cluster total), the deprivation table (quintiles) and the
        // practice table (practices, with each practice's quintile published beside it): total = Σ quintiles and each
        // quintile = Σ its practices. The exact LP attacker must not pin any hidden cell closer than 5,000.
        var briefing = ClusterBriefing.Build(Options(control: DisclosureControl.Apply(Strict(HidesQuintileFour))));
        var label = Sample.Value.Indicators.Single(i => i.Name == "antibacterials").Label;
        var summary = briefing.Tables.Single(t => t.Name == "summary").Rows.Single(r => r[0] == label)[1];
        var quintileTable = briefing.Tables.Single(t => t.Name == ClusterBriefing.QuintileTableName);
        var practiceTable = briefing.Tables.Single(t => t.Name == "practices");
        var countColumn = practiceTable.Columns.ToList().IndexOf(label + " (count)");
        var cells = new List<string> { summary };
        cells.AddRange(quintileTable.Rows.Select(r => r[2]));
        cells.AddRange(practiceTable.Rows.Select(r => r[countColumn]));

        var table = new PublishedTable(cells.Count, 1);
        for (var i = 0; i < cells.Count; i++)
        {
            table.Suppressed[i, 0] = cells[i] == "*";
            table.Values[i, 0] = cells[i] == "*" ? 0 : long.Parse(cells[i], CultureInfo.InvariantCulture);
        }

        var quintileRows = quintileTable.Rows.Select((r, i) => (Quintile: r[0][..1], Row: 1 + i)).ToList();
        table.Relations.Add(((0, 0), quintileRows.Select(q => (q.Row, 0)).ToArray()));
        foreach (var (quintile, row) in quintileRows)
        {
            var members = practiceTable.Rows.Select((r, i) => (Quintile: r[1], Row: 1 + quintileRows.Count + i)).Where(p => p.Quintile == quintile).Select(p => (p.Row, 0)).ToArray();
            table.Relations.Add(((row, 0), members));
        }

        Assert.True(cells.Count(c => c == "*") >= 3, "quintile 4, its practice and their partners are hidden");
        Assert.Empty(TableAttacker.Leaks(table, HidesQuintileFour));
    }

    private static string Round(double value, int decimals) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
