namespace AnalysisKit.Variation.Funnels;

/// <summary>
/// Whether the units of a PHE funnel vary more than chance allows (over-dispersion), which makes limits that allow for
/// chance alone too narrow: many units then fall outside them whose difference is real but ordinary, and the few that
/// are unusual are lost among them. φ is FunnelPlotR 0.6.0's estimate (Spiegelhalter 2005, "Handling over-dispersion of
/// performance indicators", Qual Saf Health Care 14:347): the mean squared z-score after 10% winsorising (proportions)
/// or truncation (ratios and rates), 1 when units differ only by chance. The units are judged over-dispersed when
/// n·φ exceeds the 95% point of χ² on n − 1 degrees of freedom (the target is estimated from the same units), and then
/// <see cref="OverdispersedFunnel"/> with <see cref="Method"/> is the funnel to use: its limits add the between-unit
/// variance τ².
/// </summary>
/// <param name="Method">The over-dispersed funnel that matches the PHE statistic (proportions: arcsine, ratios and
/// rates: SHMI log ratio).</param>
/// <param name="Units">Units in the estimate.</param>
/// <param name="Phi">φ, FunnelPlotR's dispersion ratio; NaN when it cannot be estimated (e.g. zero counts on a log scale).</param>
/// <param name="Threshold">The φ above which the units are over-dispersed: χ²₀.₉₅(n − 1)/n.</param>
/// <param name="IsOverdispersed">True when φ &gt; <paramref name="Threshold"/> and there are at least 10 units.</param>
/// <param name="OutsideOuter">Units the PHE funnel puts outside its 99.8% limits.</param>
/// <param name="ExpectedOutsideOuter">Units expected outside the 99.8% limits by chance alone: 0.2% of the units.</param>
/// <param name="OverdispersedOutsideOuter">Units outside the 99.8% limits of the over-dispersed funnel.</param>
/// <param name="Summary">One or two sentences saying what φ means for this funnel and what to use instead.</param>
public sealed record FunnelDispersionCheck(
    OverdispersedFunnelMethod Method,
    int Units,
    double Phi,
    double Threshold,
    bool IsOverdispersed,
    int OutsideOuter,
    double ExpectedOutsideOuter,
    int OverdispersedOutsideOuter,
    string Summary);
