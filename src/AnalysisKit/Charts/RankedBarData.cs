namespace AnalysisKit.Charts;

/// <summary>Everything a ranked (caterpillar) chart shows, already computed.</summary>
/// <param name="Name">Stable chart name (lower-case letters, digits, hyphens).</param>
/// <param name="Title">Chart title.</param>
/// <param name="UnitNoun">Plural noun for the units, for alt text (e.g. "clusters").</param>
/// <param name="ValueTitle">Value axis title (e.g. "Rate per 1,000 patients").</param>
/// <param name="Bars">The units, at least one; the chart ranks them, highest first.</param>
/// <param name="Comparators">Reference lines; the first is the one <see cref="RankedBar.Significance"/> compares with.</param>
/// <param name="Confidence">Confidence level of the intervals, between 0 and 1 (e.g. 0.95).</param>
/// <param name="Decimals">Decimal places for values in hover and alt text, 0 to 6.</param>
public sealed record RankedBarData(
    string Name,
    string Title,
    string UnitNoun,
    string ValueTitle,
    IReadOnlyList<RankedBar> Bars,
    IReadOnlyList<ComparatorLine> Comparators,
    double Confidence = 0.95,
    int Decimals = 1);
