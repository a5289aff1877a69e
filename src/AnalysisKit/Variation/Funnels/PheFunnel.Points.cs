namespace AnalysisKit.Variation.Funnels;

/// <summary>Where each unit sits on a rate funnel chart.</summary>
public static partial class PheFunnel
{
    /// <summary>
    /// Each unit's plotted rate and annual population on a rate funnel, as PHEindicatormethods 2.1.0
    /// <c>calculate_funnel_points(numerator, denominator, rate, rate_type, years_of_data, multiplier)</c> computes them:
    /// the x-axis is the population per year, multiplier × events / rate / years of data (the population the rate
    /// implies, averaged over the years pooled). DSRs from fewer than 10 events get neither (PHE does not publish
    /// them). Crude rates with 0 events take the given denominator / years of data, since a rate of 0 implies no
    /// population. As in the package, every unit with 0 events needs its denominator, whichever the rate type.
    /// </summary>
    /// <param name="units">One row per unit: events ≥ 0, the published rate (&gt; 0 when events &gt; 0), and the
    /// denominator (person-years over all the years) wherever events are 0.</param>
    /// <param name="directlyStandardised">True for DSRs (<c>rate_type = "dsr"</c>), false for crude rates.</param>
    /// <param name="multiplier">The rate's "per" (e.g. 100000); &gt; 0.</param>
    /// <param name="yearsOfData">Years the events and denominators cover; &gt; 0.</param>
    /// <exception cref="ArgumentException">No units; a negative or missing numerator; events with a rate that is not
    /// positive; 0 events without a positive denominator.</exception>
    public static IReadOnlyList<PheFunnelRatePoint> RatePoints(IReadOnlyList<PheRateUnit> units, bool directlyStandardised,
        double multiplier, double yearsOfData)
    {
        ArgumentNullException.ThrowIfNull(units);
        RequirePositive(multiplier, nameof(multiplier));
        RequirePositive(yearsOfData, nameof(yearsOfData));
        if (units.Count == 0)
        {
            throw new ArgumentException(VariationMessages.NoUnits(nameof(units)), nameof(units));
        }

        var points = new List<PheFunnelRatePoint>(units.Count);
        for (var i = 0; i < units.Count; i++)
        {
            var u = units[i];
            if (double.IsNaN(u.Numerator) || u.Numerator < 0)
            {
                throw new ArgumentException(VariationMessages.NegativeNumerator(nameof(units), i, u.Code, u.Numerator), nameof(units));
            }

            if (u.Numerator == 0 && u.Denominator is not > 0)
            {
                throw new ArgumentException(VariationMessages.ZeroEventsNeedDenominatorForPoints(nameof(units), i, u.Code), nameof(units));
            }

            if (directlyStandardised && u.Numerator < 10)
            {
                points.Add(new PheFunnelRatePoint(u, null, null));
                continue;
            }

            if (u.Numerator == 0)
            {
                points.Add(new PheFunnelRatePoint(u, u.Rate, u.Denominator!.Value / yearsOfData));
                continue;
            }

            if (!(u.Rate > 0) || double.IsInfinity(u.Rate))
            {
                throw new ArgumentException(VariationMessages.NonPositiveRate(nameof(units), i, u.Code, u.Rate), nameof(units));
            }

            points.Add(new PheFunnelRatePoint(u, u.Rate, multiplier * u.Numerator / u.Rate / yearsOfData));
        }

        return points;
    }
}
