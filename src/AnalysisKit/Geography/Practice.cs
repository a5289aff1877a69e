namespace AnalysisKit.Geography;

/// <summary>A practice as at a hierarchy's effective date: where it sits, its list, and whether it is compared.</summary>
/// <param name="Code">Five-digit practice code.</param>
/// <param name="Name">Practice name.</param>
/// <param name="ClusterCode">GP cluster code; empty for pseudo-practices.</param>
/// <param name="HscpCode">S37 partnership code.</param>
/// <param name="BoardCode">S08 health board code.</param>
/// <param name="SimdQuintile">SIMD quintile (1 = most deprived … 5 = least), or null when not known.</param>
/// <param name="Status">Open or closed on the effective date.</param>
/// <param name="Population">The list by sex and age band from the latest population on or before the effective date, or null when none.</param>
/// <param name="Note">The lookup row's note (e.g. "merged into 70104"), or empty.</param>
/// <param name="Since">The first date of the lookup row in force (for a closed practice, the closure date).</param>
public sealed record Practice(
    string Code,
    string Name,
    string ClusterCode,
    string HscpCode,
    string BoardCode,
    int? SimdQuintile,
    PracticeStatus Status,
    PracticePopulation? Population,
    string Note,
    DateOnly Since)
{
    /// <summary>The list size from <see cref="Population"/>, or null when no population is known.</summary>
    public int? ListSize => Population?.Total;

    /// <summary>True for the pseudo-practice codes 99996–99999.</summary>
    public bool IsPseudo => PseudoPractice.IsPseudo(Code);

    /// <summary>True for an open, real practice: the ones that belong in comparisons.</summary>
    public bool IsComparable => !IsPseudo && Status == PracticeStatus.Open;
}
