namespace AnalysisKit.Variation.Funnels;

/// <summary>One unit on a PHEindicatormethods rate funnel.</summary>
/// <param name="Code">The unit's code.</param>
/// <param name="Numerator">Events; ≥ 0.</param>
/// <param name="Rate">The published rate per multiplier (crude or directly standardised); &gt; 0 when events &gt; 0.</param>
/// <param name="Denominator">Person-years; needed for crude rates with 0 events (else derived as multiplier × events / rate).</param>
public sealed record PheRateUnit(string Code, double Numerator, double Rate, double? Denominator = null);
