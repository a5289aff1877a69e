namespace AnalysisKit.Charts;

/// <summary>
/// How an SPC point is classified by the SPC statistics (NHS England "Making Data Count" icons; NHSRplotthedots
/// <c>point_type</c>): common cause, or special cause that is an improvement, a concern, or neither (when the
/// indicator has no improvement direction).
/// </summary>
public enum SpcPointType
{
    /// <summary>Common cause variation (graphite circle).</summary>
    CommonCause,

    /// <summary>Special cause variation in the improving direction (blue up-triangle).</summary>
    SpecialCauseImprovement,

    /// <summary>Special cause variation in the worsening direction (rust down-triangle).</summary>
    SpecialCauseConcern,

    /// <summary>Special cause variation where no direction is better (purple diamond).</summary>
    SpecialCauseNeither,
}
