namespace AnalysisKit.Geography;

/// <summary>
/// Which cluster, HSCP, board and Scotland a practice belongs to on the lookup's effective date. Analyses that
/// aggregate practices up the hierarchy (summing numerators and denominators) take this interface, so they work with
/// any dated practice lookup.
/// </summary>
public interface IGeographyLookup
{
    /// <summary>The date on which this lookup's memberships hold; every analysis reports it.</summary>
    DateOnly EffectiveDate { get; }

    /// <summary>
    /// The code of the area at <paramref name="level"/> that contains <paramref name="practiceCode"/>, or null when
    /// the practice is not in the lookup. For <see cref="GeographyLevel.Practice"/> it is the practice code itself.
    /// </summary>
    string? AreaCode(string practiceCode, GeographyLevel level);

    /// <summary>
    /// True when the practice is a real, open practice that belongs in comparisons; false for pseudo-practices
    /// (99996–99999) and closed practices, which are reported rather than compared.
    /// </summary>
    bool IsComparable(string practiceCode);
}
