using AnalysisKit.Indicators;
using AnalysisKit.Testing;
using static AnalysisKit.Tests.Indicators.IndicatorTestData;

namespace AnalysisKit.Tests.Indicators;

/// <summary>
/// ScotPHO's finite-population-corrected percentages against a base-R transcription of scotpho-indicator-production's
/// <c>calculate_perc_pcf</c> (TestData/Derivations/scotpho.R → scotpho_perc_pcf.csv).
/// </summary>
public class ProportionFinitePopulationTests
{
    [Fact]
    public void ScotPhoFinitePopulation_ReproducesCalculatePercPcf()
    {
        foreach (var row in Read("scotpho_perc_pcf.csv").Rows)
        {
            var what = $"{row.Text("case")} {row.Text("numerator")}/{row.Text("denominator")} of {row.Text("est_pop")}";
            var result = Proportion.ScotPhoFinitePopulation(row.Double("numerator"), row.Double("denominator"), row.Number("est_pop"));
            Close.Relative(row.Double("rate"), result.Value, 1e-9, what + " rate");
            Same(row.Number("lowci"), result.Lower, what + " lower");
            Same(row.Number("upci"), result.Upper, what + " upper");
            Assert.Equal(IndicatorMethod.ScotPhoPercentFinitePopulation, result.Method);
            Assert.Equal(100, result.Multiplier);
        }
    }

    [Fact]
    public void ScotPhoFinitePopulation_HandWorked_PcfSitsInsideTheSquareRoot()
    {
        // 45 of 150 sampled from 900: rate 30; pcf = √(750/899) = 0.9133785; interval = 1.96·√(30·70/150 × 0.9133785)
        // = 1.96·√12.787299 = 1.96·3.5759333 = 7.0088293; limits 22.9911707, 37.0088293 (the code puts pcf, not pcf², inside √).
        var result = Proportion.ScotPhoFinitePopulation(45, 150, 900);
        Close.Relative(22.9911707, result.Lower, 1e-8, "lower");
        Close.Relative(37.0088293, result.Upper, 1e-8, "upper");
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void ScotPhoFinitePopulation_Quirks_AreWarnedAbout()
    {
        Assert.Equal("No population estimate (0): ScotPHO's calculate_perc_pcf tests 'est_pop < denominator' (300) first, so " +
                     "the interval has zero width (limits = the percentage), not the uncorrected width its comment intends.",
            Assert.Single(Proportion.ScotPhoFinitePopulation(60, 300, 0).Warnings));
        Assert.Equal("The sample (300) exceeds the population estimate (250): ScotPHO assumes the whole population was " +
                     "measured and gives an interval of zero width.",
            Assert.Single(Proportion.ScotPhoFinitePopulation(60, 300, 250).Warnings));
        Assert.Equal("estimatedPopulation is missing: ScotPHO's calculate_perc_pcf gives no limits (NA) without it; give 0 " +
                     "for 'no estimate' or the population's size.",
            Assert.Single(Proportion.ScotPhoFinitePopulation(60, 300, null).Warnings));
    }

    [Fact]
    public void ScotPhoFinitePopulation_NegativeEstimate_Throws()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Proportion.ScotPhoFinitePopulation(3, 10, -5));
        Assert.Equal("estimatedPopulation", error.ParamName);
    }

    private static void Same(double? expected, double actual, string what)
    {
        if (expected is null)
        {
            Assert.True(double.IsNaN(actual), $"{what}: expected NA, got {actual:R}");
            return;
        }

        if (expected.Value == 0)
        {
            Assert.True(actual == 0, $"{what}: expected 0, got {actual:R}");
            return;
        }

        Close.Relative(expected.Value, actual, 1e-9, what);
    }
}
