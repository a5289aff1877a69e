namespace AnalysisKit.Variation.Funnels;

/// <summary>
/// One point of a PHEindicatormethods funnel on its 100-point plotting grid (<c>calculate_funnel_limits</c>): the
/// x-axis value (population for proportions, observed events for ratios) and the 2σ (95%) and 3σ (99.8%) limits, on
/// the multiplier's scale.
/// </summary>
/// <param name="X">Population (proportion funnels) or observed events (ratio funnels).</param>
/// <param name="Lower2s">Lower 95% (p = 0.975) limit.</param>
/// <param name="Upper2s">Upper 95% limit.</param>
/// <param name="Lower3s">Lower 99.8% (p = 0.999) limit.</param>
/// <param name="Upper3s">Upper 99.8% limit.</param>
/// <param name="Baseline">The centre line: Σnumerator/Σdenominator × multiplier for proportions; null for ratios.</param>
public sealed record PheFunnelGridPoint(double X, double Lower2s, double Upper2s, double Lower3s, double Upper3s, double? Baseline);
