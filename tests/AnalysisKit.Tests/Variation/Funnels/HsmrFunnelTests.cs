using AnalysisKit.Testing;
using AnalysisKit.Variation.Funnels;

namespace AnalysisKit.Tests.Variation.Funnels;

public class HsmrFunnelTests
{
    // Hand-derived worked example (PHS create_smr_data.R): five hospitals, E = 100 each, so st_err = √(1/100) = 0.1;
    // O = 80, 95, 100, 110, 130 give SMR 0.8, 0.95, 1, 1.1, 1.3 and z = −2, −0.5, 0, 1, 3. Winsorising: 3 (flag 1) and −2
    // (flag −1) are set to 0, leaving 0, −0.5, 0, 1, 0, whose max 1 and min −0.5 replace them: −0.5, −0.5, 0, 1, 1.
    // ΣR(z²) = 2.5 over 4 non-zero z: w = √0.625 = 0.790569415 → 0.79056942. R(st_err·w) = R(0.079056942) = 0.07905694;
    // 95% limits 1 ∓ 1.96·0.07905694 = 0.8450483976, 1.1549516024; 99.8% 1 ∓ 3.09·0.07905694 = 0.7557140554, 1.2442859446.
    private static readonly FunnelUnit[] Hospitals =
    {
        new("A", 80, 100), new("B", 95, 100), new("C", 100, 100), new("D", 110, 100), new("E", 130, 100),
    };

    [Fact]
    public void Fit_WorkedExample_DispersionFactorAndLimits()
    {
        var result = HsmrFunnel.Fit(Hospitals);
        Assert.Equal(0.79056942, result.DispersionFactor);
        Assert.Equal(new[] { -0.5, -0.5, 0, 1, 1 }, result.Units.Select(u => u.WinsorisedZScore));
        var limits = result.Units[0].Limits;
        Close.Relative(0.8450483976, limits.Lower95, 1e-15, "lower 95");
        Close.Relative(1.1549516024, limits.Upper95, 1e-15, "upper 95");
        Close.Relative(0.7557140554, limits.Lower998, 1e-15, "lower 99.8");
        Close.Relative(1.2442859446, limits.Upper998, 1e-15, "upper 99.8");
    }

    [Fact]
    public void Fit_AllZPositive_SmallestIsReplacedByZeroAsInPhsCode()
    {
        // The issue's repro: E = 100 ×4, deaths 130, 120, 110, 105 → z = 3, 2, 1, 0.5. The extremes 3 and 0.5 are set to
        // 0; over 0, 2, 1, 0 the max is 2 and the min 0, so z becomes 2, 2, 1, 0 and w = √((4 + 4 + 1)/3) = √3 =
        // 1.7320508076 → 1.73205081 (8 dp). Replacing each extreme by its neighbour instead would give √2.5 = 1.58113883.
        var units = new[] { new FunnelUnit("A", 130, 100), new("B", 120, 100), new("C", 110, 100), new("D", 105, 100) };
        var result = HsmrFunnel.Fit(units);
        Assert.Equal(1.73205081, result.DispersionFactor);
        Assert.Equal(new[] { 2.0, 2, 1, 0 }, result.Units.Select(u => u.WinsorisedZScore));
    }

    [Theory]
    [InlineData("issue")]
    [InlineData("synthetic")]
    [InlineData("ties")]
    public void Fit_ReproducesPhsHsmrCode(string dataset)
    {
        // Expected: base-R transcription of PHS's hsmr create_smr_data.R funnel step (TestData/Derivations/hsmr.R).
        // "synthetic": 30 hospitals with long-decimal predicted deaths (the rounding of pred and of st_err·w matters);
        // "ties": two hospitals share the largest z and two the smallest, and every tied one is replaced.
        var rows = VariationTestData.Read("hsmr_funnel_derived.csv").Rows.Where(r => r.Text("case") == dataset).ToList();
        var units = rows.Select(r => new FunnelUnit(r.Text("hospital"), r.Double("deaths"), r.Double("pred"))).ToList();
        var result = HsmrFunnel.Fit(units);
        Close.Relative(rows[0].Double("w_score"), result.DispersionFactor, 1e-9, $"{dataset} w");
        for (var i = 0; i < rows.Count; i++)
        {
            var (row, unit, what) = (rows[i], result.Units[i], $"{dataset} hospital {i + 1}");
            Close.Relative(row.Double("smr"), unit.Ratio, 1e-9, what + " smr");
            Close.Relative(row.Double("st_err"), unit.StandardError, 1e-9, what + " st_err");
            AssertSame(row.Double("z"), unit.ZScore, what + " z");
            AssertSame(row.Double("z_winsorised"), unit.WinsorisedZScore, what + " winsorised z");
            Close.Relative(row.Double("lwl"), unit.Limits.Lower95, 1e-9, what + " lwl");
            Close.Relative(row.Double("uwl"), unit.Limits.Upper95, 1e-9, what + " uwl");
            Close.Relative(row.Double("lcl"), unit.Limits.Lower998, 1e-9, what + " lcl");
            Close.Relative(row.Double("ucl"), unit.Limits.Upper998, 1e-9, what + " ucl");
            Assert.True(row.Text("flag") == PhsFlag(unit), $"{what}: PHS flag {row.Text("flag")}, got {PhsFlag(unit)}");
        }
    }

