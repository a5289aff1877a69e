namespace AnalysisKit.Indicators;

/// <summary>
/// Crude rates (events per population × multiplier) with Poisson limits: PHE's exact-below-10 / Byar-from-10 rule
/// (PHEindicatormethods <c>phe_rate</c>; PHE Technical Guide) or ScotPHO's Byar at z = 1.96 for every count.
/// </summary>
public static class CrudeRate
{
    /// <summary>
    /// The rate numerator/denominator × multiplier with limits from <see cref="PoissonLimits"/> divided by the
    /// denominator. PHE: exact χ² limits below 10 events, Byar's from 10 (Breslow &amp; Day 1987), any confidence.
    /// ScotPHO: Byar's with z = 1.96 at every count (95% only), NaN lower limit at 0 events, negative lower limits 0.
    /// </summary>
    /// <param name="numerator">Events, ≥ 0. NaN means missing: value and limits NaN, with a warning.</param>
    /// <param name="denominator">Population or person-time, &gt; 0. NaN means missing.</param>
    /// <param name="confidence">One or two levels, fractions in (0, 1] or percentages in (1, 100]; default 95%.</param>
    /// <param name="multiplier">E.g. 100,000 for a rate per 100,000; &gt; 0.</param>
    /// <param name="convention">PHE (default) or ScotPHO.</param>
    /// <exception cref="ArgumentOutOfRangeException">Negative numerator, denominator ≤ 0, multiplier ≤ 0.</exception>
    /// <exception cref="ArgumentException">A level other than 95% under the ScotPHO convention.</exception>
    public static IndicatorResult Calculate(double numerator, double denominator, ConfidenceLevels confidence = default,
        double multiplier = Multiplier.PerHundredThousand, PublicationConvention convention = PublicationConvention.Phe)
    {
        IndicatorArguments.RequireMultiplier(multiplier);
        if (IndicatorArguments.IsScotPho(convention))
        {
            RequireNinetyFive(confidence);
        }

        var method = IndicatorArguments.IsScotPho(convention) ? IndicatorMethod.ScotPhoByar : PoissonLimits.PheMethod(numerator);
        if (double.IsNaN(numerator) || double.IsNaN(denominator))
        {
            var missing = confidence.Fractions.Select(f => new ConfidenceInterval(f, double.NaN, double.NaN)).ToArray();
            return new IndicatorResult(double.NaN, missing, method, multiplier, numerator, denominator,
                [IndicatorMessages.MissingInput(double.IsNaN(numerator) ? nameof(numerator) : nameof(denominator))]);
        }

        IndicatorArguments.RequireCount(numerator, nameof(numerator));
        IndicatorArguments.RequirePositive(denominator, nameof(denominator));
        var warnings = new List<string>();
        ConfidenceInterval[] intervals;
        if (IndicatorArguments.IsScotPho(convention))
        {
            var counts = ScotPhoByar(numerator);
            intervals = [ToRate(counts, denominator, multiplier)];
            if (numerator == 0)
            {
                warnings.Add(IndicatorMessages.ZeroEventsByarLower());
            }
            else if (numerator < IndicatorThresholds.SmallCount)
            {
                warnings.Add(IndicatorMessages.SmallCount(numerator));
            }
        }
        else
        {
            intervals = confidence.Fractions
                .Select(f => ToRate(PoissonLimits.ExactBelowTenByarFromTen(numerator, f), denominator, multiplier))
                .ToArray();
            if (numerator < IndicatorThresholds.SmallCount)
            {
                warnings.Add(IndicatorMessages.SmallCountExact(numerator));
            }
        }

        return new IndicatorResult(numerator / denominator * multiplier, intervals, method, multiplier, numerator,
            denominator, warnings);
    }

    /// <summary>
    /// ScotPHO's Byar limits on a count: z = 1.96, lower limit NaN at 0 events, negative lower limits set to 0
    /// (scotpho-indicator-production, <c>calculate_crude_rate</c>).
    /// </summary>
    /// <param name="observed">Observed events, ≥ 0.</param>
    public static ConfidenceInterval ScotPhoByar(double observed)
    {
        var limits = PoissonLimits.ByarAtZ(observed, 0.95, IndicatorThresholds.ScotPhoZ);
        return limits.Lower < 0 ? limits with { Lower = 0 } : limits;
    }

    internal static void RequireNinetyFive(ConfidenceLevels confidence)
    {
        foreach (var level in confidence.Fractions)
        {
            if (level != 0.95)
            {
                throw new ArgumentException(IndicatorMessages.ScotPhoNinetyFiveOnly(level), nameof(confidence));
            }
        }
    }

    private static ConfidenceInterval ToRate(ConfidenceInterval counts, double denominator, double multiplier) =>
        counts with { Lower = counts.Lower / denominator * multiplier, Upper = counts.Upper / denominator * multiplier };
}
