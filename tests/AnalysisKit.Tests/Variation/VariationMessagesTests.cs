using AnalysisKit.Variation;
using AnalysisKit.Variation.Funnels;

namespace AnalysisKit.Tests.Variation;

/// <summary>
/// Message texts not already pinned by the behaviour tests (FunnelInputTests, XmrChartValidationTests, QicChartTests,
/// ClusterFunnelTests, PheFunnelRateTests check the rest where they are raised).
/// </summary>
public class VariationMessagesTests
{
    [Fact]
    public void SmallExpected_IsRaisedByTheHsmrFunnelForExpectedBelowFive()
    {
        var units = new[] { new FunnelUnit("A", 3, 4.5), new FunnelUnit("B", 10, 10), new FunnelUnit("C", 12, 10), new FunnelUnit("D", 9, 10) };
        var result = HsmrFunnel.Fit(units);
        Assert.Equal(new[] { "unit 'A': expected count 4.5 is below 5; its limits are wide and its position unstable." }, result.Warnings);
        Assert.Equal(VariationMessages.SmallExpected("A", 4.5), result.Warnings[0]);
    }

    [Fact]
    public void NumbersInMessages_UseInvariantCulture()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            Assert.Equal("trimBy is 0.75; allowed: 0 ≤ trimBy < 0.5 (FunnelPlotR default 0.1).", VariationMessages.TrimOutOfRange(0.75));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }
}
