using AnalysisKit.Testing;
using AnalysisKit.Variation.Funnels;

namespace AnalysisKit.Tests.Variation.Funnels;

public class OverdispersedFunnelTests
{
    private const double Tolerance = 1e-9;

    private static OverdispersedFunnelResult Proportion() =>
        OverdispersedFunnel.Fit(VariationTestData.Units("fp_PR_OD_default_input.csv", "numerator", "denominator"), OverdispersedFunnelMethod.Proportion);

    private static OverdispersedFunnelResult Shmi() =>
        OverdispersedFunnel.Fit(VariationTestData.Units("fp_SR_SHMI_default_input.csv", "observed", "expected"), OverdispersedFunnelMethod.StandardisedRatioShmi);

    private static ReferenceRow Summary(string scenario) =>
        VariationTestData.Read("fp_summary_phi_tau2.csv").Rows.Single(r => r.Text("scenario") == scenario);

    [Theory]
    [InlineData("PR_OD_default")]
    [InlineData("SR_SHMI_default")]
    public void Fit_ReproducesFunnelPlotRPhiTau2TargetAndOutlierCounts(string scenario)
    {
        var result = scenario == "PR_OD_default" ? Proportion() : Shmi();
        var summary = Summary(scenario);
        Close.Relative(summary.Double("phi"), result.Phi, Tolerance, "phi");
        Close.Relative(summary.Double("tau2"), result.Tau2, Tolerance, "tau2");
        Close.Relative(summary.Double("target"), result.Target, Tolerance, "target");
        Assert.Equal(summary.Logical("draw_adjusted_used"), result.AdjustedLimitsUsed);
        Assert.Equal((int)summary.Double("n_outliers_limit95"), result.Units.Count(u => u.Outlier95 != FunnelOutlier.None));
        Assert.Equal((int)summary.Double("n_outliers_limit99"), result.Units.Count(u => u.Outlier998 != FunnelOutlier.None));
    }

    [Theory]
    [InlineData("PR_OD_default")]
    [InlineData("SR_SHMI_default")]
    public void Fit_ReproducesFunnelPlotRAggregatedRowsPerPractice(string scenario)
    {
        var result = scenario == "PR_OD_default" ? Proportion() : Shmi();
        var byCode = result.Units.ToDictionary(u => u.Unit.Code);
        var rows = VariationTestData.Read($"fp_{scenario}_aggregated.csv").Rows;
        Assert.Equal(rows.Count, result.Units.Count);
        foreach (var row in rows)
        {
            var code = row.Text("practice");
            var unit = byCode[code];
            Close.Relative(row.Double("denominator"), unit.Denominator, 1e-15, $"{code} denominator");
            Close.Relative(row.Double("rr"), unit.Ratio, Tolerance, $"{code} rr");
            Close.Relative(row.Double("Y"), unit.Y, Tolerance, $"{code} Y");
            Close.Relative(row.Double("Uzscore"), unit.ZScore, Tolerance, $"{code} Uzscore");
            Close.Relative(row.Double("s"), unit.S, Tolerance, $"{code} s");
            Close.Relative(row.Double("s"), unit.LimitS, Tolerance, $"{code} s (limits)");
            if (scenario == "SR_SHMI_default")
            {
                Assert.Equal(row.Double("truncated") == 1, unit.Trimmed);
                Assert.Equal(row.Double("rk"), unit.Rank);
                Assert.Equal((int)row.Double("sp"), unit.TruncationGroup);
            }
            else
            {
                Assert.Equal(row.Double("winsorised") == 1, unit.Trimmed);
                Assert.Null(unit.Rank);
                Assert.Null(unit.TruncationGroup);
            }

            var w = row.Number("Wuzscore");
            if (w is null)
            {
                Assert.Null(unit.TrimmedZScore);
            }
            else
            {
                Close.Relative(w.Value, unit.TrimmedZScore!.Value, Tolerance, $"{code} Wuzscore");
            }

            AssertLimits(row, "OD95LCL", "OD95UCL", "OD99LCL", "OD99UCL", unit.Adjusted, code);
            AssertLimits(row, "LCL95", "UCL95", "LCL99", "UCL99", unit.Unadjusted, code);
            Assert.Equal(row.Double("outlier_limit95") == 1, unit.Outlier95 != FunnelOutlier.None);
            Assert.Equal(row.Double("outlier_limit99") == 1, unit.Outlier998 != FunnelOutlier.None);
        }
    }

