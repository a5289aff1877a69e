namespace AnalysisKit.Variation.Funnels;

/// <summary>One hospital on a PHS HSMR multiplicative funnel (see <see cref="HsmrFunnel"/>).</summary>
/// <param name="Unit">The unit (numerator = observed deaths, denominator = predicted deaths).</param>
/// <param name="Ratio">SMR = observed/predicted, unrounded, as PHS keeps it (the outlier flags compare this value).</param>
/// <param name="StandardError">st_err = √(1/predicted) with predicted rounded half-up to 8 dp first, then rounded to 8 dp.</param>
/// <param name="ZScore">z = (SMR − 1)/st_err with SMR rounded to 8 dp, rounded half-up to 8 dp.</param>
/// <param name="WinsorisedZScore">z after PHS's winsorising (every z tied for the largest or smallest replaced).</param>
/// <param name="Limits">1 ± z·R(st_err·w) for z = 1.96 (95%) and 3.09 (99.8%); not rounded after the subtraction.</param>
/// <param name="Outlier95">SMR strictly outside the 95% limits (PHS flags 3 and 4, or 1 and 2 beyond 99.8%).</param>
/// <param name="Outlier998">SMR strictly outside the 99.8% limits (PHS flags 1 high, 2 low).</param>
public sealed record HsmrFunnelUnit(
    FunnelUnit Unit,
    double Ratio,
    double StandardError,
    double ZScore,
    double WinsorisedZScore,
    FunnelLimits Limits,
    FunnelOutlier Outlier95,
    FunnelOutlier Outlier998);
