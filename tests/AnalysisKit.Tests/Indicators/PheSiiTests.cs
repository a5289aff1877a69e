using AnalysisKit.Indicators;
using AnalysisKit.Testing;
using static AnalysisKit.Tests.Indicators.IndicatorTestData;

namespace AnalysisKit.Tests.Indicators;

/// <summary>
/// PHEindicatormethods 2.1.0 <c>phe_sii</c>. Seeded reproduction: a base-R transcription of the package's code path run
/// with <c>set.seed</c> (TestData/Derivations/phe_sii.R → phe_sii_input.csv, phe_sii_simulated.csv). Statistical
/// properties: the package's own expected SII/RII and limits (testdata_SII.xlsx, read in place from ../shared) and the
/// exact sampling distribution of the SII for normal values.
/// </summary>
public class PheSiiTests
{
    [Theory]
    [InlineData("normal_se")]
    [InlineData("normal_cl_two_levels")]
    [InlineData("rate")]
    [InlineData("proportion_negative")]
    [InlineData("rate_log")]
    [InlineData("rate_log_negative")]
    [InlineData("proportion_logit_negative")]
    [InlineData("normal_reliability")]
    [InlineData("rate_log_reliability")]
    [InlineData("grouped")]
    public void Calculate_SeededRun_ReproducesRsCodePath(string name)
    {
        var expected = Read("phe_sii_simulated.csv").Rows.Where(r => r.Text("case") == name).ToList();
        var first = expected[0];
        var levels = expected.Select(r => r.Double("confidence")).Distinct().ToArray();
        var options = new PheSiiOptions(
            (PheSiiValueType)(int)first.Double("value_type"),
            first.Logical("transform") == true,
            first.Double("multiplier"),
            (int)first.Double("repetitions"),
            new ConfidenceLevels(levels),
            first.Logical("reliability") == true,
            (int)first.Double("seed"));
        var stream = RRandomStream.FromSeed(options.Seed); // one stream for all areas of a case, as R's grouped phe_sii
        foreach (var area in expected.Select(r => r.Text("area")).Distinct())
        {
            var result = PheSii.Calculate(Quantiles(area), options, stream);
            foreach (var row in expected.Where(r => r.Text("area") == area))
            {
                var what = $"{name} {area} {row.Text("confidence")}";
                Close.Relative(row.Double("sii"), result.Sii, 1e-9, what + " sii");
                Close.Relative(row.Double("rii"), result.Rii, 1e-9, what + " rii");
                Close.Relative(row.Double("intercept"), result.Intercept, 1e-9, what + " intercept");
                var interval = result.Interval(row.Double("confidence"));
                Close.Relative(row.Double("sii_lower"), interval.SiiLower, 1e-9, what + " sii_lower");
                Close.Relative(row.Double("sii_upper"), interval.SiiUpper, 1e-9, what + " sii_upper");
                Close.Relative(row.Double("rii_lower"), interval.RiiLower, 1e-9, what + " rii_lower");
                Close.Relative(row.Double("rii_upper"), interval.RiiUpper, 1e-9, what + " rii_upper");
                if (row.Number("sii_mad") is { } siiMad)
                {
                    Close.Relative(siiMad, interval.SiiMeanAbsoluteDifference!.Value, 1e-9, what + " sii_mad");
                    Close.Relative(row.Double("rii_mad"), interval.RiiMeanAbsoluteDifference!.Value, 1e-9, what + " rii_mad");
                }
                else
                {
                    Assert.Null(interval.SiiMeanAbsoluteDifference);
                }
            }
        }
    }

    [Fact]
    public void Calculate_SimulatedLimitsWithoutTransform_AreRsDoublesBitForBit()
    {
        // Same draws (RRandomStream) and the same arithmetic in R's order (reference BLAS sums, LAPACK's 2×2 LU): the
        // simulated limits are R's doubles exactly. (The point estimates come from normal equations, not lm's QR, and
        // agree to ~1e-15; the transformed-back limits use them, so they too agree to ~1e-15 rather than exactly.)
        var rows = Read("phe_sii_simulated.csv").Rows.Where(r => r.Text("case") is "normal_se" or "rate" or "proportion_negative").ToList();
        foreach (var row in rows)
        {
            var options = new PheSiiOptions((PheSiiValueType)(int)row.Double("value_type"), false, row.Double("multiplier"),
                (int)row.Double("repetitions"), row.Double("confidence"), false, (int)row.Double("seed"));
            var interval = PheSii.Calculate(Quantiles(row.Text("area")), options).Intervals[0];
            Assert.Equal((row.Double("sii_lower"), row.Double("sii_upper"), row.Double("rii_lower"), row.Double("rii_upper")),
                (interval.SiiLower, interval.SiiUpper, interval.RiiLower, interval.RiiUpper));
        }
    }

