using MathNet.Numerics.Distributions;

namespace AnalysisKit.Variation.Funnels;

/// <summary>Whole PHE funnels in one call: significance, grid, centre line and the over-dispersion check.</summary>
public static partial class PheFunnel
{
    /// <summary>Units fewer than this give no over-dispersion verdict (FunnelPlotR warns below 10 too).</summary>
    public const int FewUnitsForDispersion = 10;

    /// <summary>The χ² probability above which φ counts as over-dispersion.</summary>
    public const double DispersionTestLevel = 0.95;

    /// <summary>
    /// A proportion funnel (<c>statistic = "proportion"</c>): <see cref="ProportionSignificance"/>,
    /// <see cref="ProportionGrid"/> and the over-dispersion check against FunnelPlotR's arcsine φ.
    /// </summary>
    /// <param name="units">One row per unit; numerator ≤ denominator, denominator &gt; 0.</param>
    /// <param name="multiplier">Scale of plotted values and limits (100 for percentages, the package default); &gt; 0.</param>
    public static PheFunnelResult ForProportions(IReadOnlyList<FunnelUnit> units, double multiplier = 100)
    {
        var significance = ProportionSignificance(units);
        var grid = ProportionGrid(units, multiplier);
        var average = units.Sum(u => u.Numerator) / units.Sum(u => u.Denominator);
        var check = Dispersion(units, OverdispersedFunnelMethod.Proportion, significance);
        return new PheFunnelResult(PheFunnelStatistic.Proportion, multiplier, average * multiplier, significance, grid, [], 1, check, Warnings(check))
        {
            Average = average,
        };
    }

    /// <summary>
    /// A ratio funnel (<c>statistic = "ratio"</c>): <see cref="RatioSignificance"/>, <see cref="RatioGrid"/> and the
    /// over-dispersion check against FunnelPlotR's SHMI φ.
    /// </summary>
    /// <param name="units">Numerator = observed, denominator = expected; one row per unit.</param>
    /// <param name="isr">True to plot on the ISR scale (× 100, target 100); false for O/E (target 1). The grid is as
    /// the package writes it for <c>ratio_type</c> "isr" or "count".</param>
    public static PheFunnelResult ForRatios(IReadOnlyList<FunnelUnit> units, bool isr = false)
    {
        var significance = RatioSignificance(units);
        var grid = RatioGrid(units, isr);
        var check = Dispersion(units, OverdispersedFunnelMethod.StandardisedRatioShmi, significance);
        var multiplier = isr ? 100 : 1;
        return new PheFunnelResult(PheFunnelStatistic.Ratio, multiplier, multiplier, significance, grid, [], 1, check, Warnings(check))
        {
            Average = 1,
        };
    }

    /// <summary>
    /// A rate funnel (<c>statistic = "rate"</c>): <see cref="RateSignificance"/>, <see cref="RateGrid"/>,
    /// <see cref="RatePoints"/> and the over-dispersion check against FunnelPlotR's SHMI φ of each unit's events over
    /// those expected at the average rate (DSRs from fewer than 10 events left out, as the package leaves them out).
    /// </summary>
    /// <param name="units">One row per unit.</param>
    /// <param name="directlyStandardised">True for DSRs, false for crude rates.</param>
    /// <param name="multiplier">The rate's "per" (e.g. 1000); &gt; 0.</param>
    /// <param name="yearsOfData">Years the events cover; &gt; 0.</param>
    public static PheFunnelResult ForRates(IReadOnlyList<PheRateUnit> units, bool directlyStandardised, double multiplier, double yearsOfData = 1)
    {
        var significance = RateSignificance(units, directlyStandardised, multiplier);
        var grid = RateGrid(units, directlyStandardised, multiplier, yearsOfData);
        var points = RatePoints(units, directlyStandardised, multiplier, yearsOfData);
        var assessed = significance.Where(s => s.Significance != PheFunnelSignificance.NotApplicable && s.Unit.Denominator > 0).ToList();
        var average = units.Sum(u => u.Numerator) / significance.Where(s => !double.IsNaN(s.Unit.Denominator)).Sum(s => s.Unit.Denominator);
        var expected = assessed.Select(s => new FunnelUnit(s.Unit.Code, s.Unit.Numerator, s.Unit.Denominator * average)).ToList();
        var check = expected.Count == 0 ? null : Dispersion(expected, OverdispersedFunnelMethod.StandardisedRatioShmi, assessed);
        return new PheFunnelResult(PheFunnelStatistic.Rate, multiplier, average * multiplier, significance, grid, points, yearsOfData, check, Warnings(check))
        {
            Average = average,
        };
    }

