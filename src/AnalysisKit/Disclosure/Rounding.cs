namespace AnalysisKit.Disclosure;

/// <summary>Rounding of counts to a base (3, 5, 10, …) with the tie rule named, never implied.</summary>
public static class Rounding
{
    /// <summary>
    /// Rounds a count to the nearest multiple of <paramref name="roundingBase"/>: <c>round(count / base) × base</c>,
    /// as <c>plyr::round_any(count, base, round)</c> in sdcshinyapp. Exact integer arithmetic; no floating point.
    /// </summary>
    /// <param name="count">The count. Range: ≥ 0.</param>
    /// <param name="roundingBase">The base. Range: ≥ 1 (1 leaves the count unchanged).</param>
    /// <param name="rule">What happens at an exact half (e.g. 25 at base 10): see <see cref="RoundingRule"/>.</param>
    /// <returns>The rounded count.</returns>
    public static long ToBase(long count, int roundingBase, RoundingRule rule)
    {
        if (count < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, DisclosureMessages.NegativeCountToRound(count));
        }

        if (roundingBase < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(roundingBase), roundingBase, DisclosureMessages.RoundingBaseOutOfRange(roundingBase));
        }

        var quotient = count / roundingBase;
        var twiceRemainder = 2 * (count % roundingBase);
        var up = twiceRemainder > roundingBase
                 || (twiceRemainder == roundingBase && (rule == RoundingRule.HalfUp || quotient % 2 == 1));
        return (up ? quotient + 1 : quotient) * roundingBase;
    }
}