    [Fact]
    public void Calculate_ReliabilityStatistic_FirstBlockIsThePlainRun()
    {
        // R: matrix(rnorm(10·reps·k, ...), ncol = 10·reps) puts the first reps samples first, so block 1 of a
        // reliability run is the plain run with the same seed; the mean absolute differences are positive.
        var quantiles = Quantiles("LE");
        var plain = PheSii.Calculate(quantiles, new PheSiiOptions(Repetitions: 1000, Seed: 9));
        var reliability = PheSii.Calculate(quantiles, new PheSiiOptions(Repetitions: 1000, ReliabilityStatistic: true, Seed: 9));
        Assert.Equal(plain.Intervals[0] with { SiiMeanAbsoluteDifference = 1, RiiMeanAbsoluteDifference = 1 },
            reliability.Intervals[0] with { SiiMeanAbsoluteDifference = 1, RiiMeanAbsoluteDifference = 1 });
        Assert.True(reliability.Intervals[0].SiiMeanAbsoluteDifference > 0);
    }

    [Fact]
    public void Calculate_NormalValues_LimitsMatchTheExactSamplingDistribution()
    {
        // For values on their own scale the simulated SII is linear in the draws: SII* = m·Σ Pⱼ·√aⱼ·yⱼ*, with P the
        // projection's b√a row, so it is exactly Normal(SII, σ²), σ² = m²·Σ (Pⱼ·√aⱼ·seⱼ)². With 100,000 samples the 2.5% and
        // 97.5% order statistics lie within 0.0085σ (one standard error) of SII ∓ 1.959964σ; allow 5 standard errors.
        // P is derived here by hand from the normal equations (not the library's code).
        var quantiles = Quantiles("LE").OrderBy(q => q.Quantile).ToList();
        var total = quantiles.Sum(q => q.Population);
        double cumulative = 0;
        var a = new double[quantiles.Count];
        var b = new double[quantiles.Count];
        for (var i = 0; i < quantiles.Count; i++)
        {
            a[i] = quantiles[i].Population / total;
            b[i] = cumulative + a[i] / 2;
            cumulative += a[i];
        }

        // Model y·√a = β₀√a + β₁b√a: normal equations [Σa Σab; Σab Σab²]; β₁ = (Σa·Σab·y − Σab·Σa·y)/det in weighted form.
        double saa = a.Sum(), sab = a.Zip(b, (x, y) => x * y).Sum(), sbb = a.Zip(b, (x, y) => x * y * y).Sum();
        var det = saa * sbb - sab * sab;
        var weight = a.Select((ai, i) => (saa * ai * b[i] - sab * ai) / det).ToArray(); // β₁ = Σ weightᵢ·yᵢ
        var sigma = Math.Sqrt(quantiles.Select((q, i) => Math.Pow(weight[i] * q.StandardError!.Value, 2)).Sum());
        var sii = quantiles.Select((q, i) => weight[i] * q.Value!.Value).Sum();

        var result = PheSii.Calculate(quantiles, new PheSiiOptions(Seed: 2024));
        var interval = result.Interval(0.95);
        Close.Relative(sii, result.Sii, 1e-12, "SII from the normal equations");
        Assert.InRange((interval.SiiLower - (sii - 1.959964 * sigma)) / sigma, -5 * 0.0085, 5 * 0.0085);
        Assert.InRange((interval.SiiUpper - (sii + 1.959964 * sigma)) / sigma, -5 * 0.0085, 5 * 0.0085);
    }

