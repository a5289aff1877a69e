namespace AnalysisKit.Indicators;

/// <summary>The simulated limits of the SII and RII at one confidence level (PHEindicatormethods <c>phe_sii</c>).</summary>
/// <param name="Confidence">The level, as a fraction.</param>
/// <param name="SiiLower">sii_lower: the simulated SII at position round(repetitions·(1 − c)/2) of the sorted samples.</param>
/// <param name="SiiUpper">sii_upper: at position round(repetitions·(c + (1 − c)/2)).</param>
/// <param name="RiiLower">rii_lower (with a transform: from the SII limits transformed back).</param>
/// <param name="RiiUpper">rii_upper.</param>
/// <param name="SiiMeanAbsoluteDifference">With the reliability statistic: sii_mad, the mean of |limit − block 1's limit|
/// over the lower and upper SII limits of blocks 2–10; otherwise null.</param>
/// <param name="RiiMeanAbsoluteDifference">rii_mad, the same for the RII limits; otherwise null.</param>
public sealed record PheSiiInterval(
    double Confidence,
    double SiiLower,
    double SiiUpper,
    double RiiLower,
    double RiiUpper,
    double? SiiMeanAbsoluteDifference = null,
    double? RiiMeanAbsoluteDifference = null);
