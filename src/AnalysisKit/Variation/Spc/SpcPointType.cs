namespace AnalysisKit.Variation.Spc;

/// <summary>NHSRplotthedots' <c>point_type</c>: the special cause oriented by the improvement direction.</summary>
public enum SpcPointType
{
    /// <summary>"common_cause".</summary>
    CommonCause,

    /// <summary>"special_cause_improvement".</summary>
    SpecialCauseImprovement,

    /// <summary>"special_cause_concern".</summary>
    SpecialCauseConcern,

    /// <summary>"special_cause_neutral_high" (neutral direction, special cause above).</summary>
    SpecialCauseNeutralHigh,

    /// <summary>"special_cause_neutral_low" (neutral direction, special cause below).</summary>
    SpecialCauseNeutralLow,
}