    [Fact]
    public void Fit_LimitsAreOnePlusZTimesRoundedSpread_NotRoundedAfterwards()
    {
        // pred = 123.456789: st_err = R(√(1/123.456789)) = R(0.0900000003645) = 0.09; with w = R(·) from these five
        // hospitals the 95% upper limit is 1 + 1.96·R(0.09·w) exactly, which differs from R(1 + 1.96·0.09·w) in the 9th dp.
        var units = new[]
        {
            new FunnelUnit("A", 100, 123.456789), new("B", 140, 123.456789), new("C", 120, 123.456789),
            new("D", 130, 123.456789), new("E", 90, 123.456789),
        };
        var result = HsmrFunnel.Fit(units);
        var spread = Math.Truncate(0.09 * result.DispersionFactor * 1e8 + 0.5 + Math.Sqrt(Math.Pow(2, -52))) / 1e8;
        Assert.Equal(0.09, result.Units[0].StandardError);
        Assert.Equal(1 + 1.96 * spread, result.Units[0].Limits.Upper95);
        Assert.Equal(units[1].Numerator / units[1].Denominator, result.Units[1].Ratio);
    }

    [Fact]
    public void Fit_WorkedExample_OutliersStrictlyOutside()
    {
        var result = HsmrFunnel.Fit(Hospitals);
        Assert.Equal(FunnelOutlier.Low, result.Units[0].Outlier95);
        Assert.Equal(FunnelOutlier.None, result.Units[0].Outlier998);
        Assert.Equal(FunnelOutlier.High, result.Units[4].Outlier998);
        Assert.Equal(FunnelOutlier.None, result.Units[2].Outlier95);
    }

    [Fact]
    public void Fit_EveryZScoreZero_DispersionUndefinedWithWarning()
    {
        var units = new[] { new FunnelUnit("A", 100, 100), new("B", 50, 50), new("C", 20, 20) };
        var result = HsmrFunnel.Fit(units);
        Assert.True(double.IsNaN(result.DispersionFactor));
        Assert.True(double.IsNaN(result.Units[0].Limits.Upper95));
        Assert.Equal("every winsorised z-score is 0 (every SMR rounds to 1 or sits at an extreme), so w = 0/0 is undefined " +
                     "and the HSMR funnel has no limits (NaN), as in PHS's code.", Assert.Single(result.Warnings));
    }

    [Fact]
    public void Fit_FewerThanThreeUnits_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => HsmrFunnel.Fit(Hospitals[..2]));
        Assert.StartsWith("units.Count is 2; allowed: at least 3 units", error.Message, StringComparison.Ordinal);
    }

    /// <summary>PHS's flag column: 1 above the 99.8% limit, 2 below it, 3 above the 95% only, 4 below the 95% only, else 0.</summary>
    private static string PhsFlag(HsmrFunnelUnit unit) => (unit.Outlier998, unit.Outlier95) switch
    {
        (FunnelOutlier.High, _) => "1",
        (FunnelOutlier.Low, _) => "2",
        (_, FunnelOutlier.High) => "3",
        (_, FunnelOutlier.Low) => "4",
        _ => "0",
    };

    private static void AssertSame(double expected, double actual, string what)
    {
        if (expected == 0)
        {
            Assert.True(actual == 0, $"{what}: expected 0, got {actual:R}");
            return;
        }

        Close.Relative(expected, actual, 1e-9, what);
    }
}
