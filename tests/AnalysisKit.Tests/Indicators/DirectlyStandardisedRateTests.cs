using AnalysisKit.Indicators;
using AnalysisKit.Testing;
using static AnalysisKit.Tests.Indicators.IndicatorTestData;

namespace AnalysisKit.Tests.Indicators;

public class DirectlyStandardisedRateTests
{
    // Exact limits use MathNet's ChiSquared.InvCDF; the largest disagreement with R across the reference files is
    // about 2.3e-13 relative (a 99.8% lower limit at 1 event), so 1e-12 here: far inside the 1e-9 the issue asks for.
    private const double Tolerance = 1e-12;

    [Fact]
    public void Dobson_MatchesPheIndicatorMethods_Esp2013IncludingSuppressionAndMissingCounts()
    {
        var input = Read("dsr_esp2013_input.csv");
        var output = Read("dsr_esp2013_output_conf95_998.csv");
        Assert.Equal(5, output.Rows.Count);
        foreach (var expected in output.Rows)
        {
            var area = expected.Text("area");
            var counts = input.Rows.Where(r => r.Text("area") == area)
                .Select(r => new AgeBandCount(r.Text("ageband"), r.Number("obs"), r.Double("pop")));
            var result = DirectlyStandardisedRate.Dobson(counts, StandardPopulation.European2013, (0.95, 0.998), 100_000);
            Assert.Equal(expected.Double("total_count"), result.Numerator);
            Assert.Equal(expected.Double("total_pop"), result.Denominator);
            Matches(expected, "value", result.Value, Tolerance, area);
            Matches(expected, "lower95_0cl", result.Interval(0.95).Lower, Tolerance, area);
            Matches(expected, "upper95_0cl", result.Interval(0.95).Upper, Tolerance, area);
            Matches(expected, "lower99_8cl", result.Interval(0.998).Lower, Tolerance, area);
            Matches(expected, "upper99_8cl", result.Interval(0.998).Upper, Tolerance, area);
            Assert.Equal(expected.IsNA("value"), result.Warnings.Count == 1);
        }
    }

    [Fact]
    public void Dobson_BelowTenEvents_WarnsThatTheDsrIsNotCalculated()
    {
        var result = DirectlyStandardisedRate.Dobson(Esp2013Bands(events: 0, population: 1000, oneBandEvents: 9));
        Assert.True(double.IsNaN(result.Value));
        Assert.Equal("DSR not calculated: 9 events in total (< 10), the PHE convention; the value and limits are NaN.",
            Assert.Single(result.Warnings));
    }

    [Fact]
    public void Dobson_MatchesPheUpstreamTestData_Per10000AndPer100000()
    {
        var input = Upstream("testdata_DSR_ISR__testdata_multiarea.csv");
        var results = Upstream("testdata_DSR_ISR__testresults_DSR.csv");
        // The upstream workbook labels the 11th band "55-69" (a typo for 55-59); bands are matched by position
        // there, so the test gives the ESP2013 weights the workbook's labels.
        var labels = input.Rows.Take(19).Select(r => r.Text("ageband")).ToArray();
        var standard = new StandardPopulation("ESP2013 (workbook labels)", labels, StandardPopulation.European2013.Weights);
        var checkedRows = 0;
        foreach (var expected in results.Rows.Where(r => r.Text("method") == "Dobson" && r.Text("area") != "testdata_1976"))
        {
            var area = expected.Text("area");
            var multiplier = expected.Text("statistic").EndsWith("per 10000", StringComparison.Ordinal) ? 10_000 : 100_000;
            var counts = input.Rows.Where(r => r.Text("area") == area)
                .Select(r => new AgeBandCount(r.Text("ageband"), r.Number("count"), r.Double("pop")));
            var result = DirectlyStandardisedRate.Dobson(counts, standard, (95, 99.8), multiplier);
            var what = $"{area} per {multiplier}";
            Matches(expected, "value", result.Value, Tolerance, what);
            Matches(expected, "lower95_0cl", result.Interval(95).Lower, Tolerance, what);
            Matches(expected, "upper95_0cl", result.Interval(95).Upper, Tolerance, what);
            Matches(expected, "lower99_8cl", result.Interval(99.8).Lower, Tolerance, what);
            Matches(expected, "upper99_8cl", result.Interval(99.8).Upper, Tolerance, what);
            checkedRows++;
        }

        Assert.Equal(6, checkedRows);
    }

