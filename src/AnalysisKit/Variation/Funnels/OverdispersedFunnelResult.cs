namespace AnalysisKit.Variation.Funnels;

/// <summary>
/// An over-dispersed funnel as FunnelPlotR 0.6.0 computes it: per-unit values and limits, the plotting grid, φ, τ²,
/// and which limits were used. Carries the method, trimming and multiplier that made it.
/// </summary>
/// <param name="Method">The data type and transformation.</param>
/// <param name="TrimBy">Fraction trimmed (winsorised or truncated) at each end before estimating φ.</param>
/// <param name="Multiplier">Scale of ratios and limits.</param>
/// <param name="Target">Centre line: 1 for standardised ratios, ΣO/ΣD otherwise (before the multiplier).</param>
/// <param name="Phi">Dispersion ratio φ = mean of squared kept or winsorised z-scores (0 when adjustment was not requested).</param>
/// <param name="Tau2">Additive between-unit variance τ² (DerSimonian–Laird with Q = nφ; 0 when not requested).</param>
/// <param name="AdjustedLimitsUsed">False when φ ≤ 1 (or adjustment was not requested): outliers use the unadjusted limits.</param>
/// <param name="Units">One row per unit, in input order.</param>
/// <param name="Grid">The limits lookup: 1000 evenly spaced points plus every unit's denominator, sorted by X.</param>
/// <param name="Warnings">Statistical caveats (few units, fallback to unadjusted limits).</param>
public sealed record OverdispersedFunnelResult(
    OverdispersedFunnelMethod Method,
    double TrimBy,
    double Multiplier,
    double Target,
    double Phi,
    double Tau2,
    bool AdjustedLimitsUsed,
    IReadOnlyList<OverdispersedFunnelUnit> Units,
    IReadOnlyList<OverdispersedFunnelGridPoint> Grid,
    IReadOnlyList<string> Warnings)
{
    /// <summary>
    /// The limits outliers are judged against (adjusted unless the φ ≤ 1 fallback applied), at any x: the expected count
    /// (ratios) or denominator (proportions, ratios of counts), computed as the grid's are. Charts use it to draw the
    /// limits over the data's own range.
    /// </summary>
    /// <param name="x">Where on the x axis; &gt; 0.</param>
    public FunnelLimits LimitsAt(double x)
    {
        if (!(x > 0) || double.IsInfinity(x))
        {
            throw new ArgumentOutOfRangeException(nameof(x), VariationMessages.OutOfRange(nameof(x), x, "x > 0"));
        }

        return OverdispersedFunnel.Limits(Method, x, AdjustedLimitsUsed ? Tau2 : 0, Target, Multiplier, adjusted: AdjustedLimitsUsed);
    }
}
