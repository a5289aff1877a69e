namespace AnalysisKit.Disclosure;

/// <summary>
/// How a count exactly half-way between two multiples of the rounding base is rounded. Both rules are in use at PHS:
/// sdcshinyapp rounds with R <c>round()</c> (half to even: 15 → 20, 25 → 20 at base 10), while displayed figures use
/// <c>janitor</c>/<c>phsmethods</c> <c>round_half_up</c> (25 → 30).
/// </summary>
public enum RoundingRule
{
    /// <summary>Ties go away from zero (up, for counts): 25 → 30 at base 10.</summary>
    HalfUp,

    /// <summary>Ties go to the even multiple of the base (banker's rounding, IEC 60559, R <c>round()</c>): 25 → 20, 35 → 40.</summary>
    HalfToEven,
}
