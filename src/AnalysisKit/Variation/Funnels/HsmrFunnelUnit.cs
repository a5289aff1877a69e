namespace AnalysisKit.Variation.Funnels;

/// <summary>One unit on a PHS HSMR-style multiplicative funnel.</summary>
/// <param name="Unit">The unit (numerator = observed deaths, denominator = predicted deaths).</param>
/// <param name="Ratio">SMR = observed/expected, rounded half-up to 8 dp.</param>
/// <param name="StandardError">√(1/E), rounded half-up to 8 dp.</param>
/// <param name="ZScore">(SMR − 1)/standard error, rounded half-up to 8 dp.</param>
/// <param name="WinsorisedZScore">The z-score after the single largest and smallest are pulled in to their neighbours.</param>
/// <param name="Limits">1 ± z·standard error·w for z = 1.96 (95%) and 3.09 (99.8%), rounded half-up to 8 dp.</param>
/// <param name="Outlier95">SMR strictly outside the 95% limits.</param>
/// <param name="Outlier998">SMR strictly outside the 99.8% limits.</param>
public sealed record HsmrFunnelUnit(
    FunnelUnit Unit,
    double Ratio,
    double StandardError,
    double ZScore,
    double WinsorisedZScore,
    FunnelLimits Limits,
    FunnelOutlier Outlier95,
    FunnelOutlier Outlier998);
