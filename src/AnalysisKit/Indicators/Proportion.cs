namespace AnalysisKit.Indicators;

/// <summary>
/// Proportions (e.g. share of a practice's patients with a recorded blood pressure) with Wilson score limits, exactly
/// as PHEindicatormethods <c>phe_proportion</c> computes them (Wilson 1927; Newcombe &amp; Altman 2000, pp. 46–48;
/// PHE Technical Guide: Confidence intervals).
/// </summary>
public static class Proportion
{
    /// <summary>
    /// The proportion numerator/denominator × multiplier with Wilson score limits
    /// (2x + z² ± z√(z² + 4x(1 − x/n))) / 2 / (n + z²) × multiplier.
    /// </summary>
    /// <param name="numerator">Cases meeting the condition, 0 ≤ numerator ≤ denominator (need not be whole). NaN means
    /// missing: value and limits are NaN, with a warning.</param>
    /// <param name="denominator">Cases in the sample, &gt; 0. NaN means missing.</param>
    /// <param name="confidence">One or two levels, fractions in (0, 1] or percentages in (1, 100]; default 95%. At 100%
    /// the limits are 0 and 1 (× multiplier), as in PHEindicatormethods.</param>
    /// <param name="multiplier">1 for a proportion of 1, 100 for a percentage; &gt; 0.</param>
    /// <param name="convention">PHE (default): z from the confidence level, limits unclamped. ScotPHO: 95% only,
    /// z = 1.96, limits clamped to [0, 1] before the multiplier (scotpho-indicator-production, percentages).</param>
    /// <exception cref="ArgumentOutOfRangeException">A negative numerator, denominator ≤ 0, numerator &gt; denominator,
    /// confidence out of range or multiplier ≤ 0.</exception>
    /// <exception cref="ArgumentException">A level other than 95% under the ScotPHO convention.</exception>
    public static IndicatorResult Wilson(double numerator, double denominator, ConfidenceLevels confidence = default,
        double multiplier = Multiplier.One, PublicationConvention convention = PublicationConvention.Phe)
    {
        IndicatorArguments.RequireMultiplier(multiplier);
        if (IndicatorArguments.IsScotPho(convention))
        {
            CrudeRate.RequireNinetyFive(confidence);
        }

        var missing = double.IsNaN(numerator) || double.IsNaN(denominator);
        if (!missing)
        {
            RequireProportion(numerator, denominator);
        }

        var levels = confidence.Fractions;
        var intervals = new ConfidenceInterval[levels.Count];
        for (var i = 0; i < intervals.Length; i++)
        {
            intervals[i] = missing && levels[i] < 1
                ? new ConfidenceInterval(levels[i], double.NaN, double.NaN)
                : IndicatorArguments.IsScotPho(convention)
                    ? ScotPhoWilsonLimits(numerator, denominator).Scale(multiplier)
                    : WilsonLimits(numerator, denominator, levels[i], check: false).Scale(multiplier);
        }

        IReadOnlyList<string> warnings = missing
            ? [IndicatorMessages.MissingInput(double.IsNaN(numerator) ? nameof(numerator) : nameof(denominator))]
            : [];
        return new IndicatorResult(numerator / denominator * multiplier, intervals, IndicatorMethod.Wilson, multiplier,
            numerator, denominator, warnings);
    }

    /// <summary>
    /// The Wilson score limits of numerator/denominator as proportions of 1 (no multiplier), in PHEindicatormethods'
    /// operation order, so results agree with R to within ~2e-15 relative (z can differ from R's qnorm in its last
    /// place: see <see cref="ConfidenceLevels.ZScore"/>). At numerator = denominator the upper limit is the formula's
    /// value (PHE: 0.99999999999999989 at 10/10, 1.0000000000000002 at 1200/1200), deliberately not clamped to 1.
    /// </summary>
    /// <param name="numerator">0 ≤ numerator ≤ denominator.</param>
    /// <param name="denominator">&gt; 0.</param>
    /// <param name="confidence">Fraction in (0, 1] or percentage in (1, 100]; at 100% the limits are 0 and 1.</param>
    public static ConfidenceInterval WilsonLimits(double numerator, double denominator, double confidence) =>
        WilsonLimits(numerator, denominator, confidence, check: true);

