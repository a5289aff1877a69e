namespace AnalysisKit.Charts;

/// <summary>Everything an OpenPrescribing-style percentile chart shows, already computed.</summary>
/// <param name="Name">Stable chart name (lower-case letters, digits, hyphens).</param>
/// <param name="Title">Chart title.</param>
/// <param name="ValueTitle">y axis title (e.g. "Items per 1,000 patients").</param>
/// <param name="UnitLabel">The unit whose line is drawn (e.g. "Practice A").</param>
/// <param name="UnitNoun">Plural noun for the units the deciles are taken across (e.g. "practices").</param>
/// <param name="UnitCount">How many units the deciles are taken across, 1 or more.</param>
/// <param name="Periods">The deciles by period, in date order, at least one.</param>
/// <param name="UnitPoints">The unit's values, in date order; each period must be one of <paramref name="Periods"/>.</param>
/// <param name="Decimals">Decimal places for values in hover and alt text, 0 to 6.</param>
public sealed record PercentileChartData(
    string Name,
    string Title,
    string ValueTitle,
    string UnitLabel,
    string UnitNoun,
    int UnitCount,
    IReadOnlyList<PercentilePeriod> Periods,
    IReadOnlyList<PercentileUnitPoint> UnitPoints,
    int Decimals = 1);