    [Theory]
    [InlineData("PR_OD_default")]
    [InlineData("SR_SHMI_default")]
    public void Fit_ReproducesFunnelPlotRLimitsLookupOnThePlottingGrid(string scenario)
    {
        var result = scenario == "PR_OD_default" ? Proportion() : Shmi();
        var rows = VariationTestData.Read($"fp_{scenario}_limits_lookup.csv").Rows;
        Assert.Equal(rows.Count, result.Grid.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var point = result.Grid[i];
            Close.Relative(row.Double("number_seq"), point.X, 1e-15, $"number_seq[{i}]");
            Close.Relative(row.Double("s"), point.S, Tolerance, $"s[{i}]");
            AssertLimits(row, "odll95", "odul95", "odll998", "odul998", point.Adjusted, $"grid[{i}]");
            AssertLimits(row, "ll95", "ul95", "ll998", "ul998", point.Unadjusted, $"grid[{i}]");
        }
    }

    [Fact]
    public void Fit_DrawAdjustedFalse_ReportsPhiAndTau2AsZeroAndUsesUnadjustedLimits()
    {
        // README subtlety 7: FunnelPlotR reports phi = tau2 = 0 when draw_adjusted = FALSE.
        var units = VariationTestData.Units("fp_PR_OD_default_input.csv", "numerator", "denominator");
        var result = OverdispersedFunnel.Fit(units, OverdispersedFunnelMethod.Proportion, drawAdjusted: false);
        Assert.Equal(0, result.Phi);
        Assert.Equal(0, result.Tau2);
        Assert.False(result.AdjustedLimitsUsed);
        Assert.All(result.Units, u => Assert.Same(u.Unadjusted, u.Limits));
    }

    [Fact]
    public void Fit_NoOverdispersion_FallsBackToUnadjustedLimitsWithWarning()
    {
        // Every practice exactly on the average: all z = 0, so φ = 0 ≤ 1.
        var units = Enumerable.Range(1, 12).Select(i => new FunnelUnit($"P{i}", 10 * i, 100 * i)).ToList();
        var result = OverdispersedFunnel.Fit(units, OverdispersedFunnelMethod.Proportion);
        Assert.Equal(0, result.Phi);
        Assert.False(result.AdjustedLimitsUsed);
        Assert.Contains(result.Warnings, w => w.StartsWith("phi = 0 ≤ 1", StringComparison.Ordinal));
    }

    [Fact]
    public void Fit_CqcLimits_StayOnTheSquareRootScale()
    {
        // Hand-derived: with τ² = 0 (no over-dispersion) the CQC limits at E = 100 are 1 ± 1.959964/(2·10) =
        // 0.9020018 and 1.0979982 — not squared back to 0.8136 and 1.2056.
        var units = Enumerable.Range(1, 12).Select(i => new FunnelUnit($"P{i}", 100, 100)).ToList();
        var result = OverdispersedFunnel.Fit(units, OverdispersedFunnelMethod.StandardisedRatioCqc, drawAdjusted: true);
        var point = result.Grid.Single(g => g.X == 100);
        Close.Relative(0.9020018, point.Adjusted.Lower95, 1e-12, "CQC lower 95 at E=100");
        Close.Relative(1.0979982, point.Adjusted.Upper95, 1e-12, "CQC upper 95 at E=100");
    }

    [Fact]
    public void Fit_RatioOfCounts_LimitsUseOneOverTwoRootNWhileZScoresUseTheDeltaMethod()
    {
        // Hand-derived for a unit with O = 50, D = 200, pooled target ΣO/ΣD = 0.25 (all units identical here):
        // z-score s = √(50/50.5² + 200/200.5²) = √(0.0196059 + 0.0049751) = 0.1567833;
        // unadjusted 95% limits at n = 200: exp(ln 0.25 ± 1.959964/(2√200)) = 0.25·exp(±0.0692951) = 0.2333, 0.2679.
        var units = Enumerable.Range(1, 12).Select(i => new FunnelUnit($"P{i}", 50, 200)).ToList();
        var result = OverdispersedFunnel.Fit(units, OverdispersedFunnelMethod.RatioOfCounts);
        Close.Relative(0.1567833, result.Units[0].S, 1e-6, "delta-method s");
        Close.Relative(0.25 * Math.Exp(-1.959964 / (2 * Math.Sqrt(200))), result.Units[0].Unadjusted.Lower95, 1e-12, "RC lower 95");
        Close.Relative(0.2333, result.Units[0].Unadjusted.Lower95, 1e-3, "RC lower 95 (rounded by hand)");
    }

