namespace AnalysisKit.Indicators;

/// <summary>
/// R's default random number stream, draw for draw: the Mersenne-Twister (Matsumoto &amp; Nishimura 1998) seeded as R's
/// <c>set.seed(seed)</c> seeds it (50 rounds of the congruential scrambler seed = 69069·seed + 1, then 624 words),
/// <c>unif_rand()</c> as R returns it (the 32-bit word × 2.3283064365386963e-10, kept inside (0, 1)), and
/// <c>norm_rand()</c> by R's default "Inversion" method (two uniforms combined to 2⁻²⁷ resolution, then Wichura's AS 241
/// <c>qnorm</c> as in R 4.2). So <c>set.seed(5); rnorm(3, m, s)</c> in R and
/// <c>RRandomStream.FromSeed(5)</c> with three <see cref="NextNormal(double, double)"/> calls give the same doubles.
/// It exists so that simulated confidence limits (PHEindicatormethods' <c>phe_sii</c>) can be reproduced from an R seed;
/// it is not a cryptographic or a fast generator. One stream is not thread-safe.
/// </summary>
/// <remarks>References: R 4.2.2 sources src/main/RNG.c (RNG_Init, MT_genrand, fixup), src/nmath/snorm.c (INVERSION),
/// src/nmath/qnorm.c; Wichura MJ (1988) Algorithm AS 241, Appl Statist 37:477–84.</remarks>
public sealed class RRandomStream
{
    private const int N = 624;
    private const int M = 397;
    private const uint MatrixA = 0x9908b0df;
    private const uint UpperMask = 0x80000000;
    private const uint LowerMask = 0x7fffffff;
    private const double TwoToMinus32 = 2.3283064365386963e-10;
    private const double HalfI2To32Minus1 = 0.5 * 2.328306437080797e-10;
    private const double Big = 134217728; // 2^27

    private readonly uint[] _mt = new uint[N];
    private int _mti;

    private RRandomStream(uint seed)
    {
        for (var j = 0; j < 50; j++)
        {
            seed = unchecked((69069 * seed) + 1);
        }

        // R fills dummy[0..624]: dummy[0] is the position (then reset to 624), dummy[1..624] the state.
        seed = unchecked((69069 * seed) + 1);
        for (var j = 0; j < N; j++)
        {
            seed = unchecked((69069 * seed) + 1);
            _mt[j] = seed;
        }

        _mti = N;
    }

    /// <summary>The stream R has after <c>set.seed(seed)</c> with the default kinds (Mersenne-Twister, Inversion).</summary>
    /// <param name="seed">Any integer, as given to R's <c>set.seed</c>.</param>
    public static RRandomStream FromSeed(int seed) => new(unchecked((uint)seed));

    /// <summary>R's <c>unif_rand()</c> (what <c>runif(1)</c> returns): a uniform in (0, 1) with 32-bit resolution.</summary>
    public double NextUniform()
    {
        var x = NextWord() * TwoToMinus32;
        return x <= 0 ? HalfI2To32Minus1 : 1 - x <= 0 ? 1 - HalfI2To32Minus1 : x;
    }

    /// <summary>R's <c>norm_rand()</c>: a standard normal draw by inversion.</summary>
    public double NextNormal()
    {
        var u = NextUniform();
        u = (int)(Big * u) + NextUniform();
        return StandardNormalQuantile(u / Big);
    }

    /// <summary>
    /// R's <c>rnorm(1, mean, sd)</c>: mean + sd·<see cref="NextNormal()"/>; with sd = 0 (or a non-finite mean) R returns
    /// the mean without drawing, and so does this, so the streams stay in step.
    /// </summary>
    /// <param name="mean">The mean.</param>
    /// <param name="standardDeviation">The standard deviation, ≥ 0 and finite.</param>
    public double NextNormal(double mean, double standardDeviation)
    {
        if (double.IsNaN(mean) || !double.IsFinite(standardDeviation) || standardDeviation < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(standardDeviation), standardDeviation,
                IndicatorMessages.NormalDrawOutOfRange(mean, standardDeviation));
        }

