using AnalysisKit.Testing;
using AnalysisKit.Variation.Funnels;

namespace AnalysisKit.Tests.Variation;

/// <summary>
/// The χ² quantiles behind exact Poisson funnel limits at the expected counts of whole boards and large HSCPs (2x =
/// 100,000 to 12,000,000 degrees of freedom), where MathNet's inverse fails: the Wilson–Hilferty approximation against
/// R 4.2 <c>qchisq(p, df)</c> (values printed with 17 digits, typed in here).
/// </summary>
public class ChiSquaredQuantileTests
{
    [Theory]
    [InlineData(1e5, 0.025, 99125.373300647349)]
    [InlineData(1e5, 0.975, 100878.415305665578)]
    [InlineData(1e5, 0.001, 98623.703816369598)]
    [InlineData(1e5, 0.999, 101387.695532529455)]
    [InlineData(2e6, 0.025, 1996081.9666805877)]
    [InlineData(2e6, 0.975, 2003921.8219309007)]
    [InlineData(2e6, 0.001, 1993825.2346396304)]
    [InlineData(2e6, 0.999, 2006186.1647397089)]
    [InlineData(1.2e7, 0.025, 11990400.071093554)]
    [InlineData(1.2e7, 0.999, 12015144.684542580)]
    public void Quantile_LargeFreedom_MatchesRsQchisqTo1e9(double freedom, double p, double r)
    {
        Close.Relative(r, OverdispersedFunnel.ChiSquaredQuantile(freedom, p), 1e-9, $"qchisq({p}, {freedom})");
    }
}
