using AnalysisKit.Testing;
using AnalysisKit.Indicators;
using static AnalysisKit.Tests.Indicators.IndicatorTestData;

namespace AnalysisKit.Tests.Indicators;

public class PoissonLimitsTests
{
    [Fact]
    public void Byar_MatchesPheUpstreamTestData_IncludingNegativeLowerAsNaN()
    {
        var file = Upstream("testdata_Byars_Wilson__testdata_B_W.csv");
        var byarRows = file.Rows.Where(r => r.Text("method") == "Byars").ToList();
        Assert.Equal(7, byarRows.Count);
        foreach (var row in byarRows)
        {
            var confidence = row.Text("confidence") == "95%" ? 0.95 : 0.998;
            var limits = PoissonLimits.Byar(row.Double("x"), confidence);
            var what = $"x = {row.Text("x")} at {row.Text("confidence")}";
            Matches(row, "lowercl", limits.Lower, 1e-13, what);
            Matches(row, "uppercl", limits.Upper, 1e-13, what);
        }
    }

    [Fact]
    public void Exact_ZeroEvents_LowerIsZeroAndUpperIsMinusLogHalfAlpha()
    {
        // At x = 0 the upper limit χ²(0.975; 2)/2 solves P(X = 0) = e^(−μ) = 0.025, so μ = −ln 0.025 = 3.6888794541139363.
        var limits = PoissonLimits.Exact(0, 0.95);
        Assert.Equal(0.0, limits.Lower);
        Close.Relative(-Math.Log(0.025), limits.Upper, 1e-13, "upper at x = 0");
    }

    [Fact]
    public void Exact_OneEvent_LowerSolvesPoissonTail()
    {
        // Lower limit at x = 1 solves P(X ≥ 1) = 1 − e^(−μ) = 0.025, so μ = −ln 0.975 = 0.025317807984289897.
        Close.Relative(-Math.Log(0.975), PoissonLimits.Exact(1, 95).Lower, 1e-13, "lower at x = 1");
    }

    [Fact]
    public void ExactBelowTenByarFromTen_SwitchesAtTen()
    {
        Assert.Equal(PoissonLimits.Exact(9, 0.95), PoissonLimits.ExactBelowTenByarFromTen(9, 0.95));
        Assert.Equal(PoissonLimits.Byar(10, 0.95), PoissonLimits.ExactBelowTenByarFromTen(10, 0.95));
    }
}
