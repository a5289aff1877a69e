namespace AnalysisKit.Samples;

/// <summary>
/// The SplitMix64 pseudo-random generator (Steele, Lea and Flood, "Fast splittable pseudorandom number generators",
/// OOPSLA 2014; constants as in Vigna's public-domain splitmix64.c) with the samplers the sample-data generator needs.
/// Written here so that sample data never depend on <see cref="System.Random"/>'s implementation: the same seed gives
/// the same numbers on every .NET version. Not for cryptography.
/// </summary>
public sealed class SplitMix64
{
    private ulong _state;

    /// <summary>Starts a stream from <paramref name="seed"/> (any 64-bit value).</summary>
    public SplitMix64(ulong seed) => _state = seed;

    /// <summary>
    /// A stream for one purpose derived from a seed and labels (e.g. practice index and measure number), so that
    /// adding a measure or a practice does not shift the numbers of the others.
    /// </summary>
    public static SplitMix64 Derive(ulong seed, params ReadOnlySpan<ulong> labels)
    {
        var state = new SplitMix64(seed).NextUInt64();
        foreach (var label in labels)
        {
            state = new SplitMix64(unchecked(state ^ (label * 0xD1B54A32D192ED03UL))).NextUInt64();
        }

        return new SplitMix64(state);
    }

    /// <summary>The next 64 uniformly distributed bits.</summary>
    public ulong NextUInt64()
    {
        unchecked
        {
            var z = _state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    /// <summary>A uniform double in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A uniform integer in [0, <paramref name="count"/>); count ≥ 1. Unbiased (rejection of the short tail).</summary>
    public int NextInt(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var n = (ulong)count;
        var limit = ulong.MaxValue - (ulong.MaxValue % n);
        ulong x;
        do
        {
            x = NextUInt64();
        }
        while (x >= limit);

        return (int)(x % n);
    }

    /// <summary>A standard normal deviate (Box–Muller transform, Box and Muller 1958).</summary>
    public double NextNormal()
    {
        var u1 = 1.0 - NextDouble();
        var u2 = NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>
    /// A Poisson deviate with mean <paramref name="mean"/> (range: 0 ≤ mean ≤ 1e9). Below 30, inversion by sequential
    /// search (Devroye 1986, §X.3.2); from 30, the transformed rejection method PTRS (Hörmann 1993, "The transformed
    /// rejection method for generating Poisson random variables", Insurance: Mathematics and Economics 12:39–45).
    /// </summary>
    public int NextPoisson(double mean)
    {
        if (!(mean >= 0 && mean <= 1e9))
        {
            throw new ArgumentOutOfRangeException(nameof(mean), mean, "Expected a Poisson mean from 0 to 1e9.");
        }

        return mean < 30 ? PoissonInversion(mean) : PoissonPtrs(mean);
    }

    private int PoissonInversion(double mean)
    {
        var u = NextDouble();
        var k = 0;
        var p = Math.Exp(-mean);
        var cumulative = p;
        while (u > cumulative && k < 1000)
        {
            k++;
            p *= mean / k;
            cumulative += p;
        }

        return k;
    }

    private int PoissonPtrs(double mean)
    {
        var sqrtMean = Math.Sqrt(mean);
        var logMean = Math.Log(mean);
        var b = 0.931 + (2.53 * sqrtMean);
        var a = -0.059 + (0.02483 * b);
        var inverseAlpha = 1.1239 + (1.1328 / (b - 3.4));
        var vr = 0.9277 - (3.6224 / (b - 2));
        while (true)
        {
            var u = NextDouble() - 0.5;
            var v = NextDouble();
            var us = 0.5 - Math.Abs(u);
            var k = Math.Floor((((2 * a / us) + b) * u) + mean + 0.43);
            if (us >= 0.07 && v <= vr)
            {
                return (int)k;
            }

            if (k < 0 || (us < 0.013 && v > us))
            {
                continue;
            }

            if (Math.Log(v) + Math.Log(inverseAlpha) - Math.Log((a / (us * us)) + b)
                <= -mean + (k * logMean) - MathNet.Numerics.SpecialFunctions.GammaLn(k + 1))
            {
                return (int)k;
            }
        }
    }
}
