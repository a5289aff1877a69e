namespace AnalysisKit.Indicators;

/// <summary>
/// Rounding for displayed figures, kept apart from the full-precision values every calculation uses. Round once, at
/// the point of display, never before comparing or aggregating.
/// </summary>
public static class DisplayRounding
{
    /// <summary>√(2.220446049250313e-16), R's <c>sqrt(.Machine$double.eps)</c>, the tolerance phsmethods adds.</summary>
    private static readonly double MachineEpsilonRoot = Math.Sqrt(Math.Pow(2, -52));

    /// <summary>
    /// Public Health Scotland's rule for published figures: halves round away from zero (2.5 → 3, −2.5 → −3,
    /// 0.125 → 0.13). Reproduces phsmethods <c>round_half_up</c> exactly, including its tolerance of √ε
    /// (1.49e-8) that makes 2.675 (stored as 2.67499999…) round to 2.68 and 0.0049999999 to 0.01.
    /// </summary>
    /// <param name="value">The full-precision value; NaN and infinities are returned unchanged.</param>
    /// <param name="digits">Decimal places, 0 to 15.</param>
    public static double HalfUp(double value, int digits = 0)
    {
        RequireDigits(digits);
        if (!double.IsFinite(value))
        {
            return value;
        }

        var scale = Math.Pow(10, digits);
        var shifted = Math.Truncate(Math.Abs(value) * scale + 0.5 + MachineEpsilonRoot);
        return shifted / scale * Math.Sign(value);
    }

    /// <summary>
    /// Round half to even as R (≥ 4.0.0) <c>round(x, digits)</c> does: of the two neighbours at that many decimals,
    /// the one nearer to x in double arithmetic, and on an exact tie the even one (2.5 → 2, 0.125 → 0.12, but
    /// 2.675 → 2.67 because 2.675 is stored as 2.67499999…). Available for reproducing R output; not the PHS rule for
    /// publication. (.NET's Math.Round gives 2.68 there, because 2.675 × 100 is 267.5 in double arithmetic.)
    /// </summary>
    /// <param name="value">The full-precision value; NaN and infinities are returned unchanged.</param>
    /// <param name="digits">Decimal places, 0 to 15.</param>
    public static double HalfToEven(double value, int digits = 0)
    {
        RequireDigits(digits);
        if (!double.IsFinite(value))
        {
            return value;
        }

        var scale = Math.Pow(10, digits);
        var magnitude = Math.Abs(value);
        var scaled = magnitude * scale;
        var down = Math.Floor(scaled);
        var below = down / scale;
        var above = Math.Ceiling(scaled) / scale;
        var distanceDown = magnitude - below;
        var distanceUp = above - magnitude;
        var rounded = distanceUp < distanceDown || (distanceUp == distanceDown && Math.IEEERemainder(down, 2) != 0)
            ? above
            : below;
        return Math.CopySign(rounded, value);
    }

    private static void RequireDigits(int digits)
    {
        if (digits is < 0 or > 15)
        {
            throw new ArgumentOutOfRangeException(nameof(digits), digits, IndicatorMessages.DigitsOutOfRange(digits));
        }
    }
}
