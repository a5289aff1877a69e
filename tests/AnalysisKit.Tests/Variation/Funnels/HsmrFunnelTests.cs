using AnalysisKit.Testing;
using AnalysisKit.Variation.Funnels;

namespace AnalysisKit.Tests.Variation.Funnels;

public class HsmrFunnelTests
{
    // Hand-derived worked example (PHS HSMR method as in ../shared/reference/README.md): five hospitals, E = 100 each,
    // so st_err = √(1/100) = 0.1; O = 80, 95, 100, 110, 130 give SMR 0.8, 0.95, 1, 1.1, 1.3 and z = −2, −0.5, 0, 1, 3.
    // Winsorising the extremes to their neighbours: −0.5, −0.5, 0, 1, 1; Σz² = 2.5 over 4 non-zero z, so
    // w = √0.625 = 0.790569415 → 0.79056942 (8 dp). 95% limits 1 ± 1.96·0.1·0.79056942 = 0.84504839, 1.15495161;
    // 99.8% limits 1 ± 3.09·0.1·0.79056942 = 0.75571405, 1.24428595.
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
        Close.Relative(0.84504839, limits.Lower95, 1e-15, "lower 95");
        Close.Relative(1.15495161, limits.Upper95, 1e-15, "upper 95");
        Close.Relative(0.75571405, limits.Lower998, 1e-15, "lower 99.8");
        Close.Relative(1.24428595, limits.Upper998, 1e-15, "upper 99.8");
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
    public void Fit_FewerThanThreeUnits_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => HsmrFunnel.Fit(Hospitals[..2]));
        Assert.StartsWith("units.Count is 2; allowed: at least 3 units", error.Message, StringComparison.Ordinal);
    }
}
