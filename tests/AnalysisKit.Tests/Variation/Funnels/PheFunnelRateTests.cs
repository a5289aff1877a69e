using AnalysisKit.Testing;
using AnalysisKit.Variation.Funnels;

namespace AnalysisKit.Tests.Variation.Funnels;

public class PheFunnelRateTests
{
    // Hand-derived worked example: crude rates per 100,000 in one year. A 50/100,000, B 100/200,000, C 150/300,000,
    // D 100/100,000. Average = 400/700,000 = 0.000571429.
    private static readonly PheRateUnit[] Units =
    {
        new("A", 50, 50, 100_000), new("B", 100, 50, 200_000), new("C", 150, 50, 300_000), new("D", 100, 100, 100_000),
    };

    [Fact]
    public void RateGrid_CrudeRates_EventsAxisAndExactPoissonLimits()
    {
        var grid = PheFunnel.RateGrid(Units, directlyStandardised: false, multiplier: 100_000, yearsOfData: 1);
        // max 300,000 > 2 × min 100,000 → axis from 0 (so 1 event); max rounded up: 315,000 → 320,000 people,
        // × 0.000571429 = 182.86 → 183 events.
        Assert.Equal(100, grid.Count);
        Assert.Equal(1, grid[0].X);
        Assert.Equal(183, grid[^1].X);
        // At 1 event: E with P(X ≤ 1) = 0.025 is χ²(0.975; 4)/2 = 5.57164, with P(X ≥ 1) = 0.025 it is
        // χ²(0.025; 2)/2 = 0.0253178; limits = average × 1 / E × 100,000 = 10.256 and 2257.0 per 100,000.
        Close.Relative(400.0 / 700_000 / 5.57164 * 100_000, grid[0].Lower2s, 1e-4, "lower 2s at 1 event");
        Close.Relative(400.0 / 700_000 / 0.0253178 * 100_000, grid[0].Upper2s, 1e-4, "upper 2s at 1 event");
        Close.Relative(400.0 / 700_000 * 100_000, grid[0].Baseline!.Value, 1e-14, "baseline");
    }

    [Fact]
    public void RateSignificance_CrudeRates_ByarLimitsAgainstTheAverage()
    {
        // D: Byar lower 99.8% limit of 100 events = 100(1 − 1/900 − 3.0902/30)³ = 71.90 → 0.000719 per person,
        // above the average 0.000571 → High (0.001). A: Byar upper 95% of 50 = 51(1 − 1/459 + 1.96/(3√51))³ = 65.92
        // → 0.000659, above the average → not low → Not significant.
        var results = PheFunnel.RateSignificance(Units, directlyStandardised: false, multiplier: 100_000);
        Assert.Equal("Not significant", results[0].Label);
        Assert.Equal("High (0.001)", results[3].Label);
    }

    [Fact]
    public void RateSignificance_DsrFromFewerThanTenEvents_IsNotApplicable()
    {
        var units = Units.Append(new PheRateUnit("E", 5, 40)).ToArray();
        var results = PheFunnel.RateSignificance(units, directlyStandardised: true, multiplier: 100_000);
        Assert.Equal("Not applicable for events less than 10 for dsrs", results[^1].Label);
    }

    [Fact]
    public void RateGrid_CrudeZeroEventsWithoutDenominator_Throws()
    {
        var units = new[] { new PheRateUnit("Z", 0, 0) };
        var error = Assert.Throws<ArgumentException>(() => PheFunnel.RateGrid(units, false, 100_000, 1));
        Assert.StartsWith("units[0] (unit 'Z'): 0 events and no denominator; a crude rate funnel needs the denominator", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RateSignificance_NonPositiveRate_Throws()
    {
        var units = new[] { new PheRateUnit("R", 3, -1) };
        var error = Assert.Throws<ArgumentException>(() => PheFunnel.RateSignificance(units, false, 100_000));
        Assert.StartsWith("units[0] (unit 'R'): rate is -1; a unit with events needs a rate greater than 0.", error.Message, StringComparison.Ordinal);
    }
}
