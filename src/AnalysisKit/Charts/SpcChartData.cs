using AnalysisKit.Variation.Spc;

namespace AnalysisKit.Charts;

/// <summary>Everything an SPC chart shows, already computed (e.g. an XmR chart from NHSRplotthedots-style statistics).</summary>
/// <param name="Name">Stable chart name (lower-case letters, digits, hyphens).</param>
/// <param name="Title">Chart title.</param>
/// <param name="ValueTitle">y axis title, also used in the alt text (e.g. "Emergency admissions per 1,000").</param>
/// <param name="Points">The periods in date order, at least one.</param>
/// <param name="ChangeDates">Dates at which the limits were recalculated; each must be one of the points' dates.</param>
/// <param name="Target">An optional target line.</param>
/// <param name="Decimals">Decimal places for values in hover and alt text, 0 to 6.</param>
/// <param name="Assurance">The Making Data Count assurance of the latest limits against <paramref name="Target"/>
/// (e.g. XmrGroupSummary.Assurance), drawn as an icon beside the variation icon; null for none.</param>
/// <param name="TargetName">What the target line is called in the legend and alt text (e.g. "Scotland").</param>
public sealed record SpcChartData(
    string Name,
    string Title,
    string ValueTitle,
    IReadOnlyList<SpcChartPoint> Points,
    IReadOnlyList<DateOnly> ChangeDates,
    double? Target = null,
    int Decimals = 1,
    AssuranceType? Assurance = null,
    string TargetName = "Target");
