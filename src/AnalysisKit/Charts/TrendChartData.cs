namespace AnalysisKit.Charts;

/// <summary>Everything a trend chart with confidence ribbons shows, already computed.</summary>
/// <param name="Name">Stable chart name (lower-case letters, digits, hyphens).</param>
/// <param name="Title">Chart title.</param>
/// <param name="ValueTitle">y axis title (e.g. "Rate per 1,000").</param>
/// <param name="Series">The lines, at least one; the first is drawn in PHS purple.</param>
/// <param name="Confidence">Confidence level of the ribbons, between 0 and 1 (e.g. 0.95).</param>
/// <param name="Decimals">Decimal places for values in hover and alt text, 0 to 6.</param>
public sealed record TrendChartData(
    string Name,
    string Title,
    string ValueTitle,
    IReadOnlyList<TrendSeries> Series,
    double Confidence = 0.95,
    int Decimals = 1);
