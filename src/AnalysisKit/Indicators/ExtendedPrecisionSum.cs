using System.Numerics;

namespace AnalysisKit.Indicators;

/// <summary>
/// R's <c>sum</c> and <c>cumsum</c> of doubles as they run on x86-64 Linux: accumulated in an 80-bit <c>long double</c>
/// (64-bit significand, each addition rounded to nearest, ties to even) and rounded to a double at the end. Done exactly
/// with integers, so a result used in later arithmetic (PHE's SII rank midpoints) is R's double, not one a last bit away.
/// </summary>
internal static class ExtendedPrecisionSum
{
    private const int LongDoubleBits = 64;
    private const int DoubleBits = 53;

    /// <summary>R's <c>cumsum(x)</c>.</summary>
    internal static double[] Cumulative(IReadOnlyList<double> values)
    {
        var result = new double[values.Count];
        var (mantissa, exponent) = (BigInteger.Zero, 0);
        for (var i = 0; i < values.Count; i++)
        {
            (mantissa, exponent) = RoundTo(Add(mantissa, exponent, values[i]), LongDoubleBits);
            result[i] = ToDouble(mantissa, exponent);
        }

        return result;
    }

    /// <summary>R's <c>sum(x)</c>.</summary>
    internal static double Sum(IReadOnlyList<double> values) => values.Count == 0 ? 0 : Cumulative(values)[^1];

    private static (BigInteger Mantissa, int Exponent) Add(BigInteger mantissa, int exponent, double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "Only finite values can be summed exactly.");
        }

        var (m, e) = Decompose(value);
        if (mantissa.IsZero)
        {
            return (m, e);
        }

        if (m.IsZero)
        {
            return (mantissa, exponent);
        }

        var common = Math.Min(exponent, e);
        return ((mantissa << (exponent - common)) + (m << (e - common)), common);
    }

    private static (BigInteger Mantissa, int Exponent) Decompose(double value)
    {
        var bits = BitConverter.DoubleToInt64Bits(value);
        var negative = bits < 0;
        var biased = (int)((bits >> 52) & 0x7FF);
        var fraction = bits & 0xFFFFFFFFFFFFFL;
        var (m, e) = biased == 0 ? (fraction, -1074) : (fraction | (1L << 52), biased - 1075);
        return (negative ? -new BigInteger(m) : new BigInteger(m), e);
    }

    /// <summary>Rounds m·2^e to <paramref name="bits"/> significant bits, to nearest with ties to even.</summary>
    private static (BigInteger Mantissa, int Exponent) RoundTo((BigInteger Mantissa, int Exponent) value, int bits)
    {
        var (mantissa, exponent) = value;
        var sign = mantissa.Sign;
        var magnitude = BigInteger.Abs(mantissa);
        var length = (int)magnitude.GetBitLength();
        if (length <= bits)
        {
            return value;
        }

        var shift = length - bits;
        var kept = magnitude >> shift;
        var remainder = magnitude - (kept << shift);
        var half = BigInteger.One << (shift - 1);
        if (remainder > half || (remainder == half && !kept.IsEven))
        {
            kept += 1;
        }

        return (sign * kept, exponent + shift);
    }

    private static double ToDouble(BigInteger mantissa, int exponent)
    {
        var (m, e) = RoundTo((mantissa, exponent), DoubleBits);
        return Math.ScaleB((double)m, e);
    }
}
