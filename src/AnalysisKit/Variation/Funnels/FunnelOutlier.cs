namespace AnalysisKit.Variation.Funnels;

/// <summary>Where a unit lies relative to a pair of funnel limits. A value exactly on a limit is inside.</summary>
public enum FunnelOutlier
{
    /// <summary>Between the limits, or on one of them.</summary>
    None,

    /// <summary>Strictly below the lower limit.</summary>
    Low,

    /// <summary>Strictly above the upper limit.</summary>
    High,
}
