namespace AnalysisKit.Variation.Funnels;

/// <summary>
/// A PHEindicatormethods 2.1.0 funnel: each unit's significance, the package's 100-point limit grid, the centre line and
/// an over-dispersion check (<see cref="Dispersion"/>) that says, here and in <see cref="Warnings"/>, when the PHE limits
/// are too narrow for these units and what to use instead. Made by <see cref="PheFunnel.ForProportions"/>,
/// <see cref="PheFunnel.ForRatios"/> and <see cref="PheFunnel.ForRates"/>; <see cref="LimitsAt"/> gives the limits at
/// any x, which charts use to draw them over the data's own range.
/// </summary>
/// <param name="Statistic">Proportion, ratio or rate.</param>
/// <param name="Multiplier">Scale of plotted values and limits: 100 for percentages, 100 for ISRs, 1 for O/E ratios,
/// the rate's "per" for rates.</param>
/// <param name="Target">The centre line on the plotted scale: Σnumerator/Σdenominator × multiplier (proportions, rates),
/// 1 (ratios) or 100 (ISRs).</param>
/// <param name="Units">One row per unit, in input order. <see cref="PheFunnelUnitResult.Value"/> is on the package's
/// scale (0–1 for proportions, O/E for ratios, the rate for rates); for rates the unit's denominator is the population
/// derived from the rate.</param>
/// <param name="Grid">The package's 100-point grid (<c>calculate_funnel_limits</c>), as it writes it.</param>
/// <param name="RatePoints">Rates only: each unit's chart rate and annual population (<c>calculate_funnel_points</c>); empty otherwise.</param>
/// <param name="YearsOfData">Rates only: the years pooled; 1 otherwise.</param>
/// <param name="Dispersion">The over-dispersion check; null where φ cannot be estimated from the inputs (a DSR funnel
/// with fewer than 10 events in every unit).</param>
/// <param name="Warnings">Statistical caveats, including the over-dispersion warning.</param>
public sealed record PheFunnelResult(
    PheFunnelStatistic Statistic,
    double Multiplier,
    double Target,
    IReadOnlyList<PheFunnelUnitResult> Units,
    IReadOnlyList<PheFunnelGridPoint> Grid,
    IReadOnlyList<PheFunnelRatePoint> RatePoints,
    double YearsOfData,
    FunnelDispersionCheck? Dispersion,
    IReadOnlyList<string> Warnings)
{
    /// <summary>Σnumerator/Σdenominator (proportions, rates; before the multiplier) or 1 (ratios).</summary>
    internal double Average { get; init; } = double.NaN;

    /// <summary>
    /// The 95% and 99.8% limits at x on the plotted scale: x is the denominator (proportions), the expected count
    /// (ratios) or the annual population (rates). Proportions use the package's Wilson-inverse formula, clamped to
    /// [0, multiplier]; ratios and rates the package's exact Poisson limits (its bisection at whole numbers of events),
    /// joined by straight lines between whole numbers of events, as the package's own plot joins its grid.
    /// </summary>
    /// <param name="x">Where on the x axis; &gt; 0.</param>
    public FunnelLimits LimitsAt(double x) => PheFunnel.LimitsAt(this, x);
}