    private static List<string> Warnings(FunnelDispersionCheck? check) =>
        check is { IsOverdispersed: true } ? [check.Summary] : [];

    private static FunnelDispersionCheck Dispersion(IReadOnlyList<FunnelUnit> units, OverdispersedFunnelMethod method, IReadOnlyList<PheFunnelUnitResult> significance)
    {
        var outside = significance.Count(s => s.Significance is PheFunnelSignificance.High001 or PheFunnelSignificance.Low001);
        var n = units.Count;
        var expectedOutside = n * (1 - 0.998);
        var fit = OverdispersedFunnel.Fit(units, method);
        var phi = fit.Phi;
        var threshold = n > 1 ? ChiSquared.InvCDF(n - 1, DispersionTestLevel) / n : double.NaN;
        var odOutside = fit.Units.Count(u => u.Outlier998 != FunnelOutlier.None);
        if (n < FewUnitsForDispersion || double.IsNaN(phi) || double.IsInfinity(phi))
        {
            var why = n < FewUnitsForDispersion ? VariationMessages.DispersionFewUnits(n) : VariationMessages.DispersionNotEstimable(method);
            return new FunnelDispersionCheck(method, n, double.IsInfinity(phi) ? double.NaN : phi, threshold, false, outside, expectedOutside, odOutside, why);
        }

        var over = phi > threshold;
        var summary = over
            ? VariationMessages.PheLimitsTooNarrow(phi, threshold, outside, n, expectedOutside, method, odOutside)
            : VariationMessages.PheLimitsFit(phi, threshold, outside, n, expectedOutside);
        return new FunnelDispersionCheck(method, n, phi, threshold, over, outside, expectedOutside, odOutside, summary);
    }

    /// <summary>See <see cref="PheFunnelResult.LimitsAt"/>.</summary>
    internal static FunnelLimits LimitsAt(PheFunnelResult result, double x)
    {
        RequirePositive(x, nameof(x));
        var m = result.Multiplier;
        if (result.Statistic == PheFunnelStatistic.Proportion)
        {
            double Clamp(double v) => Math.Min(m, Math.Max(0, v));
            var p = result.Average;
            return new FunnelLimits(
                Clamp(ProportionLimit(TwoSigmaProbability, x, p, false, m)), Clamp(ProportionLimit(TwoSigmaProbability, x, p, true, m)),
                Clamp(ProportionLimit(ThreeSigmaProbability, x, p, false, m)), Clamp(ProportionLimit(ThreeSigmaProbability, x, p, true, m)));
        }

        // Expected events at x: x itself for ratios; the annual population × years × the average rate for rates.
        var expected = result.Statistic == PheFunnelStatistic.Ratio ? x : x * result.YearsOfData * result.Average;
        var scale = result.Statistic == PheFunnelStatistic.Ratio ? m : result.Average * m;
        return new FunnelLimits(
            scale * PoissonLimitRatio(expected, 0.025, upperTail: true), scale * PoissonLimitRatio(expected, 0.025, upperTail: false),
            scale * PoissonLimitRatio(expected, 0.001, upperTail: true), scale * PoissonLimitRatio(expected, 0.001, upperTail: false));
    }

    /// <summary>
    /// O/E on the package's limit curve where its expected count E(O) (<see cref="PoissonFunnel"/>) equals
    /// <paramref name="expected"/>: E(O) grows with O, so the whole numbers of events either side are found by bisection
    /// and the ratio is interpolated linearly in E between them. The lower limit (upper tail) is 0 below E(0) = −ln p;
    /// the upper limit (lower tail) below E(1) is 1/E, since there a single event already lies above it.
    /// </summary>
    internal static double PoissonLimitRatio(double expected, double p, bool upperTail)
    {
        double E(double o) => PoissonFunnel(o, p, upperTail);
        double low = upperTail ? 0 : 1;
        var first = E(low);
        if (expected <= first)
        {
            return upperTail ? 0 : 1 / expected;
        }

        var high = Math.Max(low + 1, Math.Ceiling(expected));
        while (E(high) < expected)
        {
            low = high;
            high *= 2;
        }

        while (high - low > 1)
        {
            var mid = Math.Floor((low + high) / 2);
            if (E(mid) < expected)
            {
                low = mid;
            }
            else
            {
                high = mid;
            }
        }

        var (eLow, eHigh) = (E(low), E(high));
        var t = (expected - eLow) / (eHigh - eLow);
        return (low / eLow) + (t * ((high / eHigh) - (low / eLow)));
    }
}
