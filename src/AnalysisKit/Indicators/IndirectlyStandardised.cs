namespace AnalysisKit.Indicators;

/// <summary>
/// Indirectly standardised ratios (ISR, SMR: observed / expected events) and rates (ISRate: the ratio × the reference
/// population's crude rate): the fair way to compare practices whose lists differ in age and sex. Limits are PHE's:
/// exact Poisson limits of the observed count below 10 events, Byar's from 10, divided by the expected count
/// (PHEindicatormethods 2.1.0 <c>calculate_ISRatio</c>, <c>calculate_ISRate</c>; Breslow &amp; Day 1987; PHE
/// Technical Guide, ISR chapter).
/// </summary>
public static class IndirectlyStandardised
{
    /// <summary>The ratio O/E × multiplier with limits PoissonLimits(O)/E × multiplier.</summary>
    /// <param name="observed">Observed events, ≥ 0.</param>
    /// <param name="expected">Expected events from reference rates (see <see cref="ReferenceRates.Expected"/>), &gt; 0.</param>
    /// <param name="confidence">One or two levels; default 95%.</param>
    /// <param name="multiplier">1 for a ratio, 100 for an SMR × 100; &gt; 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">Negative observed, expected ≤ 0, multiplier ≤ 0.</exception>
    public static IndicatorResult Ratio(double observed, double expected, ConfidenceLevels confidence = default,
        double multiplier = Multiplier.One) =>
        Scaled(observed, expected, confidence, multiplier, 1);

    /// <summary>
    /// The ratio for an area from its band counts and the reference rates: O = Σ events (missing = 0),
    /// E = reference.Expected(counts).
    /// </summary>
    /// <param name="counts">The area's events and population per reference band.</param>
    /// <param name="reference">Reference rates, e.g. Scotland's age-sex-specific rates.</param>
    /// <param name="confidence">One or two levels; default 95%.</param>
    /// <param name="multiplier">1 or 100; &gt; 0.</param>
    public static IndicatorResult Ratio(IEnumerable<AgeBandCount> counts, ReferenceRates reference,
        ConfidenceLevels confidence = default, double multiplier = Multiplier.One)
    {
        var (observed, expected) = ObservedAndExpected(counts, reference);
        return Ratio(observed, expected, confidence, multiplier);
    }

    /// <summary>
    /// The indirectly standardised rate O/E × referenceRate × multiplier, limits PoissonLimits(O)/E × referenceRate ×
    /// multiplier.
    /// </summary>
    /// <param name="observed">Observed events, ≥ 0.</param>
    /// <param name="expected">Expected events, &gt; 0.</param>
    /// <param name="referenceRate">The reference population's crude rate per 1 (<see cref="ReferenceRates.OverallRate"/>), &gt; 0.</param>
    /// <param name="confidence">One or two levels; default 95%.</param>
    /// <param name="multiplier">E.g. 100,000; &gt; 0.</param>
    public static IndicatorResult Rate(double observed, double expected, double referenceRate,
        ConfidenceLevels confidence = default, double multiplier = Multiplier.PerHundredThousand)
    {
        IndicatorArguments.RequirePositive(referenceRate, nameof(referenceRate));
        return Scaled(observed, expected, confidence, multiplier, referenceRate);
    }

    /// <summary>The rate for an area from its band counts and the reference (reference rate = its overall rate).</summary>
    /// <param name="counts">The area's events and population per reference band.</param>
    /// <param name="reference">Reference rates.</param>
    /// <param name="confidence">One or two levels; default 95%.</param>
    /// <param name="multiplier">E.g. 100,000; &gt; 0.</param>
    public static IndicatorResult Rate(IEnumerable<AgeBandCount> counts, ReferenceRates reference,
        ConfidenceLevels confidence = default, double multiplier = Multiplier.PerHundredThousand)
    {
        var (observed, expected) = ObservedAndExpected(counts, reference);
        return Rate(observed, expected, reference.OverallRate, confidence, multiplier);
    }

    private static (double Observed, double Expected) ObservedAndExpected(IEnumerable<AgeBandCount> counts,
        ReferenceRates reference)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(reference);
        var rows = counts.ToList();
        foreach (var row in rows.Where(r => r.Numerator is { } x && (!double.IsFinite(x) || x < 0)))
        {
            throw new ArgumentException(
                IndicatorMessages.NegativeBandValue(nameof(counts), row.Band, "numerator", row.Numerator!.Value), nameof(counts));
        }

        return (rows.Sum(r => r.Numerator ?? 0), reference.Expected(rows));
    }

    private static IndicatorResult Scaled(double observed, double expected, ConfidenceLevels confidence,
        double multiplier, double referenceRate)
    {
        IndicatorArguments.RequireCount(observed, nameof(observed));
        if (!double.IsFinite(expected) || expected <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(expected), expected, IndicatorMessages.ExpectedNotPositive(expected));
        }

        IndicatorArguments.RequireMultiplier(multiplier);
        var scale = referenceRate * multiplier;
        var intervals = confidence.Fractions.Select(level =>
        {
            var counts = PoissonLimits.ExactBelowTenByarFromTen(observed, level);
            return counts with { Lower = counts.Lower / expected * scale, Upper = counts.Upper / expected * scale };
        }).ToArray();
        var warnings = observed < IndicatorThresholds.SmallCount
            ? new[] { IndicatorMessages.SmallCountExact(observed) }
            : [];
        return new IndicatorResult(observed / expected * scale, intervals, PoissonLimits.PheMethod(observed), multiplier,
            observed, expected, warnings);
    }
}
