namespace AnalysisKit.Variation;

/// <summary>
/// Public Health Scotland's rounding rule for published figures (phsmethods <c>round_half_up</c>): halves round away
/// from zero, with a √ε nudge so that 2.675 (stored as 2.67499…) rounds to 2.68 as a reader expects.
/// </summary>
internal static class RoundHalfUp
{
    private static readonly double Nudge = Math.Sqrt(Math.Pow(2, -52));

    internal static double Round(double value, int digits)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            return value;
        }

        var scale = Math.Pow(10, digits);
        var z = Math.Truncate(Math.Abs(value) * scale + 0.5 + Nudge) / scale;
        return Math.Sign(value) * z;
    }
}
