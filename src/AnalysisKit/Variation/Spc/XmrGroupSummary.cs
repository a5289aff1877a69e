namespace AnalysisKit.Variation.Spc;

/// <summary>One rebase group of an XmR chart, as NHSRplotthedots' <c>summary()</c> reports it.</summary>
/// <param name="RebaseGroup">0, 1, 2, … in date order.</param>
/// <param name="Mean">Centre line.</param>
/// <param name="LowerLimit">Lower process limit.</param>
/// <param name="UpperLimit">Upper process limit.</param>
/// <param name="Count">Points in the group, missing ones included.</param>
/// <param name="CommonCause">Points no rule marks.</param>
/// <param name="SpecialCauseImprovement">Points marked as improvement.</param>
/// <param name="SpecialCauseConcern">Points marked as concern.</param>
/// <param name="VariationType">The last point's type (the variation icon).</param>
/// <param name="Assurance">The assurance icon; only for the last group, and only with a target and a direction.</param>
/// <param name="ShortGroup">True when the group has fewer than <see cref="XmrChart.ShortGroupThreshold"/> points, so
/// its limits are trial limits (NHSRplotthedots' short_group_warning).</param>
public sealed record XmrGroupSummary(
    int RebaseGroup,
    double Mean,
    double LowerLimit,
    double UpperLimit,
    int Count,
    int CommonCause,
    int SpecialCauseImprovement,
    int SpecialCauseConcern,
    SpcPointType VariationType,
    AssuranceType? Assurance,
    bool ShortGroup);
