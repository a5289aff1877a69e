namespace AnalysisKit.Indicators;

/// <summary>
/// Events and population in one band (usually an age band) of one area, the input to direct and indirect
/// standardisation.
/// </summary>
/// <param name="Band">The band label, matching a <see cref="StandardPopulation"/> band (e.g. "45-49").</param>
/// <param name="Numerator">Events in the band, ≥ 0; null when missing, which PHE counts as 0 events.</param>
/// <param name="Denominator">Population in the band, &gt; 0.</param>
public readonly record struct AgeBandCount(string Band, double? Numerator, double Denominator);
