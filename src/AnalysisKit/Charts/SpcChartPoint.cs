using AnalysisKit.Variation.Spc;

namespace AnalysisKit.Charts;

/// <summary>One period on an SPC chart, with the centre line and process limits in force at that period.</summary>
/// <param name="Date">The period (e.g. the first day of the month).</param>
/// <param name="Value">The measured value, finite.</param>
/// <param name="Centre">The centre line (mean or median) for this period's segment, finite.</param>
/// <param name="LowerLimit">The lower process limit, or null where the chart has none.</param>
/// <param name="UpperLimit">The upper process limit, or null where the chart has none.</param>
/// <param name="Type">The point's classification.</param>
public sealed record SpcChartPoint(DateOnly Date, double Value, double Centre, double? LowerLimit, double? UpperLimit, SpcPointType Type);
