namespace AnalysisKit.Variation.Funnels;

/// <summary>One unit of an over-dispersed funnel: its transformed value, z-scores and limits at its own denominator.</summary>
/// <param name="Unit">The unit as given.</param>
/// <param name="Denominator">The denominator used (E rounded to 2 dp for SHMI).</param>
/// <param name="Ratio">Numerator / given denominator (the plotted value before the multiplier).</param>
/// <param name="Y">The transformed value (ln ratio, √ratio, arcsine √p or ln of the ½-corrected ratio).</param>
/// <param name="S">Within-unit standard error on the transformed scale.</param>
/// <param name="ZScore">Unadjusted z-score (FunnelPlotR's Uzscore).</param>
/// <param name="Trimmed">True when the unit was winsorised (PR, RC, CQC) or truncated (SHMI) before φ was estimated.</param>
/// <param name="TrimmedZScore">The winsorised z-score, or null when truncated out (FunnelPlotR's Wuzscore).</param>
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
    double ZScore,
    bool Trimmed,
    double? TrimmedZScore,
    FunnelLimits Limits,
    FunnelLimits Adjusted,
    FunnelLimits Unadjusted,
    FunnelOutlier Outlier95,
    FunnelOutlier Outlier998);
