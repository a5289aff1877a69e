namespace AnalysisKit.Charts;

/// <summary>Everything a ScotPHO-style spine chart shows, already computed.</summary>
/// <param name="Name">Stable chart name (lower-case letters, digits, hyphens).</param>
/// <param name="Title">Chart title.</param>
/// <param name="UnitLabel">The unit the chart is about (e.g. "Cluster X").</param>
/// <param name="ComparatorLabel">The comparator at the centre of each spine (e.g. "Scotland").</param>
/// <param name="UnitNoun">Plural noun for the units whose range is shown (e.g. "clusters").</param>
/// <param name="Rows">The indicators, top to bottom, at least one.</param>
/// <param name="Decimals">Decimal places for values in labels, hover and alt text, 0 to 6.</param>
public sealed record SpineChartData(
    string Name,
    string Title,
    string UnitLabel,
    string ComparatorLabel,
    string UnitNoun,
    IReadOnlyList<SpineRow> Rows,
    int Decimals = 1);
