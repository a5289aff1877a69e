namespace AnalysisKit.Variation.Funnels;

/// <summary>
/// One unit's position on a PHEindicatormethods rate funnel chart (<c>calculate_funnel_points</c>): the rate to plot and
/// the annual population on the x-axis.
/// </summary>
/// <param name="Unit">The unit as given.</param>
/// <param name="ChartRate"><c>rate_chart</c>: the rate to plot; null for a DSR from fewer than 10 events (not published).</param>
/// <param name="AnnualPopulation"><c>denominator_derived</c>: multiplier × events / rate / years of data, or, for a crude
/// rate with 0 events, the given denominator / years of data; null for a DSR from fewer than 10 events.</param>
public sealed record PheFunnelRatePoint(PheRateUnit Unit, double? ChartRate, double? AnnualPopulation);
