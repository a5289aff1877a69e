using AnalysisKit.Indicators;
using AnalysisKit.Testing;
using static AnalysisKit.Tests.Indicators.IndicatorTestData;

namespace AnalysisKit.Tests.Indicators;

public class IndirectlyStandardisedTests
{
    // Exact limits use MathNet's ChiSquared.InvCDF; the largest disagreement with R across the reference files is
    // about 2.3e-13 relative (a 99.8% lower limit at 1 event), so 1e-12 here: far inside the 1e-9 the issue asks for.
    private const double Tolerance = 1e-12;

    [Fact]
    public void Ratio_MatchesPheIndicatorMethods_IncludingExactBranchAndZeroObserved()
    {
        var input = Read("isr_input.csv");
        var output = Read("isratio_output_conf95_998_refvalue1.csv");
        Assert.Equal(5, output.Rows.Count);
        foreach (var expected in output.Rows)
        {
            var group = expected.Text("group");
            var rows = input.Rows.Where(r => r.Text("group") == group).ToList();
            var reference = ReferenceRates.FromCounts(rows.Select(r => new AgeBandCount(r.Text("ageband"), r.Number("ref_obs"), r.Double("ref_pop"))));
            var counts = rows.Select(r => new AgeBandCount(r.Text("ageband"), r.Number("obs"), r.Double("pop")));
            var result = IndirectlyStandardised.Ratio(counts, reference, (0.95, 0.998), 1);
            Matches(expected, "observed", result.Numerator, 0, group);
            Matches(expected, "expected", result.Denominator, Tolerance, group);
            Matches(expected, "value", result.Value, Tolerance, group);
            Matches(expected, "lower95_0cl", result.Interval(0.95).Lower, Tolerance, group);
            Matches(expected, "upper95_0cl", result.Interval(0.95).Upper, Tolerance, group);
            Matches(expected, "lower99_8cl", result.Interval(0.998).Lower, Tolerance, group);
            Matches(expected, "upper99_8cl", result.Interval(0.998).Upper, Tolerance, group);
            var method = expected.Text("method") == "Exact" ? IndicatorMethod.ExactPoisson : IndicatorMethod.Byar;
            Assert.Equal(method, result.Method);
        }
    }

