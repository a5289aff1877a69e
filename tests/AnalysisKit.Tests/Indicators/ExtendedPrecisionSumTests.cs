using AnalysisKit.Indicators;

namespace AnalysisKit.Tests.Indicators;

public class ExtendedPrecisionSumTests
{
    [Fact]
    public void Cumulative_IsRsLongDoubleCumsum_NotADoubleRunningSum()
    {
        // R 4.2.2: set.seed(3); x <- runif(12)/7; cumsum(x). Its 6th value, 0.41353276039340664, differs from the double
        // running sum's 0.4135327603934067 because R accumulates in an 80-bit long double.
        double[] x =
        [
            0.024005932334278311, 0.11535948558178331, 0.054991764482110739, 0.046819188166409731, 0.086014382108779888,
            0.086342007720044675, 0.01780477774861668, 0.04208584632059293, 0.082515702715941844, 0.090139896342796941,
            0.07314512822111803, 0.072146273450925946,
        ];
        double[] r =
        [
            0.024005932334278311, 0.13936541791606163, 0.19435718239817237, 0.2411763705645821, 0.32719075267336201,
            0.41353276039340664, 0.43133753814202336, 0.47342338446261628, 0.55593908717855811, 0.64607898352135507,
            0.71922411174247314, 0.79137038519339908,
        ];
        Assert.Equal(r, ExtendedPrecisionSum.Cumulative(x));
        var naive = 0.0;
        var running = x.Select(v => naive += v).ToArray();
        Assert.Equal(0.4135327603934067, running[5]);
        Assert.Equal(r[^1], ExtendedPrecisionSum.Sum(x));
    }
}
