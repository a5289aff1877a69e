using AnalysisKit.Variation.Spc;
using FsCheck;
using FsCheck.Fluent;

namespace AnalysisKit.Tests.Variation.Spc;

public class RunsAnalysisTests
{
    [Theory]
    // R: qbinom(0.05, n - 1, 0.5) for n = 10, 20, 24, 40, 100 (Anhøj's table of minimum crossings: 2, 6, 8, 14, 41).
    [InlineData(10, 2)]
    [InlineData(20, 6)]
    [InlineData(24, 8)]
    [InlineData(40, 14)]
    [InlineData(100, 41)]
    public void BinomialQuantile_MatchesAnhojTableOfMinimumCrossings(int useful, int expected)
    {
        Assert.Equal(expected, RunsAnalysis.BinomialQuantile(0.05, useful - 1));
    }

    [Fact]
    public void Of_PointsOnTheCentreLineAndMissingPoints_AreNotUseful()
    {
        // 1, 3, [2 on CL], null, 3, 1: signs −, +, +, − → 3 runs, 2 crossings, longest 2, 4 useful of 6.
        var runs = RunsAnalysis.Of(new double?[] { 1, 3, 2, null, 3, 1 }, Enumerable.Repeat(2.0, 6).ToList());
        Assert.Equal(6, runs.Observations);
        Assert.Equal(4, runs.UsefulObservations);
        Assert.Equal(2, runs.LongestRun);
        Assert.Equal(2, runs.Crossings);
        Assert.Equal(5, runs.LongestRunMax); // round(log2 4) + 3
    }

    [Fact]
    public void Of_AnySeries_CrossingsAndLongestRunWithinBounds()
    {
        Check.QuickThrowOnFailure(Prop.ForAll<int[]>(values =>
        {
            var y = values.Select(v => (double?)(v % 7)).ToList();
            var runs = RunsAnalysis.Of(y, Enumerable.Repeat(3.0, y.Count).ToList());
            if (runs.UsefulObservations == 0)
            {
                return runs.LongestRun is null && !runs.Signal;
            }

            return runs.Crossings <= runs.UsefulObservations - 1
                   && runs.LongestRun >= 1 && runs.LongestRun <= runs.UsefulObservations
                   && runs.Signal == (runs.LongestRun > runs.LongestRunMax || runs.Crossings < runs.CrossingsMin);
        }));
    }

    [Fact]
    public void Of_LongRunAboveTheCentreLine_Signals()
    {
        // 12 useful points: max run round(log2 12) + 3 = 7; a run of 8 above signals.
        var y = new double?[] { 3, 3, 3, 3, 3, 3, 3, 3, 1, 3, 1, 3 };
        var runs = RunsAnalysis.Of(y, Enumerable.Repeat(2.0, y.Length).ToList());
        Assert.Equal(8, runs.LongestRun);
        Assert.Equal(7, runs.LongestRunMax);
        Assert.True(runs.Signal);
    }
}