    [Fact]
    public void RatioAndRate_MatchPheUpstreamTestData_ForRatesPer100000And1000AndRatiosTimes1And100()
    {
        var input = Upstream("testdata_DSR_ISR__testdata_multiarea_isr.csv");
        var results = Upstream("testdata_DSR_ISR__testresults_ISR.csv");
        var checkedRows = 0;
        foreach (var expected in results.Rows.Where(r => r.Text("area").StartsWith("testdata_", StringComparison.Ordinal)))
        {
            var area = expected.Text("area");
            var rows = input.Rows.Where(r => r.Text("area") == area).ToList();
            var statistic = expected.Text("statistic");
            var multiplier = double.Parse(statistic[(statistic.LastIndexOf(' ') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
            var isRate = statistic.Contains("rate", StringComparison.Ordinal);
            IndicatorResult result;
            if (rows.Any(r => r.IsNA("pop")))
            {
                // testdata_tiny has a band with NA population and NA events, which PHE lets contribute nothing.
                // AnalysisKit rejects a band without a population, so this area checks the O/E overloads with
                // O = Σ events and E taken from the workbook.
                var observed = rows.Sum(r => r.Number("count") ?? 0);
                result = isRate
                    ? IndirectlyStandardised.Rate(observed, expected.Double("expected"), expected.Double("ref_rate") / multiplier, (0.95, 0.998), multiplier)
                    : IndirectlyStandardised.Ratio(observed, expected.Double("expected"), (0.95, 0.998), multiplier);
            }
            else
            {
                var reference = ReferenceRates.FromCounts(rows.Select(r => new AgeBandCount(r.Text("ageband"), r.Number("refcount"), r.Double("refpop"))));
                var counts = rows.Select(r => new AgeBandCount(r.Text("ageband"), r.Number("count"), r.Double("pop"))).ToList();
                result = isRate
                    ? IndirectlyStandardised.Rate(counts, reference, (0.95, 0.998), multiplier)
                    : IndirectlyStandardised.Ratio(counts, reference, (0.95, 0.998), multiplier);
                if (isRate)
                {
                    Close.Relative(expected.Double("ref_rate"), reference.OverallRate * multiplier, Tolerance, area + " ref_rate");
                }
            }

            var what = $"{area} {statistic}";
            Matches(expected, "expected", result.Denominator, Tolerance, what);
            Matches(expected, "value", result.Value, Tolerance, what);
            Matches(expected, "lower95_0cl", result.Interval(0.95).Lower, Tolerance, what);
            Matches(expected, "upper95_0cl", result.Interval(0.95).Upper, Tolerance, what);
            Matches(expected, "lower99_8cl", result.Interval(0.998).Lower, Tolerance, what);
            Matches(expected, "upper99_8cl", result.Interval(0.998).Upper, Tolerance, what);
            checkedRows++;
        }

        Assert.Equal(12, checkedRows);
    }

    [Fact]
    public void Expected_FromScotlandsAgeSexRates_IsAOneLiner()
    {
        // Scotland: Female 0-64 200 events / 1,000,000; Female 65+ 900 / 300,000; Male 0-64 300 / 1,000,000;
        // Male 65+ 1,000 / 250,000. Rates 0.0002, 0.003, 0.0003, 0.004.
        // Practice list: 2,000, 500, 1,800, 400 → E = 0.4 + 1.5 + 0.54 + 1.6 = 4.04 expected events.
        var scotland = ReferenceRates.FromCounts([
            new("Female 0-64", 200, 1_000_000), new("Female 65+", 900, 300_000),
            new("Male 0-64", 300, 1_000_000), new("Male 65+", 1_000, 250_000)]);
        AgeBandCount[] practice = [new("Female 0-64", 3, 2_000), new("Female 65+", 2, 500), new("Male 0-64", 0, 1_800), new("Male 65+", 1, 400)];

        var expected = scotland.Expected(practice);

        Close.Relative(4.04, expected, 1e-14, "expected events");
        // SMR = 6 / 4.04 = 1.4851485; 6 < 10 so exact limits. Lower μ solves P(X ≤ 5 | μ) = 0.975 → 2.2018943;
        // upper μ solves P(X ≤ 6 | μ) = 0.025 → 13.059474 (Poisson sums solved by bisection outside this library);
        // divided by 4.04 → 0.54502333 and 3.2325431.
        var smr = IndirectlyStandardised.Ratio(practice, scotland);
        Close.Relative(1.4851485, smr.Value, 1e-7, "SMR");
        Close.Relative(0.54502333, smr.Lower, 1e-7, "lower");
        Close.Relative(3.2325431, smr.Upper, 1e-7, "upper");
        Assert.Equal(IndicatorMethod.ExactPoisson, smr.Method);
        Assert.Equal("Small count: 6 events (< 10); limits are exact Poisson and the value is unstable.", Assert.Single(smr.Warnings));
    }

    [Fact]
    public void Expected_MissingBand_ErrorNamesTheBand()
    {
        var scotland = ReferenceRates.FromCounts([new("0-64", 10, 1000), new("65+", 20, 500)]);
        var error = Assert.Throws<ArgumentException>(() => scotland.Expected([new AgeBandCount("0-64", null, 100)]));
        Assert.StartsWith("population has no row for the band \"65+\" of the reference rates; give one row for every band", error.Message);
    }

    [Fact]
    public void Ratio_ZeroExpected_ErrorNamesTheValue()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => IndirectlyStandardised.Ratio(3, 0));
        Assert.Equal("expected", error.ParamName);
        Assert.StartsWith("expected = 0 is not valid: expected events must be > 0 for a ratio.", error.Message);
    }
}
