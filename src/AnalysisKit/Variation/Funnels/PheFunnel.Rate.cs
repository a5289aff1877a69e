namespace AnalysisKit.Variation.Funnels;

/// <summary>Rate funnels (crude or directly standardised): the ratio method applied to derived populations.</summary>
public static partial class PheFunnel
{
    /// <summary>
    /// Rate funnel limits on PHEindicatormethods' 100-point grid of events (<c>statistic = "rate"</c>): each unit's
    /// population is derived as multiplier × events / rate (or taken as given for crude rates), the average is
    /// Σevents/Σpopulation, and at O events the limit is average × O / E(O) × multiplier with E(O) the package's
    /// bisection of the exact Poisson tail. DSR units with 0 events have no derived population and are left out of
    /// the average, as in the package.
    /// </summary>
    /// <param name="units">One row per unit.</param>
    /// <param name="directlyStandardised">True for DSRs (<c>rate_type = "dsr"</c>), false for crude rates.</param>
    /// <param name="multiplier">The rate's "per" (e.g. 100000); &gt; 0.</param>
    /// <param name="yearsOfData">Years the events cover (axis rounding is per year); &gt; 0.</param>
    public static IReadOnlyList<PheFunnelGridPoint> RateGrid(IReadOnlyList<PheRateUnit> units, bool directlyStandardised, double multiplier, double yearsOfData)
    {
        var population = DerivedPopulations(units, directlyStandardised, multiplier, forSignificance: false);
        RequirePositive(yearsOfData, nameof(yearsOfData));
        var present = population.Where(p => p.HasValue).Select(p => p!.Value).ToList();
        var average = units.Sum(u => u.Numerator) / present.Sum();
        var min = present.Min();
        var max = present.Max();
        var axisMinimum = max > 2 * min ? 0 : SignifFloor(min / yearsOfData) * yearsOfData;
        var axisMaximum = SignifCeiling(max / yearsOfData) * yearsOfData;
        var events = GridBetween(Math.Floor(axisMinimum * average), Math.Ceiling(axisMaximum * average), ratio: false);
        return events.Select(o => new PheFunnelGridPoint(
            o,
            average * o / PoissonFunnel(o, 0.025, upperTail: true) * multiplier,
            average * o / PoissonFunnel(o, 0.025, upperTail: false) * multiplier,
            average * o / PoissonFunnel(o, 0.001, upperTail: true) * multiplier,
            average * o / PoissonFunnel(o, 0.001, upperTail: false) * multiplier,
            average * multiplier)).ToList();
    }

    /// <summary>
    /// Each unit's significance on a rate funnel (<c>assign_funnel_significance(statistic = "rate")</c>): the exact or
    /// Byar confidence limits of its events over its derived population, against the weighted average. DSRs from
    /// fewer than 10 events are "Not applicable".
    /// </summary>
    /// <param name="units">One row per unit.</param>
    /// <param name="directlyStandardised">True for DSRs, false for crude rates.</param>
    /// <param name="multiplier">The rate's "per"; &gt; 0.</param>
    public static IReadOnlyList<PheFunnelUnitResult> RateSignificance(IReadOnlyList<PheRateUnit> units, bool directlyStandardised, double multiplier)
    {
        var population = DerivedPopulations(units, directlyStandardised, multiplier, forSignificance: true);
        var average = units.Sum(u => u.Numerator) / population.Where(p => p.HasValue).Sum(p => p!.Value);
        return units.Select((u, i) =>
        {
            PheFunnelSignificance level;
            if (directlyStandardised && u.Numerator < 10)
            {
                level = PheFunnelSignificance.NotApplicable;
            }
            else
            {
                var d = population[i]!.Value;
                level =
                    average < RatioTestStatistic(u.Numerator, d, 0.998, lower: true) ? PheFunnelSignificance.High001
                    : average < RatioTestStatistic(u.Numerator, d, 0.95, lower: true) ? PheFunnelSignificance.High025
                    : average > RatioTestStatistic(u.Numerator, d, 0.998, lower: false) ? PheFunnelSignificance.Low001
                    : average > RatioTestStatistic(u.Numerator, d, 0.95, lower: false) ? PheFunnelSignificance.Low025
                    : PheFunnelSignificance.NotSignificant;
            }

            return new PheFunnelUnitResult(new FunnelUnit(u.Code, u.Numerator, population[i] ?? double.NaN), u.Rate, level);
        }).ToList();
    }

    private static double?[] DerivedPopulations(IReadOnlyList<PheRateUnit> units, bool directlyStandardised, double multiplier, bool forSignificance)
    {
        ArgumentNullException.ThrowIfNull(units, nameof(units));
        RequirePositive(multiplier, nameof(multiplier));
        if (units.Count == 0)
        {
            throw new ArgumentException(VariationMessages.NoUnits(nameof(units)), nameof(units));
        }

        var result = new double?[units.Count];
        for (var i = 0; i < units.Count; i++)
        {
            var u = units[i];
            if (double.IsNaN(u.Numerator) || u.Numerator < 0)
            {
                throw new ArgumentException(VariationMessages.NegativeNumerator(nameof(units), i, u.Code, u.Numerator), nameof(units));
            }

            if (u.Numerator == 0)
            {
                if (directlyStandardised)
                {
                    result[i] = null;
                    continue;
                }

                result[i] = u.Denominator is { } d && d > 0
                    ? d
                    : throw new ArgumentException(VariationMessages.ZeroEventsNeedDenominator(nameof(units), i, u.Code), nameof(units));
                continue;
            }

            if (!(u.Rate > 0) || double.IsInfinity(u.Rate))
            {
                throw new ArgumentException(VariationMessages.NonPositiveRate(nameof(units), i, u.Code, u.Rate), nameof(units));
            }

            // Crude rates with a given denominator: the limits use it; significance derives it from the rate.
            result[i] = !directlyStandardised && !forSignificance && u.Denominator is { } given ? given : multiplier * u.Numerator / u.Rate;
        }

        return result;
    }
}
