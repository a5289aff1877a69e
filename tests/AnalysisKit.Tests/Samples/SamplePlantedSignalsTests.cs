using System.Globalization;
using AnalysisKit.Samples;

namespace AnalysisKit.Tests.Samples;

/// <summary>The planted signals are really in the committed data, checked with plain sums over the extract rows.</summary>
public sealed class SamplePlantedSignalsTests
{
    private static readonly SampleExtract Prescribing = SampleExtract.Prescribing;

    private static string Month(DateOnly date) => date.ToString("yyyyMM", CultureInfo.InvariantCulture);

    private static bool Counted(SampleExtract extract, string[] row) =>
        extract.Text(row, "PracticeCode") is not ("99996" or "99997" or "99998" or "99999" or SamplePlantedSignals.OptedOutPracticeCode);

    [Fact]
    public void OutlierCluster_HasTheHighestAntibacterialRateOfAllClusters()
    {
        var rates = Prescribing.Rows
            .Where(r => Counted(Prescribing, r))
            .GroupBy(r => Prescribing.Text(r, "GPCluster"))
            .ToDictionary(
                g => g.Key,
                g => g.Sum(r => Prescribing.Number(r, SamplePlantedSignals.OutlierMeasure)) / (double)g.Sum(r => Prescribing.Number(r, "ListSize")));
        var scotland = Prescribing.Rows.Where(r => Counted(Prescribing, r)).ToList();
        var scotlandRate = scotland.Sum(r => Prescribing.Number(r, SamplePlantedSignals.OutlierMeasure)) / (double)scotland.Sum(r => Prescribing.Number(r, "ListSize"));
        Assert.Equal(SamplePlantedSignals.OutlierClusterCode, rates.MaxBy(p => p.Value).Key);
        Assert.True(rates[SamplePlantedSignals.OutlierClusterCode] / scotlandRate > 1.2,
            $"outlier cluster rate {rates[SamplePlantedSignals.OutlierClusterCode] * 1000:F1} vs Scotland {scotlandRate * 1000:F1} per 1,000 per month");
    }

    [Fact]
    public void ShiftPractice_LevelAfterTheShiftMonthIsAboutAQuarterHigher()
    {
        var rows = Prescribing.Practice(SamplePlantedSignals.ShiftPracticeCode).ToList();
        var from = Month(SamplePlantedSignals.ShiftFromMonth);
        double Rate(IEnumerable<string[]> part) =>
            part.Sum(r => Prescribing.Number(r, SamplePlantedSignals.ShiftMeasure)) / (double)part.Sum(r => Prescribing.Number(r, "ListSize"));
        var before = Rate(rows.Where(r => string.CompareOrdinal(Prescribing.Text(r, "Month"), from) < 0));
        var after = Rate(rows.Where(r => string.CompareOrdinal(Prescribing.Text(r, "Month"), from) >= 0));
        Assert.Equal(36, rows.Count);
        Assert.InRange(after / before, 1.15, 1.35);
    }

    [Fact]
    public void TrendPractice_LastSixMonthsWellAboveFirstSix()
    {
        var counts = Prescribing.Practice(SamplePlantedSignals.TrendPracticeCode).Select(r => Prescribing.Number(r, SamplePlantedSignals.TrendMeasure)).ToList();
        // Planted factor 1 + 0.02(m − 1): months 31–36 average 1.65, months 1–6 average 1.05, ratio ≈ 1.57.
        Assert.InRange(counts.TakeLast(6).Average() / counts.Take(6).Average(), 1.4, 1.75);
    }

    [Fact]
    public void SmallPractices_MostMonthlyAdmissionCountsAreBelowTen()
    {
        var activity = SampleExtract.Activity;
        foreach (var code in SamplePlantedSignals.SmallPracticeCodes)
        {
            var counts = activity.Practice(code).Select(r => activity.Number(r, "EmergencyAdmissions")).ToList();
            Assert.Equal(36, counts.Count);
            Assert.True(counts.Count(c => c <= 9) >= 30, $"{code}: {string.Join(' ', counts)}");
        }
    }

    [Fact]
    public void MissingMonthsPractice_HasNoRowsForExactlyThoseMonths()
    {
        var missing = SamplePlantedSignals.MissingMonths.Select(Month).ToHashSet();
        foreach (var extract in new[] { Prescribing, SampleExtract.Activity })
        {
            var months = extract.Practice(SamplePlantedSignals.MissingMonthsPracticeCode).Select(r => extract.Text(r, "Month")).ToList();
            Assert.Equal(36 - missing.Count, months.Count);
            Assert.DoesNotContain(months, missing.Contains);
        }
    }

    [Fact]
    public void OptedOutPractice_EveryMeasureEmptyWithNotAvailableQualifier()
    {
        foreach (var (extract, expectedRows) in new[] { (Prescribing, 36), (SampleExtract.Activity, 36), (SampleExtract.Registers, 12) })
        {
            var rows = extract.Practice(SamplePlantedSignals.OptedOutPracticeCode).ToList();
            Assert.Equal(expectedRows, rows.Count);
            Assert.All(rows, r => Assert.Equal(
                Enumerable.Range(0, (r.Length - 6) / 2).SelectMany(_ => new[] { string.Empty, ":" }),
                r.Skip(6)));
        }
    }