    [Fact]
    public void Dobson_MatchesPheUpstreamTestData_WithTheEsp1976AsACustomStandard()
    {
        var input = Upstream("testdata_DSR_ISR__testdata_1976.csv");
        var results = Upstream("testdata_DSR_ISR__testresults_DSR.csv");
        var standard = new StandardPopulation("ESP1976", input.Rows.Select(r => r.Text("Age Band")).ToArray(),
            input.Rows.Select(r => r.Double("esp1976")).ToArray());
        var counts = input.Rows.Select(r => new AgeBandCount(r.Text("Age Band"), r.Number("count"), r.Double("pop"))).ToList();
        foreach (var expected in results.Rows.Where(r => r.Text("area") == "testdata_1976"))
        {
            var multiplier = expected.Text("statistic").EndsWith("per 10000", StringComparison.Ordinal) ? 10_000 : 100_000;
            var result = DirectlyStandardisedRate.Dobson(counts, standard, 0.95, multiplier);
            // Only the value and 95% limits: the workbook's 99.8% cells for this row lie above its 95% upper limit
            // (7659 > 922 per 10,000), so they cannot be limits of the same DSR and are not used.
            Matches(expected, "value", result.Value, Tolerance, "ESP1976");
            Matches(expected, "lower95_0cl", result.Lower, Tolerance, "ESP1976");
            Matches(expected, "upper95_0cl", result.Upper, Tolerance, "ESP1976");
        }
    }

