namespace AnalysisKit.Disclosure;

/// <summary>Which secondary (complementary) suppression a policy applies after primary suppression.</summary>
public enum SecondaryMethod
{
    /// <summary>Primary suppression only. Safe only when no totals are published beside the counts.</summary>
    None,

    /// <summary>
    /// A replica of PHS sdcshinyapp <c>Stat_Secondary_Supress</c>: within each row only, when exactly one count column
    /// is suppressed, every cell equal to the row's smallest remaining non-zero count is suppressed too. No column or
    /// hierarchy pass, no iteration. Kept to reproduce PHS training tests; it leaks when column totals are published.
    /// </summary>
    PhsRowsOnly,

    /// <summary>
    /// Complementary suppression across rows, columns and the hierarchy, iterated until every suppressed cell is
    /// protected against an attacker who solves the table's additive constraints exactly.
    /// </summary>
    Complete,
}