    [Fact]
    public void ClosedAndMergedPractices_HaveNoRowsFromTheirClosureMonth()
    {
        var closed = Prescribing.Practice(SamplePlantedSignals.ClosedPracticeCode).Select(r => Prescribing.Text(r, "Month")).ToList();
        Assert.Equal(SamplePlantedSignals.MonthNumber(SamplePlantedSignals.ClosedOn) - 1, closed.Count);
        Assert.Equal(Month(SamplePlantedSignals.ClosedOn.AddMonths(-1)), closed[^1]);
        var merged = Prescribing.Practice(SamplePlantedSignals.MergedPracticeCode).ToList();
        Assert.Equal(SamplePlantedSignals.MonthNumber(SamplePlantedSignals.PracticeMergeOn) - 1, merged.Count);
    }

    [Fact]
    public void PseudoPractices_OnlyInPrescribingWithZeroList()
    {
        var pseudo = Prescribing.Rows.Where(r => Prescribing.Text(r, "PracticeCode").StartsWith("9999", StringComparison.Ordinal)).ToList();
        Assert.Equal(4 * 36, pseudo.Count);
        Assert.All(pseudo, r => Assert.Equal(0, Prescribing.Number(r, "ListSize")));
        Assert.DoesNotContain(SampleExtract.Activity.Rows, r => SampleExtract.Activity.Text(r, "PracticeCode").StartsWith("9999", StringComparison.Ordinal));
    }

    [Fact]
    public void ScotlandRates_ArePlausiblePer1000Patients()
    {
        // Orders of magnitude for Scotland (about 5.5 million patients): antibacterial items ≈ 0.8 per person a year
        // (≈ 65 per 1,000 a month), A&E attendances ≈ 1.6 million a year, emergency admissions ≈ 0.6 million a year,
        // diabetes prevalence on QOF-style registers ≈ 6%, hypertension ≈ 14%.
        double Rate(SampleExtract extract, string measure) =>
            extract.Rows.Where(r => Counted(extract, r)).Sum(r => extract.Number(r, measure)) * 1000.0 /
            extract.Rows.Where(r => Counted(extract, r)).Sum(r => extract.Number(r, "ListSize"));
        Assert.InRange(Rate(Prescribing, "AntibacterialItems"), 50, 110);
        Assert.InRange(Rate(SampleExtract.Activity, "AeAttendances"), 15, 40);
        Assert.InRange(Rate(SampleExtract.Activity, "EmergencyAdmissions"), 6, 16);
        Assert.InRange(Rate(SampleExtract.Registers, "DiabetesRegister"), 40, 90);
        Assert.InRange(Rate(SampleExtract.Registers, "HypertensionRegister"), 100, 200);
    }

    [Fact]
    public void MonthHelpers_NumberAndDateAreInverse()
    {
        Assert.Equal(19, SamplePlantedSignals.MonthNumber(SamplePlantedSignals.ShiftFromMonth));
        Assert.Equal(new DateOnly(2025, 12, 1), SamplePlantedSignals.MonthDate(36));
    }

    [Fact]
    public void PlantedPractices_AreDistinctAndOutsideTheOutlierCluster()
    {
        string[] codes =
        [
            SamplePlantedSignals.ShiftPracticeCode, SamplePlantedSignals.TrendPracticeCode, .. SamplePlantedSignals.SmallPracticeCodes,
            SamplePlantedSignals.MissingMonthsPracticeCode, SamplePlantedSignals.OptedOutPracticeCode, SamplePlantedSignals.ClosedPracticeCode,
            SamplePlantedSignals.MergedPracticeCode, SamplePlantedSignals.MergedIntoPracticeCode, SamplePlantedSignals.MovedPracticeCode,
        ];
        Assert.Equal(codes.Length, codes.Distinct().Count());
        var hierarchy = Geography.SampleLookup.Read().AsAt(new DateOnly(2023, 1, 1));
        Assert.All(codes, code => Assert.NotEqual(SamplePlantedSignals.OutlierClusterCode, hierarchy.AreaCode(code, AnalysisKit.Geography.GeographyLevel.Cluster)));
        Assert.Equal("Fife 3", hierarchy.Clusters.Single(c => c.Code == SamplePlantedSignals.OutlierClusterCode).Name);
    }

    [Fact]
    public void ListSizes_PopulationFileAndExtractsAgreeAtEachQuarter()
    {
        var lookup = Geography.SampleLookup.Read();
        foreach (var month in new[] { 1, 19, 34 })
        {
            var date = SamplePlantedSignals.MonthDate(month);
            var hierarchy = lookup.AsAt(date);
            var monthText = Month(date);
            var extractLists = Prescribing.Rows.Where(r => Prescribing.Text(r, "Month") == monthText && Counted(Prescribing, r))
                .ToDictionary(r => Prescribing.Text(r, "PracticeCode"), r => Prescribing.Number(r, "ListSize"));
            foreach (var practice in hierarchy.ComparablePractices.Where(p => extractLists.ContainsKey(p.Code)))
            {
                Assert.Equal(extractLists[practice.Code], (long)practice.ListSize!.Value);
            }

            Assert.True(extractLists.Count >= 925, $"{monthText}: {extractLists.Count} practices");
        }
    }
}