    [Fact]
    public void DobsonNonIndependentEvents_MatchesPheUpstreamTestData()
    {
        var input = Upstream("testdata_DSR_ISR__testdata_nonindepe.csv");
        var results = Upstream("testdata_DSR_ISR__testresults_DSR.csv");
        var labels = input.Rows.Take(19).Select(r => r.Text("ageband")).ToArray();
        var standard = new StandardPopulation("ESP2013 (workbook labels)", labels, StandardPopulation.European2013.Weights);
        var expectedRows = results.Rows.Where(r => r.Text("area").StartsWith("testdata_nonind", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, expectedRows.Count);
        foreach (var expected in expectedRows)
        {
            var area = expected.Text("area");
            var counts = input.Rows.Where(r => r.Text("area") == area)
                .SelectMany(r => Enumerable.Range(1, 4).Select(f =>
                    new EventFrequencyCount(r.Text("ageband"), f, r.Number("f" + f), r.Double("pop"))));
            var result = DirectlyStandardisedRate.DobsonNonIndependentEvents(counts, standard, (0.95, 0.998));
            // The workbook holds these to 10–13 significant figures, hence 1e-9.
            Matches(expected, "total_count", result.Numerator, 0, area);
            Matches(expected, "value", result.Value, 1e-9, area);
            Matches(expected, "lower95_0cl", result.Interval(0.95).Lower, 1e-9, area);
            Matches(expected, "upper95_0cl", result.Interval(0.95).Upper, 1e-9, area);
            Matches(expected, "lower99_8cl", result.Interval(0.998).Lower, 1e-9, area);
            Matches(expected, "upper99_8cl", result.Interval(0.998).Upper, 1e-9, area);
            Assert.Equal(IndicatorMethod.DobsonNonIndependentEvents, result.Method);
        }
    }

    [Fact]
    public void Dobson_ScotPhoConvention_MatchesHandWorkedExample()
    {
        // Standard: "young" 60, "old" 40 (Σw = 100). Area: young 30 events / 1,000; old 20 / 500. Per 1,000.
        // EASR = (30·60/1000 + 20·40/500)/100 = (1.8 + 1.6)/100 = 0.034 → 34 per 1,000.
        // var = (30·0.06² + 20·0.08²)/100² = (0.108 + 0.128)/10⁴ = 2.36e-5; O = 50; √(var/O) = 6.870226e-4.
        // Byar at z = 1.96: lower 50(1 − 1/450 − 1.96/(3√50))³ = 37.107892, upper 51(1 − 1/459 + 1.96/(3√51))³ = 65.920462.
        // Lower = (0.034 + 6.870226e-4·(37.107892 − 50))·1000 = 25.142831; upper = (0.034 + 6.870226e-4·15.920462)·1000 = 44.937717.
        var result = DirectlyStandardisedRate.Dobson(YoungOld(30, 1000, 20, 500), YoungOldStandard, 0.95, 1000,
            PublicationConvention.ScotPho);
        Close.Relative(34, result.Value, 1e-14, "EASR");
        Close.Relative(25.142831, result.Lower, 1e-7, "lower");
        Close.Relative(44.937717, result.Upper, 1e-7, "upper");
        Assert.Equal(IndicatorMethod.ScotPhoEasr, result.Method);
    }

    [Fact]
    public void ScotPhoEasrPersons_IsTheMeanOfTheSexSpecificRates_WithLimitsOnAllEvents()
    {
        // Males as in the example above (34 per 1,000). Females: young 10 / 1,100, old 30 / 600:
        // (10·60/1100 + 30·40/600)/100 = (0.5454545 + 2)/100 → 25.454545 per 1,000. Persons = (34 + 25.454545)/2 = 29.727273.
        // var = (0.236 + 10·(60/1100)² + 30·(40/600)²)/200² = (0.236 + 0.1630854)/40000; O = 90;
        // Byar(90) at 1.96 → limits 23.856771 and 36.595026 per 1,000 (same working as above).
        var result = DirectlyStandardisedRate.ScotPhoEasrPersons(YoungOld(30, 1000, 20, 500), YoungOld(10, 1100, 30, 600),
            YoungOldStandard, 1000);
        var male = DirectlyStandardisedRate.Dobson(YoungOld(30, 1000, 20, 500), YoungOldStandard, 0.95, 1000, PublicationConvention.ScotPho);
        var female = DirectlyStandardisedRate.Dobson(YoungOld(10, 1100, 30, 600), YoungOldStandard, 0.95, 1000, PublicationConvention.ScotPho);
        Close.Relative((male.Value + female.Value) / 2, result.Value, 1e-14, "persons = mean of sexes");
        Close.Relative(29.727273, result.Value, 1e-7, "persons EASR");
        Close.Relative(23.856771, result.Lower, 1e-7, "lower");
        Close.Relative(36.595026, result.Upper, 1e-7, "upper");
        Assert.Equal(90.0, result.Numerator);
    }

    [Fact]
    public void Dobson_ScotPhoConventionBelowTenEvents_PublishesWithWarning()
    {
        var result = DirectlyStandardisedRate.Dobson(YoungOld(3, 1000, 2, 500), YoungOldStandard, 0.95, 1000,
            PublicationConvention.ScotPho);
        Close.Relative(3.4, result.Value, 1e-14, "EASR");
        Assert.Equal("Small count: 5 events (< 10); the value is unstable.", Assert.Single(result.Warnings));
    }

    [Fact]
    public void Dobson_ScotPhoConventionAtZeroEvents_ValueZeroLimitsNaNWithWarning()
    {
        // ScotPHO's code turns these NaN limits into 0; AnalysisKit keeps NaN (undefined) and says why.
        var result = DirectlyStandardisedRate.Dobson(YoungOld(0, 1000, 0, 500), YoungOldStandard, 0.95, 1000,
            PublicationConvention.ScotPho);
        Assert.Equal(0.0, result.Value);
        Assert.True(double.IsNaN(result.Lower) && double.IsNaN(result.Upper));
        Assert.Equal("0 events: the EASR's limits are undefined (NaN); ScotPHO's own code writes 0 for them " +
                     "(PublicationConvention.ScotPhoZeroFilled).", Assert.Single(result.Warnings));
    }

    [Fact]
    public void European2013_MatchesThePackagedEsp2013()
    {
        var file = ReferenceCsv.Read(RepoPaths.SharedOrSkip("reference/upstream-testdata/PHEindicatormethods/esp2013_from_package_data.csv"));
        Assert.Equal(file.Rows.Select(r => r.Text("ageband")), StandardPopulation.European2013.Bands);
        Assert.Equal(file.Rows.Select(r => r.Double("esp2013")), StandardPopulation.European2013.Weights);
        Assert.Equal(100_000, StandardPopulation.European2013.Total);
    }

    [Fact]
    public void European2013_HasNineteenBandsLabelledAsPublished()
    {
        var esp = StandardPopulation.European2013;
        Assert.Equal(19, esp.Bands.Count);
        Assert.Equal("0-4", esp.Bands[0]);
        Assert.Equal("85-89", esp.Bands[17]);
        Assert.Equal("90+", esp.Bands[18]);
        Assert.Equal(5000, esp.Weight("0-4"));
        Assert.Equal(1000, esp.Weight("90+"));
    }

    [Fact]
    public void Dobson_MissingBand_ErrorNamesTheBandAndStandard()
    {
        var counts = Esp2013Bands(events: 5, population: 1000).Where(c => c.Band != "45-49");
        var error = Assert.Throws<ArgumentException>(() => DirectlyStandardisedRate.Dobson(counts));
        Assert.Equal("counts", error.ParamName);
        Assert.StartsWith("counts has no row for the band \"45-49\" of the standard population ESP2013; give one row " +
                          "for every band (0 events where none occurred).", error.Message);
    }

    [Fact]
    public void Dobson_UnknownBand_ErrorListsTheStandardsBands()
    {
        var counts = Esp2013Bands(events: 5, population: 1000).Append(new AgeBandCount("95+", 1, 10));
        var error = Assert.Throws<ArgumentException>(() => DirectlyStandardisedRate.Dobson(counts));
        Assert.StartsWith("counts has a row for the band \"95+\", which is not a band of the standard population ESP2013 (0-4, 5-9,",
            error.Message);
    }

    [Fact]
    public void Dobson_RepeatedBand_ErrorNamesTheBand()
    {
        var counts = Esp2013Bands(events: 5, population: 1000).Append(new AgeBandCount("0-4", 1, 10));
        var error = Assert.Throws<ArgumentException>(() => DirectlyStandardisedRate.Dobson(counts));
        Assert.StartsWith("counts has more than one row for the band \"0-4\"; give one row per band.", error.Message);
    }

    [Fact]
    public void Dobson_NegativeCountOrZeroPopulation_ErrorNamesBandAndValue()
    {
        var negative = Esp2013Bands(5, 1000).Select(c => c.Band == "20-24" ? c with { Numerator = -2 } : c);
        Assert.StartsWith("counts, band \"20-24\": numerator = -2 is not valid; it must be a finite number ≥ 0.",
            Assert.Throws<ArgumentException>(() => DirectlyStandardisedRate.Dobson(negative)).Message);
        var zero = Esp2013Bands(5, 1000).Select(c => c.Band == "90+" ? c with { Denominator = 0 } : c);
        Assert.StartsWith("counts, band \"90+\": population = 0 is not valid; it must be a finite number > 0.",
            Assert.Throws<ArgumentException>(() => DirectlyStandardisedRate.Dobson(zero)).Message);
    }

    [Fact]
    public void DobsonNonIndependentEvents_FrequencyBelowOne_ErrorNamesBand()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => DirectlyStandardisedRate.DobsonNonIndependentEvents(
            [new EventFrequencyCount("0-4", 0, 3, 100)]));
        Assert.StartsWith("counts, band \"0-4\": event frequency = 0 is not valid; it must be a whole number ≥ 1.", error.Message);
    }

    [Fact]
    public void DobsonNonIndependentEvents_BandPopulationsDiffer_ErrorListsThem()
    {
        var error = Assert.Throws<ArgumentException>(() => DirectlyStandardisedRate.DobsonNonIndependentEvents(
            [new EventFrequencyCount("0-4", 1, 3, 100), new EventFrequencyCount("0-4", 2, 1, 120)]));
        Assert.StartsWith("counts, band \"0-4\": rows give different populations (100, 120); every row of a band must " +
                          "carry the same population.", error.Message);
    }

    private static readonly StandardPopulation YoungOldStandard = new("young-old", ["young", "old"], [60, 40]);

    private static AgeBandCount[] YoungOld(double youngEvents, double youngPopulation, double oldEvents, double oldPopulation) =>
        [new("young", youngEvents, youngPopulation), new("old", oldEvents, oldPopulation)];

    private static IEnumerable<AgeBandCount> Esp2013Bands(double events, double population, double? oneBandEvents = null) =>
        StandardPopulation.European2013.Bands.Select((band, i) =>
            new AgeBandCount(band, i == 0 && oneBandEvents is { } first ? first : events, population));
}