    /// <summary>
    /// ScotPHO's Wilson limits as proportions of 1: z = 1.96 (<see cref="IndicatorThresholds.ScotPhoZ"/>),
    /// (2x + z² ∓ z√(z² + 4x(1 − x/n))) / (2(n + z²)), clamped to [0, 1].
    /// </summary>
    /// <param name="numerator">0 ≤ numerator ≤ denominator.</param>
    /// <param name="denominator">&gt; 0.</param>
    public static ConfidenceInterval ScotPhoWilsonLimits(double numerator, double denominator)
    {
        RequireProportion(numerator, denominator);
        const double z = IndicatorThresholds.ScotPhoZ;
        var root = z * Math.Sqrt(z * z + 4 * numerator * (1 - numerator / denominator));
        var lower = (2 * numerator + z * z - root) / (2 * (denominator + z * z));
        var upper = (2 * numerator + z * z + root) / (2 * (denominator + z * z));
        return new ConfidenceInterval(0.95, Math.Max(0, lower), Math.Min(1, upper));
    }

    /// <summary>
    /// A percentage with ScotPHO's finite-population-corrected interval, step by step as scotpho-indicator-production's
    /// <c>calculate_perc_pcf</c> computes it (for samples from a population of known size, e.g. a survey of a school
    /// roll): rate = numerator/denominator × 100; pcf = √((N − n)/(N − 1)) for a population estimate N &gt; 0;
    /// interval = 1.96·√(rate(100 − rate)/n × pcf) — pcf inside the square root, as the code writes it — and 0 when
    /// N &lt; n (the code assumes the whole population was measured); limits rate ∓ interval clamped to [0, 100]. Not
    /// rounded. Reproduces the code's quirks, each with a warning: with no estimate (N = 0) the interval is 0 too, since
    /// 0 &lt; n is tested first; with a missing estimate (null) the limits are NaN (R's NA).
    /// </summary>
    /// <param name="numerator">Cases meeting the condition, 0 ≤ numerator ≤ denominator.</param>
    /// <param name="denominator">Cases sampled, &gt; 0.</param>
    /// <param name="estimatedPopulation">ScotPHO's <c>est_pop</c>: the size of the population sampled, ≥ 0; 0 = no
    /// estimate; null = missing.</param>
    /// <exception cref="ArgumentOutOfRangeException">A negative numerator, denominator ≤ 0, numerator &gt; denominator
    /// or a negative or non-finite population estimate.</exception>
    public static IndicatorResult ScotPhoFinitePopulation(double numerator, double denominator, double? estimatedPopulation)
    {
        RequireProportion(numerator, denominator);
        if (estimatedPopulation is { } given && (!double.IsFinite(given) || given < 0))
        {
            throw new ArgumentOutOfRangeException(nameof(estimatedPopulation), given,
                IndicatorMessages.NegativeCount(nameof(estimatedPopulation), given));
        }

        var rate = numerator / denominator * 100;
        var warnings = new List<string>();
        double interval;
        if (estimatedPopulation is not { } population)
        {
            interval = double.NaN;
            warnings.Add(IndicatorMessages.MissingPopulationEstimate());
        }
        else if (population < denominator)
        {
            interval = 0;
            warnings.Add(population == 0
                ? IndicatorMessages.NoPopulationEstimate(denominator)
                : IndicatorMessages.SampleAbovePopulationEstimate(denominator, population));
        }
        else
        {
            var pcf = Math.Sqrt((population - denominator) / (population - 1));
            interval = IndicatorThresholds.ScotPhoZ * Math.Sqrt(rate * (100 - rate) / denominator * pcf);
        }

        var lower = rate - interval;
        var upper = rate + interval;
        var limits = new ConfidenceInterval(0.95, lower < 0 ? 0 : lower, upper > 100 ? 100 : upper);
        return new IndicatorResult(rate, [limits], IndicatorMethod.ScotPhoPercentFinitePopulation, Multiplier.Percentage,
            numerator, denominator, warnings);
    }

    private static ConfidenceInterval WilsonLimits(double x, double n, double confidence, bool check)
    {
        if (check)
        {
            RequireProportion(x, n);
        }

        var fraction = ConfidenceLevels.ToFraction(confidence);
        if (fraction == 1)
        {
            return new ConfidenceInterval(fraction, 0, 1);
        }

        var z = ConfidenceLevels.ZScore(fraction);
        var root = z * Math.Sqrt(z * z + 4 * x * (1 - x / n));
        var lower = (2 * x + z * z - root) / 2 / (n + z * z);
        var upper = (2 * x + z * z + root) / 2 / (n + z * z);
        return new ConfidenceInterval(fraction, lower, upper);
    }

    private static void RequireProportion(double numerator, double denominator)
    {
        IndicatorArguments.RequireCount(numerator, nameof(numerator));
        IndicatorArguments.RequirePositive(denominator, nameof(denominator));
        if (numerator > denominator)
        {
            throw new ArgumentOutOfRangeException(nameof(numerator), numerator,
                IndicatorMessages.NumeratorAboveDenominator(numerator, denominator));
        }
    }
}
