using AnalysisKit.Variation.Spc;

namespace AnalysisKit.Charts;

/// <summary>One period on an SPC chart, with the centre line and process limits in force at that period.</summary>
/// <param name="Date">The period (e.g. the first day of the month).</param>
/// <param name="Value">The measured value, finite.</param>
/// <param name="Centre">The centre line (mean or median) for this period's segment, finite.</param>
/// <param name="LowerLimit">The lower process limit, or null where the chart has none.</param>
/// <param name="UpperLimit">The upper process limit, or null where the chart has none.</param>
/// <param name="Type">The point's classification.</param>
/// <param name="Rule">The Making Data Count rule that marks the point (beyond a limit, a run of 7, a trend of 7, two of
/// three near a limit), named in the legend, hover and alt text; CommonCause when none fires or it is not known.</param>
public sealed record SpcChartPoint(DateOnly Date, double Value, double Centre, double? LowerLimit, double? UpperLimit, SpcPointType Type,
    SpecialCauseType Rule = SpecialCauseType.CommonCause);
