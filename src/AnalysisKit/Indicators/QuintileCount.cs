namespace AnalysisKit.Indicators;

/// <summary>An indicator's numerator and denominator in one SIMD quintile of an area.</summary>
/// <param name="Quintile">SIMD quintile, 1 (most deprived) to 5 (least deprived), the Scottish convention.</param>
/// <param name="Numerator">Events or cases, ≥ 0.</param>
/// <param name="Denominator">Population or sample size, &gt; 0; also the quintile's weight in the regression.</param>
public readonly record struct QuintileCount(int Quintile, double Numerator, double Denominator);