    [Fact]
    public void Fit_RatioOfCounts_ReproducesFunnelPlotRsOwnCalculation()
    {
        // Expected: FunnelPlotR 0.6.0's own functions run on 40 seeded practices (TestData/Derivations/funnelplotr.R).
        // Its output column s is the limits lookup's 1/(2√D) (LimitS); the z-scores and τ² use the delta-method s
        // (S, the script's delta_s).
        var rows = VariationTestData.Read("fp_RC_derived_aggregated.csv").Rows;
        var units = rows.Select(r => new FunnelUnit(r.Text("practice"), r.Double("numerator"), r.Double("denominator"))).ToList();
        var result = OverdispersedFunnel.Fit(units, OverdispersedFunnelMethod.RatioOfCounts);
        Close.Relative(rows[0].Double("phi"), result.Phi, Tolerance, "phi");
        Close.Relative(rows[0].Double("tau2"), result.Tau2, Tolerance, "tau2");
        Assert.True(result.AdjustedLimitsUsed);
        for (var i = 0; i < rows.Count; i++)
        {
            var (row, unit) = (rows[i], result.Units[i]);
            var code = row.Text("practice");
            Assert.Equal(code, unit.Unit.Code);
            Close.Relative(row.Double("Y"), unit.Y, Tolerance, $"{code} Y");
            Close.Relative(row.Double("delta_s"), unit.S, Tolerance, $"{code} delta-method s");
            Close.Relative(row.Double("s"), unit.LimitS, Tolerance, $"{code} output s");
            Assert.NotEqual(unit.S, unit.LimitS);
            Close.Relative(row.Double("Uzscore"), unit.ZScore, Tolerance, $"{code} Uzscore");
            Close.Relative(row.Double("Wuzscore"), unit.TrimmedZScore!.Value, Tolerance, $"{code} Wuzscore");
            Assert.Equal(row.Double("winsorised") == 1, unit.Trimmed);
            AssertLimits(row, "OD95LCL", "OD95UCL", "OD99LCL", "OD99UCL", unit.Adjusted, code);
            AssertLimits(row, "LCL95", "UCL95", "LCL99", "UCL99", unit.Unadjusted, code);
            Assert.Equal(row.Double("outlier95") == 1, unit.Outlier95 != FunnelOutlier.None);
            Assert.Equal(row.Double("outlier99") == 1, unit.Outlier998 != FunnelOutlier.None);
        }
    }

    [Fact]
    public void QuantileType7_MatchesRDocumentedExample()
    {
        // R: quantile(c(1, 2, 3, 4, 10), c(0.1, 0.9)) = 1.4, 7.6 (type 7: 1 + 4·0.1 = 1.4 → 1 + 0.4·(2 − 1)).
        Close.Relative(1.4, OverdispersedFunnel.QuantileType7(new double[] { 10, 2, 3, 1, 4 }, 0.1), 1e-15, "q10");
        Close.Relative(7.6, OverdispersedFunnel.QuantileType7(new double[] { 10, 2, 3, 1, 4 }, 0.9), 1e-15, "q90");
    }

    [Fact]
    public void AverageRanks_TiesShareTheirMeanRank()
    {
        Assert.Equal(new[] { 1.0, 2.5, 2.5, 4 }, OverdispersedFunnel.AverageRanks(new double[] { 1, 5, 5, 7 }));
    }

    private static void AssertLimits(ReferenceRow row, string l95, string u95, string l99, string u99, FunnelLimits limits, string what)
    {
        Close.Relative(row.Double(l95), limits.Lower95, Tolerance, $"{what} {l95}");
        Close.Relative(row.Double(u95), limits.Upper95, Tolerance, $"{what} {u95}");
        Close.Relative(row.Double(l99), limits.Lower998, Tolerance, $"{what} {l99}");
        Close.Relative(row.Double(u99), limits.Upper998, Tolerance, $"{what} {u99}");
    }
}
