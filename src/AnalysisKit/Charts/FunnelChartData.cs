namespace AnalysisKit.Charts;

/// <summary>Everything a funnel plot shows, already computed.</summary>
/// <param name="Name">Stable chart name (lower-case letters, digits, hyphens), e.g. <c>cluster-funnel</c>.</param>
/// <param name="Title">Chart title.</param>
/// <param name="UnitNoun">The plural noun for the units, for alt text (e.g. "clusters", "practices").</param>
/// <param name="DenominatorTitle">x axis title (e.g. "Registered patients").</param>
/// <param name="ValueTitle">y axis title (e.g. "Prevalence (%)").</param>
/// <param name="Units">The units, at least one.</param>
/// <param name="Limits">The limit lines and target.</param>
/// <param name="Decimals">Decimal places for values in hover and alt text, 0 to 6.</param>
/// <param name="DenominatorIsCount">True (the default) when the denominator counts people (e.g. list size): each must then be
/// a whole number and passes the disclosure check, since its position on the x axis shows it. False for denominators that
/// are not counts (person-years, expected counts for ratios).</param>
/// <param name="Highlight">The label of the unit the chart is about (e.g. the briefed cluster), or null: it is drawn as a
/// large magenta star with its label always written beside it, named in the legend and the alt text.</param>
public sealed record FunnelChartData(
    string Name,
    string Title,
    string UnitNoun,
    string DenominatorTitle,
    string ValueTitle,
    IReadOnlyList<FunnelChartPoint> Units,
    FunnelLimitLines Limits,
    int Decimals = 1,
    bool DenominatorIsCount = true,
    string? Highlight = null);
