using AnalysisKit.Variation.Funnels;

namespace AnalysisKit.Tests.Variation.Funnels;

public class FunnelInputTests
{
    [Fact]
    public void Fit_NegativeDenominator_NamesArgumentRowUnitAndValue()
    {
        var units = new[] { new FunnelUnit("P1", 1, 10), new FunnelUnit("P2", 1, -5) };
        var error = Assert.Throws<ArgumentException>(() => OverdispersedFunnel.Fit(units, OverdispersedFunnelMethod.Proportion));
        Assert.Equal("units[1] (unit 'P2'): denominator is -5; denominators must be greater than 0. (Parameter 'units')", error.Message);
    }

    [Fact]
    public void Fit_MissingDenominator_SaysItIsMissing()
    {
        var units = new[] { new FunnelUnit("P1", 1, double.NaN) };
        var error = Assert.Throws<ArgumentException>(() => PheFunnel.ProportionGrid(units));
        Assert.StartsWith("units[0] (unit 'P1'): denominator is missing (NaN). Funnel limits need every denominator;", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_NegativeNumerator_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => PheFunnel.RatioSignificance(new[] { new FunnelUnit("P1", -1, 10) }));
        Assert.StartsWith("units[0] (unit 'P1'): numerator is -1; numerators must be 0 or more.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Proportion_NumeratorAboveDenominator_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => PheFunnel.ProportionSignificance(new[] { new FunnelUnit("P1", 11, 10) }));
        Assert.StartsWith("units[0] (unit 'P1'): numerator 11 exceeds denominator 10; a proportion needs numerator ≤ denominator.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_DuplicateUnit_Throws()
    {
        var units = new[] { new FunnelUnit("P1", 1, 10), new FunnelUnit("P1", 2, 10) };
        var error = Assert.Throws<ArgumentException>(() => OverdispersedFunnel.Fit(units, OverdispersedFunnelMethod.Proportion));
        Assert.StartsWith("units: unit 'P1' appears more than once; aggregate rows to one per unit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_Empty_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => OverdispersedFunnel.Fit(Array.Empty<FunnelUnit>(), OverdispersedFunnelMethod.Proportion));
        Assert.StartsWith("units is empty: a funnel plot needs at least one unit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_TrimOutOfRange_Throws()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() =>
            OverdispersedFunnel.Fit(new[] { new FunnelUnit("P1", 1, 10) }, OverdispersedFunnelMethod.Proportion, trimBy: 0.5));
        Assert.StartsWith("trimBy is 0.5; allowed: 0 ≤ trimBy < 0.5 (FunnelPlotR default 0.1)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_FewUnits_WarnsOnTheResult()
    {
        var units = Enumerable.Range(1, 5).Select(i => new FunnelUnit($"P{i}", 10 + i, 100)).ToList();
        var result = OverdispersedFunnel.Fit(units, OverdispersedFunnelMethod.Proportion);
        Assert.Contains("only 5 units: over-dispersion (phi, tau²) estimated from fewer than 10 units is unreliable.", result.Warnings);
    }
}
