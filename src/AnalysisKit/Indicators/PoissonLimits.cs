using MathNet.Numerics.Distributions;

namespace AnalysisKit.Indicators;

/// <summary>
/// Confidence limits for an observed count of events, assumed Poisson: the building blocks of crude rates, ratios
/// (ISR/SMR) and the Dobson DSR limits. Limits are on the count scale; divide by a population or expected count.
/// </summary>
public static class PoissonLimits
{
    /// <summary>
    /// Exact limits from the χ² distribution (Garwood 1936; PHE Technical Guide): lower χ²(α/2; 2x)/2 and upper
    /// χ²(1 − α/2; 2x + 2)/2, with lower = 0 at x = 0. Quantiles from MathNet.Numerics (ChiSquared.InvCDF).
    /// </summary>
    /// <param name="observed">Observed events, ≥ 0 (need not be whole).</param>
    /// <param name="confidence">Fraction in (0, 1] or percentage in (1, 100].</param>
    public static ConfidenceInterval Exact(double observed, double confidence)
    {
        IndicatorArguments.RequireCount(observed, nameof(observed));
        var fraction = ConfidenceLevels.ToFraction(confidence);
        var alpha = 1 - fraction;
        var lower = observed == 0 ? 0 : ChiSquared.InvCDF(2 * observed, alpha / 2) / 2;
        var upper = ChiSquared.InvCDF(2 * observed + 2, fraction + alpha / 2) / 2;
        return new ConfidenceInterval(fraction, lower, upper);
    }

    /// <summary>
    /// Byar's approximation (Breslow &amp; Day 1987, vol. II): lower x(1 − 1/(9x) − z/(3√x))³ and upper
    /// (x+1)(1 − 1/(9(x+1)) + z/(3√(x+1)))³, z = Φ⁻¹(1 − α/2). PHE uses it from 10 events. As in
    /// PHEindicatormethods 2.1.0, a negative lower limit (tiny counts at high confidence, e.g. x = 1 at 99.8%) is NaN,
    /// and at x = 0 the lower limit is NaN (0·∞).
    /// </summary>
    /// <param name="observed">Observed events, ≥ 0.</param>
    /// <param name="confidence">Fraction in (0, 1] or percentage in (1, 100].</param>
    public static ConfidenceInterval Byar(double observed, double confidence)
    {
        var limits = ByarAtZ(observed, ConfidenceLevels.ToFraction(confidence), ConfidenceLevels.ZScore(confidence));
        return limits.Lower < 0 ? limits with { Lower = double.NaN } : limits;
    }

    /// <summary>
    /// Byar's limits with a given z rather than a confidence level: ScotPHO uses z = 1.96 written as a constant
    /// (<see cref="IndicatorThresholds.ScotPhoZ"/>). The interval's confidence is recorded as <paramref name="confidence"/>.
    /// The formula is returned as it is: the lower limit can be negative for tiny counts, and is NaN at 0 events.
    /// </summary>
    /// <param name="observed">Observed events, ≥ 0.</param>
    /// <param name="confidence">The confidence level the z stands for, as a fraction (for labelling only).</param>
    /// <param name="z">The standard normal quantile, &gt; 0.</param>
    public static ConfidenceInterval ByarAtZ(double observed, double confidence, double z)
    {
        IndicatorArguments.RequireCount(observed, nameof(observed));
        var lower = observed * Math.Pow(1 - 1 / (9 * observed) - z / (3 * Math.Sqrt(observed)), 3);
        var next = observed + 1;
        var upper = next * Math.Pow(1 - 1 / (9 * next) + z / (3 * Math.Sqrt(next)), 3);
        return new ConfidenceInterval(confidence, lower, upper);
    }

    /// <summary>
    /// PHE's rule for counts: exact limits below 10 events, Byar's from 10 (PHEindicatormethods <c>phe_rate</c>,
    /// <c>calculate_ISRatio</c>).
    /// </summary>
    /// <param name="observed">Observed events, ≥ 0.</param>
    /// <param name="confidence">Fraction in (0, 1] or percentage in (1, 100].</param>
    public static ConfidenceInterval ExactBelowTenByarFromTen(double observed, double confidence) =>
        observed < IndicatorThresholds.SmallCount ? Exact(observed, confidence) : Byar(observed, confidence);

    /// <summary>The method <see cref="ExactBelowTenByarFromTen"/> uses for a count.</summary>
    public static IndicatorMethod PheMethod(double observed) =>
        observed < IndicatorThresholds.SmallCount ? IndicatorMethod.ExactPoisson : IndicatorMethod.Byar;
}
