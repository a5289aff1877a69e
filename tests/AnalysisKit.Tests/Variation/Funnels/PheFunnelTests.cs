using AnalysisKit.Testing;
using AnalysisKit.Variation.Funnels;

namespace AnalysisKit.Tests.Variation.Funnels;

public class PheFunnelTests
{
    private static List<FunnelUnit> Input() => VariationTestData.Units("funnel_proportion_input.csv", "numerator", "denominator");

    [Fact]
    public void ProportionGrid_ReproducesPheIndicatorMethodsLimitsToTheLastDigits()
    {
        var expected = VariationTestData.Read("funnel_proportion_limits_mult100.csv").Rows;
        var grid = PheFunnel.ProportionGrid(Input(), multiplier: 100);

        Assert.Equal(expected.Count, grid.Count);
        for (var i = 0; i < grid.Count; i++)
        {
            var row = expected[i];
            Assert.Equal(row.Double("Population"), grid[i].X);
            Close.Relative(row.Double("lower_2s_limit"), grid[i].Lower2s, 1e-12, $"lower_2s_limit[{i}]");
            Close.Relative(row.Double("upper_2s_limit"), grid[i].Upper2s, 1e-12, $"upper_2s_limit[{i}]");
            Close.Relative(row.Double("lower_3s_limit"), grid[i].Lower3s, 1e-12, $"lower_3s_limit[{i}]");
            Close.Relative(row.Double("upper_3s_limit"), grid[i].Upper3s, 1e-12, $"upper_3s_limit[{i}]");
            Close.Relative(row.Double("baseline"), grid[i].Baseline!.Value, 1e-14, $"baseline[{i}]");
        }
    }

    [Fact]
    public void ProportionGrid_SmallPopulations_ClampedAtZeroAndOneHundred()
    {
        // Reference row 1: population 1 gives 0 and 100 exactly (README subtlety 5).
        var grid = PheFunnel.ProportionGrid(Input());
        Assert.Equal(0, grid[0].Lower2s);
        Assert.Equal(100, grid[0].Upper3s);
    }

    [Fact]
    public void ProportionGrid_MultiplierOne_StillClampsAt100NotAt1()
    {
        // The package clamps with min(100, ·) whatever the multiplier, so on the 0–1 scale the upper clamp never bites:
        // at population 1 the 3σ upper limit exceeds 1 (it is the raw Wilson inverse, derived here by hand from the
        // closed form with p̄ = 0.3: well above 1 at N = 1).
        var units = new[] { new FunnelUnit("A", 30, 100), new FunnelUnit("B", 300, 1000) };
        var grid = PheFunnel.ProportionGrid(units, multiplier: 1);
        Assert.True(grid[0].Upper3s > 1, $"upper 3σ at N = {grid[0].X} is {grid[0].Upper3s}");
        Assert.Equal(0, grid[0].Lower3s);
    }

    [Fact]
    public void ProportionSignificance_ReproducesPheIndicatorMethodsLabels()
    {
        var expected = VariationTestData.Read("funnel_proportion_significance.csv").Rows;
        var results = PheFunnel.ProportionSignificance(Input());
        Assert.Equal(expected.Count, results.Count);
        for (var i = 0; i < results.Count; i++)
        {
            Assert.Equal(expected[i].Text("practice"), results[i].Unit.Code);
            Assert.Equal(expected[i].Text("significance"), results[i].Label);
            Close.Relative(expected[i].Double("value"), results[i].Value, 1e-15, $"value[{i}]");
        }
    }

    [Fact]
    public void PoissonFunnel_BisectionAgreesWithExactChiSquaredToBisectionTolerance()
    {
        // Independent check: the exact expected count with P(X ≤ O) = 0.025 is χ²(0.975; 2O+2)/2. The package's
        // bisection stops at dv ≤ 1e-7 on v = E/(1+O+E), so it differs by up to ~5e-5 relative (README subtlety 4).
        foreach (var o in new[] { 1.0, 5, 10, 50, 200 })
        {
            var exact = MathNet.Numerics.Distributions.ChiSquared.InvCDF(2 * o + 2, 0.975) / 2;
            Close.Relative(exact, PheFunnel.PoissonFunnel(o, 0.025, upperTail: true), 1e-4, $"E high at O={o}");
            var exactLow = MathNet.Numerics.Distributions.ChiSquared.InvCDF(2 * o, 0.025) / 2;
            Close.Relative(exactLow, PheFunnel.PoissonFunnel(o, 0.025, upperTail: false), 1e-4, $"E low at O={o}");
        }
    }

    [Fact]
    public void RatioSignificance_ExactBelowTenByarFromTen()
    {
        // Hand-derived: O = 20, E = 10. Byar lower 99.8% limit of 20 with z = 3.0902: 20(1 − 1/180 − 3.0902/(3√20))³
        // = 20 × 0.76412³ ≈ 8.92, /10 = 0.892 < 1, so not High (0.001); at 95% z = 1.96: 20(1 − 0.005556 − 0.146087)³
        // = 20 × 0.84836³ ≈ 12.21, /10 = 1.22 > 1, so High (0.025).
        // O = 2, E = 10: exact upper 99.8% limit χ²(0.999; 6)/2 = 22.458/2 = 11.23, /10 > 1, so not Low (0.001);
        // upper 95% χ²(0.975; 6)/2 = 14.449/2 = 7.22, /10 < 1, so Low (0.025).
        var results = PheFunnel.RatioSignificance(new[] { new FunnelUnit("H", 20, 10), new FunnelUnit("L", 2, 10), new FunnelUnit("N", 10, 10) });
        Assert.Equal(PheFunnelSignificance.High025, results[0].Significance);
        Assert.Equal(PheFunnelSignificance.Low025, results[1].Significance);
        Assert.Equal(PheFunnelSignificance.NotSignificant, results[2].Significance);
    }

    [Fact]
    public void RatioGrid_LimitsBracketOneAndNarrowWithEvents()
    {
        var units = Enumerable.Range(1, 20).Select(i => new FunnelUnit($"P{i}", 10 * i, 10 * i)).ToList();
        var grid = PheFunnel.RatioGrid(units, isr: true);
        Assert.Equal(100, grid.Count);
        foreach (var point in grid)
        {
            Assert.True(point.Lower3s < point.Lower2s && point.Lower2s < 100 && 100 < point.Upper2s && point.Upper2s < point.Upper3s);
        }

        Assert.True(grid[^1].Upper2s - grid[^1].Lower2s < grid[0].Upper2s - grid[0].Lower2s);
        // At O = 1 event the exact 95% E are χ²(0.025; 2)/2 = 0.0253 and χ²(0.975; 4)/2 = 5.572: ratio limits
        // 1/5.572 = 0.17947 and 1/0.025318 = 39.498 (×100 for ISR), to the bisection tolerance.
        Assert.Equal(1, grid[0].X);
        Close.Relative(17.947, grid[0].Lower2s, 2e-4, "lower 2s at O=1");
        Close.Relative(3949.8, grid[0].Upper2s, 2e-4, "upper 2s at O=1");
    }

    [Fact]
    public void RCharacterWidth_PrintsRoundHundredThousandsInScientificNotation()
    {
        Assert.Equal(5, PheFunnel.RCharacterWidth(100000)); // R prints 1e+05
        Assert.Equal(6, PheFunnel.RCharacterWidth(123456));
        Assert.Equal(4, PheFunnel.RCharacterWidth(1000));    // "1000" (4) is not longer than "1e+03" (5)
    }
}
