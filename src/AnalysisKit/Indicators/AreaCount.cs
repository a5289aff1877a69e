using AnalysisKit.Geography;

namespace AnalysisKit.Indicators;

/// <summary>An area's numerator and denominator: the sums over the practices it contains.</summary>
/// <param name="Level">The geography level of the area.</param>
/// <param name="AreaCode">The area's code at that level.</param>
/// <param name="Numerator">Σ practice numerators.</param>
/// <param name="Denominator">Σ practice denominators.</param>
/// <param name="Practices">How many practices were summed.</param>
public sealed record AreaCount(GeographyLevel Level, string AreaCode, double Numerator, double Denominator, int Practices)
{
    /// <summary>
    /// The per-band sums (band order of first appearance) when aggregated from <see cref="PracticeBandCount"/> rows,
    /// for standardised measures; null when aggregated from <see cref="PracticeCount"/> rows.
    /// </summary>
    public IReadOnlyList<AgeBandCount>? Bands { get; init; }
}
