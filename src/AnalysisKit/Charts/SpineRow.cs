using AnalysisKit.Indicators;

namespace AnalysisKit.Charts;

/// <summary>One indicator on a spine chart: the unit's value against the comparator and the range across all units.</summary>
/// <param name="Indicator">The indicator's name; unique within the chart.</param>
/// <param name="UnitValue">The unit's value (e.g. the cluster's rate), finite.</param>
/// <param name="ComparatorValue">The comparator's value (e.g. Scotland), finite; drawn at the centre of the spine.</param>
/// <param name="Minimum">Lowest value across the units compared.</param>
/// <param name="LowerQuartile">25th percentile across the units.</param>
/// <param name="Median">Median across the units.</param>
/// <param name="UpperQuartile">75th percentile across the units.</param>
/// <param name="Maximum">Highest value across the units.</param>
/// <param name="Significance">How the unit's value compares with the comparator.</param>
/// <param name="Polarity">Which direction is better; the better end is drawn on the right.</param>
public sealed record SpineRow(
    string Indicator,
    double UnitValue,
    double ComparatorValue,
    double Minimum,
    double LowerQuartile,
    double Median,
    double UpperQuartile,
    double Maximum,
    Significance Significance,
    Polarity Polarity);
