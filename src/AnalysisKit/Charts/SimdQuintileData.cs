namespace AnalysisKit.Charts;

/// <summary>Everything a SIMD quintile bar chart shows, already computed.</summary>
/// <param name="Name">Stable chart name (lower-case letters, digits, hyphens).</param>
/// <param name="Title">Chart title.</param>
/// <param name="UnitLabel">Whose patients the bars describe (e.g. "Cluster X").</param>
/// <param name="ValueTitle">y axis title (e.g. "Rate per 1,000").</param>
/// <param name="Bars">One bar per quintile present, each quintile at most once.</param>
/// <param name="Confidence">Confidence level of the intervals, between 0 and 1 (e.g. 0.95).</param>
/// <param name="Decimals">Decimal places for values in labels, hover and alt text, 0 to 6.</param>
public sealed record SimdQuintileData(
    string Name,
    string Title,
    string UnitLabel,
    string ValueTitle,
    IReadOnlyList<SimdQuintileBar> Bars,
    double Confidence = 0.95,
    int Decimals = 1);
