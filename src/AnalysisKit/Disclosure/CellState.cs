namespace AnalysisKit.Disclosure;

/// <summary>
/// What a published cell is. Suppressed, true zero and missing are kept apart in every output so that a reader never
/// has to guess whether a blank or a 0 hides a small count (the LIST locality-profile footnote that merged them is the
/// anti-pattern this avoids).
/// </summary>
public enum CellState
{
    /// <summary>A count published as it is (or rounded to the policy's base).</summary>
    Published,

    /// <summary>A true zero, published as 0.</summary>
    Zero,

    /// <summary>No data for this cell in the input; published blank. Not a zero and not a suppression.</summary>
    Missing,

    /// <summary>Hidden by disclosure control; published as the policy's marker.</summary>
    Suppressed,

    /// <summary>A non-zero count that rounds to 0 at the policy's rounding base (open-data qualifier <c>~</c>).</summary>
    RoundsToZero,
}
