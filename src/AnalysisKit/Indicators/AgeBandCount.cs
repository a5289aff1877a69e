namespace AnalysisKit.Indicators;

/// <summary>
/// Events and population in one band (usually an age band) of one area, the input to direct and indirect
/// standardisation.
/// </summary>
/// <param name="Band">The band label, matching a <see cref="StandardPopulation"/> band (e.g. "45-49").</param>
/// <param name="Numerator">Events in the band, ≥ 0; null when missing, which PHE counts as 0 events.</param>
/// <param name="Denominator">Population in the band, &gt; 0 (under the ScotPHO conventions also 0 for a band with no
/// events, which then adds nothing, as in ScotPHO's <c>calculate_easr</c>).</param>
public readonly record struct AgeBandCount(string Band, double? Numerator, double Denominator);
