namespace AnalysisKit.Indicators;

/// <summary>
/// For non-independent events (one person can have several admissions): how many people in a band had a given number
/// of events. The input to <see cref="DirectlyStandardisedRate.DobsonNonIndependentEvents"/>.
/// </summary>
/// <param name="Band">The band label, matching a <see cref="StandardPopulation"/> band.</param>
/// <param name="EventFrequency">The number of events each of these people had, a whole number ≥ 1.</param>
/// <param name="Persons">People in the band with exactly that many events, ≥ 0; null when missing (counted as 0).</param>
/// <param name="Denominator">Population in the band, &gt; 0, the same on every row of the band.</param>
public readonly record struct EventFrequencyCount(string Band, int EventFrequency, double? Persons, double Denominator);