        return standardDeviation == 0 || !double.IsFinite(mean) ? mean : mean + (standardDeviation * NextNormal());
    }

    /// <summary>R 4.2's <c>qnorm(p, 0, 1)</c> for 0 &lt; p &lt; 1 (Wichura's AS 241, PPND16), in R's operation order.</summary>
    internal static double StandardNormalQuantile(double p)
    {
        var q = p - 0.5;
        double r;
        if (Math.Abs(q) <= 0.425)
        {
            r = 0.180625 - (q * q);
            // (q·numerator)/denominator, as R's qnorm.c groups it.
            return q * Horner(r, 2509.0809287301226727, 33430.575583588128105, 67265.770927008700853,
                    45921.953931549871457, 13731.693765509461125, 1971.5909503065514427, 133.14166789178437745,
                    3.387132872796366608)
                / Horner(r, 5226.495278852854561, 28729.085735721942674, 39307.89580009271061,
                    21213.794301586595867, 5394.1960214247511077, 687.1870074920579083, 42.313330701600911252, 1.0);
        }

        r = q > 0 ? 0.5 - p + 0.5 : p;
        r = Math.Sqrt(-Math.Log(r));
        double value;
        if (r <= 5)
        {
            r += -1.6;
            value = Horner(r, 7.7454501427834140764e-4, 0.0227238449892691845833, 0.24178072517745061177,
                    1.27045825245236838258, 3.64784832476320460504, 5.7694972214606914055, 4.6303378461565452959,
                    1.42343711074968357734)
                / Horner(r, 1.05075007164441684324e-9, 5.475938084995344946e-4, 0.0151986665636164571966,
                    0.14810397642748007459, 0.68976733498510000455, 1.6763848301838038494, 2.05319162663775882187, 1.0);
        }
        else
        {
            r += -5.0;
            value = Horner(r, 2.01033439929228813265e-7, 2.71155556874348757815e-5, 0.0012426609473880784386,
                    0.026532189526576123093, 0.29656057182850489123, 1.7848265399172913358, 5.4637849111641143699,
                    6.6579046435011037772)
                / Horner(r, 2.04426310338993978564e-15, 1.4215117583164458887e-7, 1.8463183175100546818e-5,
                    7.868691311456132591e-4, 0.0148753612908506148525, 0.13692988092273580531, 0.59983220655588793769, 1.0);
        }

        return q < 0.0 ? -value : value;
    }

    /// <summary>(((r·c₀ + c₁)·r + c₂)·r + …) + c₇, the nesting R's qnorm.c writes out, one multiply then one add per step.</summary>
    private static double Horner(double r, params ReadOnlySpan<double> coefficients)
    {
        var value = r * coefficients[0];
        value += coefficients[1];
        for (var k = 2; k < coefficients.Length; k++)
        {
            value = (value * r) + coefficients[k];
        }

        return value;
    }

    private uint NextWord()
    {
        uint y;
        if (_mti >= N)
        {
            int kk;
            for (kk = 0; kk < N - M; kk++)
            {
                y = (_mt[kk] & UpperMask) | (_mt[kk + 1] & LowerMask);
                _mt[kk] = _mt[kk + M] ^ (y >> 1) ^ ((y & 1) == 0 ? 0 : MatrixA);
            }

            for (; kk < N - 1; kk++)
            {
                y = (_mt[kk] & UpperMask) | (_mt[kk + 1] & LowerMask);
                _mt[kk] = _mt[kk + (M - N)] ^ (y >> 1) ^ ((y & 1) == 0 ? 0 : MatrixA);
            }

            y = (_mt[N - 1] & UpperMask) | (_mt[0] & LowerMask);
            _mt[N - 1] = _mt[M - 1] ^ (y >> 1) ^ ((y & 1) == 0 ? 0 : MatrixA);
            _mti = 0;
        }

        y = _mt[_mti++];
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >> 18;
        return y;
    }
}
