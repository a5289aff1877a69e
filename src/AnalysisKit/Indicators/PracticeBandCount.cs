namespace AnalysisKit.Indicators;

/// <summary>
/// One practice's events and population in one band (e.g. an age-sex band), summed up the hierarchy band by band so
/// that clusters, HSCPs and boards can be standardised (DSR, ISR) and compared.
/// </summary>
/// <param name="PracticeCode">The PHS practice code.</param>
/// <param name="Band">The band label, e.g. "45-49".</param>
/// <param name="Numerator">Events, ≥ 0; null when missing (see <see cref="HierarchyComparison.Aggregate(IEnumerable{PracticeBandCount}, AnalysisKit.Geography.IGeographyLookup, AnalysisKit.Geography.GeographyLevel)"/>).</param>
/// <param name="Denominator">Population in the band, ≥ 0 (a small practice can have nobody aged 90+).</param>
public readonly record struct PracticeBandCount(string PracticeCode, string Band, double? Numerator, double Denominator);
