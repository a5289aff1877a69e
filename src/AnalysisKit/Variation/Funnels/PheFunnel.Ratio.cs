using AnalysisKit.Indicators;

namespace AnalysisKit.Variation.Funnels;

/// <summary>Ratio (observed/expected) funnels: exact Poisson limits by the package's bisection.</summary>
public static partial class PheFunnel
{
    private const double BisectionTolerance = 1e-7;

    /// <summary>
    /// Ratio funnel limits on PHEindicatormethods' 100-point grid of observed events: at O events the limit is
    /// O / E where E is the expected count whose exact Poisson tail probability equals 0.025 or 0.001, found by the
    /// package's bisection on v = E/(1 + O + E) with tolerance 1e‑7 (reproduced step for step, so results agree with
    /// the package rather than with exact χ² quantiles, from which they differ by up to ~5e‑5 relative).
    /// </summary>
    /// <param name="units">Numerator = observed, denominator = expected; one row per unit.</param>
    /// <param name="isr">False (default, "count"): limits on the ratio scale minus 1, as the package writes them for
    /// <c>ratio_type = "count"</c>. True ("isr"): limits × 100, the indirectly standardised ratio scale.</param>
    public static IReadOnlyList<PheFunnelGridPoint> RatioGrid(IReadOnlyList<FunnelUnit> units, bool isr = false)
    {
        FunnelInput.Validate(units, nameof(units), proportion: false);
        var grid = Grid(units.Min(u => u.Denominator), units.Max(u => u.Denominator), ratio: true);
        double Scale(double x) => isr ? x * 100 : x - 1;
        return grid.Select(o => new PheFunnelGridPoint(
            o,
            Scale(o / PoissonFunnel(o, 0.025, upperTail: true)),
            Scale(o / PoissonFunnel(o, 0.025, upperTail: false)),
            Scale(o / PoissonFunnel(o, 0.001, upperTail: true)),
            Scale(o / PoissonFunnel(o, 0.001, upperTail: false)),
            null)).ToList();
    }

    /// <summary>
    /// Each unit's significance on a ratio funnel (<c>assign_funnel_significance(statistic = "ratio")</c>): the exact
    /// (O &lt; 10) or Byar (O ≥ 10) confidence limits of O, divided by E, compared with 1, in the order High 0.001,
    /// High 0.025, Low 0.001, Low 0.025.
    /// </summary>
    /// <param name="units">Numerator = observed, denominator = expected; one row per unit.</param>
    public static IReadOnlyList<PheFunnelUnitResult> RatioSignificance(IReadOnlyList<FunnelUnit> units)
    {
        FunnelInput.Validate(units, nameof(units), proportion: false);
        return units.Select(u =>
        {
            var o = u.Numerator;
            var e = u.Denominator;
            var level =
                1 < RatioTestStatistic(o, e, 0.998, lower: true) ? PheFunnelSignificance.High001
                : 1 < RatioTestStatistic(o, e, 0.95, lower: true) ? PheFunnelSignificance.High025
                : 1 > RatioTestStatistic(o, e, 0.998, lower: false) ? PheFunnelSignificance.Low001
                : 1 > RatioTestStatistic(o, e, 0.95, lower: false) ? PheFunnelSignificance.Low025
                : PheFunnelSignificance.NotSignificant;
            return new PheFunnelUnitResult(u, o / e, level);
        }).ToList();
    }

    /// <summary>The package's <c>funnel_ratio_significance</c>: a confidence limit of O (exact below 10, Byar from 10) over E.</summary>
    internal static double RatioTestStatistic(double observed, double expected, double confidence, bool lower)
    {
        if (observed == 0 && lower)
        {
            return 0;
        }

        var limits = PoissonLimits.ExactBelowTenByarFromTen(observed, confidence);
        return (lower ? limits.Lower : limits.Upper) / expected;
    }

    /// <summary>
    /// The package's <c>poisson_funnel</c>: the expected count E at which P(X ≥ O) (upperTail = false, "low") or
    /// P(X ≤ O) (upperTail = true, "high") equals <paramref name="p"/>, by bisection on v = E/(1 + O + E).
    /// </summary>
    internal static double PoissonFunnel(double observed, double p, bool upperTail)
    {
        var v = 0.5;
        var dv = 0.5;
        while (dv > BisectionTolerance)
        {
            dv /= 2;
            var mean = (1 + observed) * v / (1 - v);
            if (!upperTail)
            {
                v = PoissonProbability(mean, observed, 1e10) > p ? v - dv : v + dv;
            }
            else
            {
                v = PoissonProbability(mean, 0, observed) < p ? v - dv : v + dv;
            }
        }

        return (1 + observed) * v / (1 - v);
    }

    /// <summary>
    /// The package's <c>poisson_cis</c>: P(a ≤ X ≤ b) for X ~ Poisson(z), summing terms until they are negligible,
    /// with its rescaling at 1e30 (kept so the arithmetic, and so the bisection path, is identical).
    /// </summary>
    internal static double PoissonProbability(double z, double a, double b)
    {
        double q = 1, total = 0, sum = 0, k = 0;
        while (k <= z || q > total * 1e-10)
        {
            total += q;
            if (k >= a && k <= b)
            {
                sum += q;
            }

            if (total > 1e30)
            {
                sum /= 1e30;
                total /= 1e30;
                q /= 1e30;
            }

            k += 1;
            q = q * z / k;
        }

        return sum / total;
    }
}
