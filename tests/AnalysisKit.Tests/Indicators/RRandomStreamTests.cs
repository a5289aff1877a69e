using AnalysisKit.Indicators;
using static AnalysisKit.Tests.Indicators.IndicatorTestData;

namespace AnalysisKit.Tests.Indicators;

/// <summary>
/// RRandomStream against R's own generator (R 4.2.2 defaults), draws written by TestData/Derivations/r_rng.R. Equality
/// is exact: the stream reproduces R's doubles bit for bit.
/// </summary>
public class RRandomStreamTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(-7)]
    [InlineData(int.MaxValue)]
    public void NextUniform_IsRsRunifBitForBit(int seed)
    {
        var expected = Draws(seed, "runif");
        var stream = RRandomStream.FromSeed(seed);
        for (var i = 0; i < expected.Count; i++)
        {
            var actual = stream.NextUniform();
            Assert.True(expected[i] == actual, $"seed {seed} runif[{i + 1}]: R {expected[i]:R}, got {actual:R}");
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(-7)]
    [InlineData(int.MaxValue)]
    public void NextNormal_IsRsRnormBitForBit(int seed)
    {
        var expected = Draws(seed, "rnorm");
        var stream = RRandomStream.FromSeed(seed);
        for (var i = 0; i < expected.Count; i++)
        {
            var actual = stream.NextNormal();
            Assert.True(expected[i] == actual, $"seed {seed} rnorm[{i + 1}]: R {expected[i]:R}, got {actual:R}");
        }
    }

    [Fact]
    public void NextNormal_ZeroStandardDeviation_ReturnsTheMeanWithoutDrawing()
    {
        // R: set.seed(1); rnorm(6, c(10, 20, 30), c(1, 0, 2)): the second and fifth use sd 0 and consume no uniforms.
        var expected = Draws(1, "rnorm_mean_sd");
        var stream = RRandomStream.FromSeed(1);
        var means = new[] { 10.0, 20, 30 };
        var sds = new[] { 1.0, 0, 2 };
        var actual = Enumerable.Range(0, 6).Select(i => stream.NextNormal(means[i % 3], sds[i % 3])).ToList();
        Assert.Equal(expected, actual);
        Assert.Equal(20, actual[1]);
    }

    [Fact]
    public void NextNormal_NegativeStandardDeviation_IsRefused()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => RRandomStream.FromSeed(1).NextNormal(0, -1));
        Assert.StartsWith("A normal draw needs a mean (got 0) and a finite standard deviation ≥ 0 (got -1).", error.Message);
    }

    private static List<double> Draws(int seed, string kind) =>
        Read("r_rng_draws.csv").Rows
            .Where(r => (int)r.Double("seed") == seed && r.Text("kind") == kind)
            .OrderBy(r => r.Double("index"))
            .Select(r => r.Double("value"))
            .ToList();
}
