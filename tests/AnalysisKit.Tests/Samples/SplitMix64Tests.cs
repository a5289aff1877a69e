using AnalysisKit.Samples;
using MathNet.Numerics.Distributions;

namespace AnalysisKit.Tests.Samples;

public sealed class SplitMix64Tests
{
    [Fact]
    public void NextUInt64_Seed1234567_GivesThePublishedSequence()
    {
        // Rosetta Code, "Pseudo-random numbers/Splitmix64" (test vector for seed 1234567), also reproduced with an
        // independent Python implementation of Vigna's splitmix64.c.
        var random = new SplitMix64(1234567);
        ulong[] expected = [6457827717110365317, 3203168211198807973, 9817491932198370423, 4593380528125082431, 16408922859458223821];
        Assert.Equal(expected, Enumerable.Range(0, 5).Select(_ => random.NextUInt64()));
    }

    [Fact]
    public void NextDouble_Seed1234567_IsTheTop53BitsScaled()
    {
        // 6457827717110365317 >> 11 = 3153236189995295, divided by 2^53.
        Assert.Equal(3153236189995295 / 9007199254740992.0, new SplitMix64(1234567).NextDouble());
    }

    [Theory]
    [InlineData(0.7)]
    [InlineData(3.5)]
    [InlineData(29.9)]
    [InlineData(30)]
    [InlineData(250)]
    [InlineData(5000)]
    public void NextPoisson_ManyDraws_MeanAndVarianceMatchTheDistribution(double mean)
    {
        // Poisson(λ): mean λ, variance λ. With n draws the sample mean has SE √(λ/n) and the sample variance SE
        // √((λ + 2λ²)/n) (fourth central moment λ + 3λ²); allow 5 SE. The seed is fixed, so the test is deterministic.
        const int n = 100_000;
        var random = new SplitMix64(20231);
        var draws = Enumerable.Range(0, n).Select(_ => (double)random.NextPoisson(mean)).ToArray();
        var average = draws.Average();
        var variance = draws.Sum(x => (x - average) * (x - average)) / (n - 1);
        Assert.InRange(average, mean - (5 * Math.Sqrt(mean / n)), mean + (5 * Math.Sqrt(mean / n)));
        var varianceSe = Math.Sqrt((mean + (2 * mean * mean)) / n);
        Assert.InRange(variance, mean - (5 * varianceSe), mean + (5 * varianceSe));
    }

    [Theory]
    [InlineData(3.5, 0)]
    [InlineData(3.5, 5)]
    [InlineData(250, 230)]
    [InlineData(250, 265)]
    public void NextPoisson_ManyDraws_CumulativeShareMatchesPoissonCdf(double mean, int k)
    {
        // Reference CDF from MathNet.Numerics (an independent implementation); allow 5 binomial SEs.
        const int n = 100_000;
        var random = new SplitMix64(7);
        var share = Enumerable.Range(0, n).Count(_ => random.NextPoisson(mean) <= k) / (double)n;
        var expected = Poisson.CDF(mean, k);
        var se = Math.Sqrt(expected * (1 - expected) / n);
        Assert.InRange(share, expected - (5 * se), expected + (5 * se));
    }

    [Fact]
    public void NextPoisson_NegativeMean_IsRejected()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new SplitMix64(1).NextPoisson(-1));
        Assert.StartsWith("Expected a Poisson mean from 0 to 1e9.", error.Message);
    }

    [Fact]
    public void NextInt_ManyDraws_EveryValueAboutEquallyOften()
    {
        var random = new SplitMix64(99);
        var counts = new int[7];
        for (var i = 0; i < 70_000; i++)
        {
            counts[random.NextInt(7)]++;
        }

        // Each count ~ Binomial(70000, 1/7): mean 10000, SD ≈ 92.6; allow 5 SD.
        Assert.All(counts, c => Assert.InRange(c, 10_000 - 463, 10_000 + 463));
    }

    [Fact]
    public void Derive_DifferentLabels_GiveDifferentStreams()
    {
        Assert.NotEqual(SplitMix64.Derive(1, 2, 3).NextUInt64(), SplitMix64.Derive(1, 3, 2).NextUInt64());
        Assert.Equal(SplitMix64.Derive(1, 2, 3).NextUInt64(), SplitMix64.Derive(1, 2, 3).NextUInt64());
    }
}
