namespace AnalysisKit.Geography;

/// <summary>
/// One dated row of a practice lookup: where a practice sat in the hierarchy, and whether it was open, from
/// <see cref="ValidFrom"/> to <see cref="ValidTo"/> (both inclusive). A cluster change, a cluster merge or a closure
/// ends one row and starts another.
/// </summary>
/// <param name="PracticeCode">Five-digit practice code.</param>
/// <param name="PracticeName">Practice name.</param>
/// <param name="ClusterCode">GP cluster code; empty for pseudo-practices, which belong to no cluster.</param>
/// <param name="ClusterName">GP cluster name; empty for pseudo-practices.</param>
/// <param name="HscpCode">S37 code of the partnership.</param>
/// <param name="BoardCode">S08 code of the health board (one of the 14 current codes).</param>
/// <param name="SimdQuintile">SIMD 2020v2 quintile of the practice (1 = most deprived … 5 = least), or null when not known.</param>
/// <param name="Status">Open or closed during the row's dates.</param>
/// <param name="ValidFrom">First date the row holds.</param>
/// <param name="ValidTo">Last date the row holds (inclusive), or null while it still holds.</param>
/// <param name="Note">Free text explaining a change, e.g. "merged into 70104"; empty when there is none.</param>
/// <param name="SourceFile">The file the row was read from (empty when built in code), for error messages.</param>
/// <param name="SourceLine">The line of <paramref name="SourceFile"/> holding the row (header = line 1; 0 when built in code).</param>
public sealed record PracticeMembership(
    string PracticeCode,
    string PracticeName,
    string ClusterCode,
    string ClusterName,
    string HscpCode,
    string BoardCode,
    int? SimdQuintile,
    PracticeStatus Status,
    DateOnly ValidFrom,
    DateOnly? ValidTo,
    string Note,
    string SourceFile,
    int SourceLine)
{
    /// <summary>True when the row holds on <paramref name="date"/>.</summary>
    public bool HoldsOn(DateOnly date) => ValidFrom <= date && (ValidTo is null || date <= ValidTo.Value);

    /// <summary>True when this row's dates share at least one day with <paramref name="other"/>'s.</summary>
    public bool Overlaps(PracticeMembership other) =>
        ValidFrom <= (other.ValidTo ?? DateOnly.MaxValue) && other.ValidFrom <= (ValidTo ?? DateOnly.MaxValue);
}
