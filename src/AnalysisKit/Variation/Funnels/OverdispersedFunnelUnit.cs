namespace AnalysisKit.Variation.Funnels;

/// <summary>One unit of an over-dispersed funnel: its transformed value, z-scores and limits at its own denominator.</summary>
/// <param name="Unit">The unit as given.</param>
/// <param name="Denominator">The denominator used (E rounded to 2 dp for SHMI).</param>
/// <param name="Ratio">Numerator / given denominator (the plotted value before the multiplier).</param>
/// <param name="Y">The transformed value (ln ratio, √ratio, arcsine √p or ln of the ½-corrected ratio).</param>
/// <param name="S">Within-unit standard error on the transformed scale that the z-score and τ² use (FunnelPlotR's
/// <c>s</c> inside <c>transformed_zscore</c>): √(1/E) (SHMI), 1/(2√D) (CQC, PR), and for RC the delta-method
/// √(O/(O + ½)² + D/(D + ½)²).</param>
/// <param name="LimitS">The standard error the limits use at this denominator, which is the <c>s</c> column of
/// FunnelPlotR's output (its merge with the limits lookup replaces the z-score's <c>s</c>): √(1/D) for SHMI,
/// 1/(2√D) otherwise. Equal to <paramref name="S"/> except for RC, whose limits use 1/(2√D).</param>
/// <param name="ZScore">Unadjusted z-score (FunnelPlotR's Uzscore).</param>
/// <param name="Trimmed">True when the unit was winsorised (PR, RC, CQC) or truncated (SHMI) before φ was estimated.</param>
/// <param name="TrimmedZScore">The winsorised z-score, or null when truncated out (FunnelPlotR's Wuzscore).</param>
/// <param name="Rank">SHMI only: the z-score's rank among the units, ties averaged (FunnelPlotR's <c>rk</c>); null otherwise.</param>
/// <param name="TruncationGroup">SHMI only: ⌊rank·(1/trimBy)/(n + 1)⌋ (FunnelPlotR's <c>sp</c>; the decile 0–9 for the
/// default trimBy 0.1); groups 0 and 1/trimBy − 1 are truncated. Null otherwise.</param>
/// <param name="Limits">The limits used for outliers at this unit's denominator (adjusted unless the fallback applied).</param>
/// <param name="Adjusted">Over-dispersion limits at this unit's denominator.</param>
/// <param name="Unadjusted">Unadjusted limits at this unit's denominator.</param>
/// <param name="Outlier95">Ratio × multiplier strictly outside the 95% limits used.</param>
/// <param name="Outlier998">Ratio × multiplier strictly outside the 99.8% limits used.</param>
public sealed record OverdispersedFunnelUnit(
    FunnelUnit Unit,
    double Denominator,
    double Ratio,
    double Y,
    double S,
    double LimitS,
    double ZScore,
    bool Trimmed,
    double? TrimmedZScore,
    double? Rank,
    int? TruncationGroup,
    FunnelLimits Limits,
    FunnelLimits Adjusted,
    FunnelLimits Unadjusted,
    FunnelOutlier Outlier95,
    FunnelOutlier Outlier998);
