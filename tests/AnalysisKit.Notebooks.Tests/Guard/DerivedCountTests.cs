using AnalysisKit.Disclosure;
using AnalysisKit.Notebooks.Guard;

namespace AnalysisKit.Notebooks.Tests.Guard;

/// <summary>
/// A rate shown to d decimals is known to ± half a unit of its last digit, so rate × denominator / multiplier is known to
/// an interval; intervals worked by hand in each case. PHS practice policy: 1–4 small, protection width 5.
/// </summary>
public sealed class DerivedCountTests
{
    private static readonly SuppressionPolicy Policy = SuppressionPolicy.PhsPracticeUnder5;

    [Theory]
    [InlineData(7.5, 1, 100, 40, true)]        // [7.45, 7.55] × 40 / 100 = [2.98, 3.02]: 3
    [InlineData(7.5, 1, 100, 4000, false)]     // [298, 302]: no small count
    [InlineData(0.1, 1, 100, 5000, true)]      // [2.5, 7.5]: 3–7, narrower than 5, holds 3 and 4
    [InlineData(0.1, 1, 100, 50000, false)]    // [25, 75]: as wide as 50
    [InlineData(12.5, 1, 1000, 240, true)]     // [12.45, 12.55] × 0.24 = [2.988, 3.012]: 3
    [InlineData(0.0, 1, 100, 40, false)]       // a zero rate is a zero count
    [InlineData(5.0, 1, 100, 100, false)]      // [4.95, 5.05]: 5, not small
    [InlineData(0.075, 3, 1, 40, true)]        // a proportion: [0.0745, 0.0755] × 40 = [2.98, 3.02]
    [InlineData(8, 0, 100, 40, true)]          // [7.5, 8.5] × 0.4 = [3.0, 3.4]: 3
    [InlineData(10, 0, 100, 40, true)]         // [9.5, 10.5] × 0.4 = [3.8, 4.2]: only 4
    [InlineData(25, 0, 100, 40, false)]        // [24.5, 25.5] × 0.4 = [9.8, 10.2]: 10
    public void Discloses_WhenTheIntervalPinsASmallCount(double rate, int decimals, double multiplier, double denominator, bool expected) =>
        Assert.Equal(expected, DerivedCount.Discloses((decimal)rate, decimals, (decimal)multiplier, (decimal)denominator, Policy));

    [Theory]
    [InlineData("% with asthma", new[] { 100.0 })]
    [InlineData("deaths per 1,000", new[] { 1000.0 })]
    [InlineData("rate per 100,000 population", new[] { 100000.0 })]
    [InlineData("per_10k", new[] { 10000.0 })]
    [InlineData("proportion", new[] { 1.0, 100.0 })]
    [InlineData("Cluster rate", new[] { 1000.0, 100000.0 })]
    [InlineData("deaths", new double[0])]
    public void MultipliersFromHeader_ReadWhatTheHeaderSays(string header, double[] expected) =>
        Assert.Equal(expected.Select(e => (decimal)e), DerivedCount.MultipliersFromHeader(header));
}
