using System.Globalization;

namespace AnalysisKit.Extracts;

/// <summary>
/// Parses the plain numbers that fill extracts (<c>123</c>, <c>-4.75</c>) without the general parser, and hands anything
/// else to .NET's invariant-culture parser. The fast path is exact: a decimal with at most 15 digits is an integer
/// below 2^53 divided by a power of ten up to 10^15, both exactly representable, and IEEE division rounds correctly —
/// so the result is the same double that <see cref="double.Parse(string, IFormatProvider)"/> returns (Clinger, "How to
/// read floating point numbers accurately", PLDI 1990, the "fast path").
/// </summary>
internal static class InvariantNumber
{
    private const int MaxFastDigits = 15;

    private const NumberStyles DoubleStyles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    private static readonly double[] PowersOfTen =
        [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

    /// <summary>A double as <c>double.TryParse(text, AllowLeadingSign | AllowDecimalPoint | AllowExponent, invariant)</c> reads it.</summary>
    public static bool TryParseDouble(ReadOnlySpan<char> text, out double value)
    {
        if (TryFastDecimal(text, out value))
        {
            return true;
        }

        return double.TryParse(text, DoubleStyles, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>A whole number as <c>long.TryParse(text, AllowLeadingSign, invariant)</c> reads it.</summary>
    public static bool TryParseLong(ReadOnlySpan<char> text, out long value)
    {
        var i = text.Length > 0 && text[0] is '-' or '+' ? 1 : 0;
        var digits = text.Length - i;
        if (digits is > 0 and <= 18)
        {
            long magnitude = 0;
            for (; i < text.Length; i++)
            {
                var d = unchecked((uint)(text[i] - '0'));
                if (d > 9)
                {
                    break;
                }

                magnitude = (magnitude * 10) + d;
            }

            if (i == text.Length)
            {
                value = text[0] == '-' ? -magnitude : magnitude;
                return true;
            }
        }

        return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>[sign] digits [. digits] with at most 15 digits in all; false (value 0) for anything else.</summary>
    private static bool TryFastDecimal(ReadOnlySpan<char> text, out double value)
    {
        value = 0;
        var i = text.Length > 0 && text[0] is '-' or '+' ? 1 : 0;
        long mantissa = 0;
        var digits = 0;
        var fraction = -1; // digits after the point; -1 while no point has been seen
        var start = i;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            var d = unchecked((uint)(c - '0'));
            if (d <= 9)
            {
                if (++digits > MaxFastDigits)
                {
                    return false;
                }

                mantissa = (mantissa * 10) + d;
                if (fraction >= 0)
                {
                    fraction++;
                }
            }
            else if (c == '.' && fraction < 0 && i > start)
            {
                fraction = 0;
            }
            else
            {
                return false;
            }
        }

        if (digits == 0 || fraction == 0)
        {
            return false; // empty, a sign alone, or "5." — left to the general parser
        }

        var magnitude = fraction > 0 ? mantissa / PowersOfTen[fraction] : mantissa;
        value = text[0] == '-' ? -magnitude : magnitude;
        return true;
    }
}