    public static TheoryData<int, int, PheSiiValueType, bool, double, string, double[]> UpstreamScenarios => new()
    {
        // RecordNo range in testdata_SII.xlsx, value type, transform, multiplier, what is supplied, levels (testSII.R).
        { 1, 20, PheSiiValueType.Normal, false, 1, "se", [0.95] },
        { 21, 40, PheSiiValueType.Normal, false, 1, "limits", [0.99] },
        { 226, 245, PheSiiValueType.Normal, false, 1, "se", [0.95, 0.99] },
        { 71, 90, PheSiiValueType.Rate, false, 1, "se", [0.95] },
        { 91, 110, PheSiiValueType.Proportion, false, 1, "count", [0.95] },
        { 111, 130, PheSiiValueType.Proportion, false, 100, "limits", [0.95] },
        { 131, 150, PheSiiValueType.Proportion, false, -100, "limits", [0.95] },
        { 306, 325, PheSiiValueType.Rate, true, 1, "limits", [0.95] },
        { 366, 385, PheSiiValueType.Rate, true, 1, "limits", [0.95, 0.98] },
        { 386, 405, PheSiiValueType.Rate, true, -1, "limits", [0.95] },
        { 326, 345, PheSiiValueType.Proportion, true, 1, "limits", [0.95] },
        { 346, 365, PheSiiValueType.Proportion, true, -1, "limits", [0.95] },
        { 486, 505, PheSiiValueType.Proportion, true, 1, "limits", [0.95, 0.98] },
    };

    [Theory]
    [MemberData(nameof(UpstreamScenarios))]
    public void Calculate_ReproducesThePackagesOwnTestTable(int first, int last, PheSiiValueType type, bool transform,
        double multiplier, string supplied, double[] levels)
    {
        // testSII.R runs these with repetitions = 10,000 and compares with expect_equal(tolerance = 0.05): per column, the
        // mean absolute difference over the areas relative to the mean absolute expected value. The same criterion
        // here for the simulated limits; the SII and RII point estimates must agree to 1e-9.
        var rows = Upstream("testdata_SII__testdata_SII.csv").Rows
            .Where(r => r.Double("RecordNo") >= first && r.Double("RecordNo") <= last).ToList();
        var options = new PheSiiOptions(type, transform, multiplier, 10_000, new ConfidenceLevels(levels), Seed: first);
        var expected = new List<(string Column, double Expected, double Actual)>();
        var stream = RRandomStream.FromSeed(first);
        foreach (var area in rows.GroupBy(r => r.Text("Area")))
        {
            var quantiles = area.Select(r => new PheSiiQuantile((int)r.Double("Quantile"), r.Double("Population"),
                supplied == "count" ? null : r.Double("Value"), supplied == "count" ? r.Double("Count") : null,
                supplied == "se" ? r.Double("StandardError") : null,
                supplied == "se" ? null : r.Double("LowerCL"), supplied == "se" ? null : r.Double("UpperCL"))).ToList();
            var result = PheSii.Calculate(quantiles, options, stream);
            var top = area.First();
            Close.Relative(top.Double("sii"), result.Sii, 1e-9, $"{first}-{last} {area.Key} sii");
            Close.Relative(top.Double("rii"), result.Rii, 1e-9, $"{first}-{last} {area.Key} rii");
            for (var l = 0; l < levels.Length; l++)
            {
                var interval = result.Interval(levels[l]);
                var suffix = $"_{l + 1}";
                expected.Add(("sii_lowercl" + suffix, top.Double("sii_lowercl" + suffix), interval.SiiLower));
                expected.Add(("sii_uppercl" + suffix, top.Double("sii_uppercl" + suffix), interval.SiiUpper));
                expected.Add(("rii_lowercl" + suffix, top.Double("rii_lowercl" + suffix), interval.RiiLower));
                expected.Add(("rii_uppercl" + suffix, top.Double("rii_uppercl" + suffix), interval.RiiUpper));
            }
        }

        foreach (var column in expected.GroupBy(e => e.Column))
        {
            var difference = column.Average(e => Math.Abs(e.Expected - e.Actual)) / column.Average(e => Math.Abs(e.Expected));
            Assert.True(difference <= 0.05, $"{first}-{last} {column.Key}: mean relative difference {difference:G3} > 0.05");
        }
    }

    internal static List<PheSiiQuantile> Quantiles(string area) =>
        Read("phe_sii_input.csv").Rows.Where(r => r.Text("area") == area)
            .Select(r => new PheSiiQuantile((int)r.Double("quantile"), r.Double("population"), r.Number("value"), r.Number("x"),
                r.Number("se"), r.Number("lower_cl"), r.Number("upper_cl")))
            .ToList();
}
