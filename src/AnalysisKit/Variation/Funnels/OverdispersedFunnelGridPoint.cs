namespace AnalysisKit.Variation.Funnels;

/// <summary>One point of FunnelPlotR's limits lookup: an x-axis value and both sets of limits there.</summary>
/// <param name="X">Expected count (ratios) or denominator (proportions, ratios of counts).</param>
/// <param name="S">Within-unit standard error on the transformed scale at X (√(1/X) for SHMI, 1/(2√X) otherwise).</param>
/// <param name="Adjusted">Over-dispersion (additive τ²) limits.</param>
/// <param name="Unadjusted">Limits without over-dispersion: exact Poisson for ratios, τ² = 0 otherwise.</param>
public sealed record OverdispersedFunnelGridPoint(double X, double S, FunnelLimits Adjusted, FunnelLimits Unadjusted);
