namespace AnalysisKit.Charts;

/// <summary>Where a unit lies against a funnel plot's two pairs of control limits (computed by the funnel statistics).</summary>
public enum FunnelPosition
{
    /// <summary>Within the inner (e.g. 95%) limits.</summary>
    WithinLimits,

    /// <summary>Above the inner upper limit but within the outer (e.g. 99.8%) upper limit.</summary>
    AboveInner,

    /// <summary>Above the outer upper limit: an outlier, labelled on the chart.</summary>
    AboveOuter,

    /// <summary>Below the inner lower limit but within the outer lower limit.</summary>
    BelowInner,

    /// <summary>Below the outer lower limit: an outlier, labelled on the chart.</summary>
    BelowOuter,
}
