namespace AnalysisKit.Variation.Funnels;

/// <summary>A PHS HSMR-style multiplicative funnel: the dispersion factor w and each unit's limits.</summary>
/// <param name="DispersionFactor">w = √(ΣR(z²)/#(z ≠ 0)) over winsorised z-scores, rounded half-up to 8 dp; it multiplies
/// every unit's standard error (no φ ≤ 1 check, so w &lt; 1 narrows the limits). NaN, with a warning, when every
/// winsorised z is 0 (R's 0/0).</param>
/// <param name="Units">One row per unit, in input order.</param>
/// <param name="Warnings">Statistical caveats (few units, small expected counts).</param>
public sealed record HsmrFunnelResult(double DispersionFactor, IReadOnlyList<HsmrFunnelUnit> Units, IReadOnlyList<string> Warnings);
