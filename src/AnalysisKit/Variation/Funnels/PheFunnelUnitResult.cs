namespace AnalysisKit.Variation.Funnels;

/// <summary>A unit's value and PHEindicatormethods significance level on a funnel.</summary>
/// <param name="Unit">The unit as given.</param>
/// <param name="Value">Numerator/denominator on the 0–1 scale (proportions), observed/expected (ratios), or the rate
/// as given (rates).</param>
/// <param name="Significance">The significance level.</param>
/// <param name="Limits">For proportions, the unclamped 95% and 99.8% limits at the unit's own denominator on the
/// 0–1 scale (those the significance is tested against); null for ratios and rates, which test the unit's own
/// confidence interval against the average instead.</param>
public sealed record PheFunnelUnitResult(FunnelUnit Unit, double Value, PheFunnelSignificance Significance, FunnelLimits? Limits = null)
{
    /// <summary>The level as PHEindicatormethods writes it, e.g. "Low (0.001)" or "Not significant".</summary>
    public string Label => Significance switch
    {
        PheFunnelSignificance.Low001 => "Low (0.001)",
        PheFunnelSignificance.Low025 => "Low (0.025)",
        PheFunnelSignificance.High001 => "High (0.001)",
        PheFunnelSignificance.High025 => "High (0.025)",
        PheFunnelSignificance.NotApplicable => "Not applicable for events less than 10 for dsrs",
        _ => "Not significant",
    };
}
