namespace AnalysisKit.Variation.Spc;

/// <summary>One point of an XmR chart, with its limits and classification (NHSRplotthedots' point-level output).</summary>
/// <param name="Date">The period.</param>
/// <param name="Value">The value, or null when missing.</param>
/// <param name="RebaseGroup">0 before the first rebase date, then 1, 2, …</param>
/// <param name="FixY">The value if it is used to compute the limits (within the first N points when fixed), else null.</param>
/// <param name="Mean">Centre line of the rebase group.</param>
/// <param name="LowerLimit">Lower process limit, mean − 2.66·mR̄.</param>
/// <param name="UpperLimit">Upper process limit, mean + 2.66·mR̄.</param>
/// <param name="OutsideLimits">Strictly outside the limits (null when the value is missing).</param>
/// <param name="RelativeToMean">Sign of value − mean: 1, 0 or −1 (null when missing).</param>
/// <param name="CloseToLimits">Beyond mean ± (2/3)·2.66·mR̄ but not outside the limits (null when missing).</param>
/// <param name="SpecialCauseType">Which rule marks the point, after precedence.</param>
/// <param name="PointType">The special cause oriented by the improvement direction.</param>
/// <param name="Target">The target, when one was given.</param>
public sealed record XmrPoint(
    DateOnly Date,
    double? Value,
    int RebaseGroup,
    double? FixY,
    double Mean,
    double LowerLimit,
    double UpperLimit,
    bool? OutsideLimits,
    int? RelativeToMean,
    bool? CloseToLimits,
    SpecialCauseType SpecialCauseType,
    SpcPointType PointType,
    double? Target)
{
    /// <summary>True when any rule marks the point.</summary>
    public bool SpecialCauseFlag => SpecialCauseType != SpecialCauseType.CommonCause;

    /// <summary>The rule as NHSRplotthedots writes it, e.g. "7 Points Below CL".</summary>
    public string SpecialCauseLabel => XmrChart.Label(SpecialCauseType);
}
