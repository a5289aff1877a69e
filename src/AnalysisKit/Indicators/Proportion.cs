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
        if (convention == PublicationConvention.ScotPho)
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
                : convention == PublicationConvention.ScotPho
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
