using MathNet.Numerics.Distributions;

namespace AnalysisKit.Variation.Funnels;

/// <summary>
/// Funnel plot limits and significance exactly as PHEindicatormethods 2.1.0 computes them
/// (<c>calculate_funnel_limits</c>, <c>assign_funnel_significance</c>), following the Fingertips technical guidance
/// (Public Health England, "Technical Guide: Confidence Intervals" and "Funnel plots", 2018).
/// </summary>
/// <remarks>
/// Proportion limits invert the Wilson score interval in closed form: at population N the limit is the proportion
/// whose Wilson bound equals the average Σnumerator/Σdenominator, with p = 0.975 (2σ, 95%) and 0.999 (3σ, 99.8%).
/// Plotted limits are clamped to [0, 100] whatever the multiplier, as the package does. Ratio limits invert the exact
/// Poisson distribution by the package's own bisection (tolerance 1e‑7 on v = E/(1 + O + E)), reproduced step for step.
/// </remarks>
public static partial class PheFunnel
{
    /// <summary>The one-sided probability of the 95% (2σ) limits.</summary>
    public const double TwoSigmaProbability = 0.975;

    /// <summary>The one-sided probability of the 99.8% (3σ) limits.</summary>
    public const double ThreeSigmaProbability = 0.999;

    private const int GridPoints = 100;

    /// <summary>
    /// The Wilson-inverse funnel limit at one population (PHEindicatormethods' <c>sigma_adjustment</c>), unclamped.
    /// </summary>
    /// <param name="probability">One-sided probability: 0.975 for 95% limits, 0.999 for 99.8% limits; 0.5 &lt; p &lt; 1.</param>
    /// <param name="population">The x-axis population N; &gt; 0.</param>
    /// <param name="averageProportion">The funnel's centre Σnumerator/Σdenominator; 0 ≤ p̄ ≤ 1.</param>
    /// <param name="upper">True for the upper limit, false for the lower.</param>
    /// <param name="multiplier">Scale of the result (100 for percentages); &gt; 0.</param>
    public static double ProportionLimit(double probability, double population, double averageProportion, bool upper, double multiplier)
    {
        if (!(probability > 0.5 && probability < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(probability), VariationMessages.OutOfRange(nameof(probability), probability, "0.5 < probability < 1"));
        }

        if (!(population > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(population), VariationMessages.OutOfRange(nameof(population), population, "population > 0"));
        }

        var z = Normal.InvCDF(0, 1, probability);
        var z2 = z * z;
        var a = averageProportion;
        var n = population;

        // Operation order as in the package, so results agree to the last bit or two.
        var firstPart = a * (n / z2 + 1);
        var adj = Math.Sqrt(Math.Pow(-8 * a * (n / z2 + 1), 2) - 64 * (1 / z2 + 1 / n) * a * (n * (a * (n / z2 + 2) - 1) + z2 * (a - 1)));
        var lastPart = 1 / z2 + 1 / n;
        var limit = upper ? (firstPart + adj / 8) / lastPart : (firstPart - adj / 8) / lastPart;
        return limit / n * multiplier;
    }

    /// <summary>
    /// Proportion funnel limits on PHEindicatormethods' 100-point population grid, clamped to [0, 100] whatever the
    /// multiplier (the package's behaviour: with multiplier 1 the upper clamp never bites).
    /// </summary>
    /// <param name="units">One row per unit; numerator ≤ denominator, denominator &gt; 0.</param>
    /// <param name="multiplier">Scale of the limits (100 for percentages, the package default); &gt; 0.</param>
    public static IReadOnlyList<PheFunnelGridPoint> ProportionGrid(IReadOnlyList<FunnelUnit> units, double multiplier = 100)
    {
        FunnelInput.Validate(units, nameof(units), proportion: true);
        RequirePositive(multiplier, nameof(multiplier));
        var average = units.Sum(u => u.Numerator) / units.Sum(u => u.Denominator);
        var grid = Grid(units.Min(u => u.Denominator), units.Max(u => u.Denominator), ratio: false);
        return grid.Select(n => new PheFunnelGridPoint(
            n,
            Math.Max(0, ProportionLimit(TwoSigmaProbability, n, average, false, multiplier)),
            Math.Min(100, ProportionLimit(TwoSigmaProbability, n, average, true, multiplier)),
            Math.Max(0, ProportionLimit(ThreeSigmaProbability, n, average, false, multiplier)),
            Math.Min(100, ProportionLimit(ThreeSigmaProbability, n, average, true, multiplier)),
            average * multiplier)).ToList();
    }

    /// <summary>
    /// Each unit's significance on a proportion funnel: its proportion against the unclamped Wilson-inverse limits at
    /// its own denominator, checked in the package's order (Low 0.001, Low 0.025, High 0.001, High 0.025).
    /// </summary>
    /// <param name="units">One row per unit; numerator ≤ denominator, denominator &gt; 0.</param>
    public static IReadOnlyList<PheFunnelUnitResult> ProportionSignificance(IReadOnlyList<FunnelUnit> units)
    {
        FunnelInput.Validate(units, nameof(units), proportion: true);
        var average = units.Sum(u => u.Numerator) / units.Sum(u => u.Denominator);
        return units.Select(u =>
        {
            var value = u.Numerator / u.Denominator;
            var n = u.Denominator;
            var limits = new FunnelLimits(
                ProportionLimit(TwoSigmaProbability, n, average, false, 1),
                ProportionLimit(TwoSigmaProbability, n, average, true, 1),
                ProportionLimit(ThreeSigmaProbability, n, average, false, 1),
                ProportionLimit(ThreeSigmaProbability, n, average, true, 1));
            var level =
                value < limits.Lower998 ? PheFunnelSignificance.Low001
                : value < limits.Lower95 ? PheFunnelSignificance.Low025
                : value > limits.Upper998 ? PheFunnelSignificance.High001
                : value > limits.Upper95 ? PheFunnelSignificance.High025
                : PheFunnelSignificance.NotSignificant;
            return new PheFunnelUnitResult(u, value, level, limits);
        }).ToList();
    }

    /// <summary>
    /// The package's 100-point x-axis: from max(1, axis minimum) geometrically to the rounded-up maximum, each step at
    /// least 1. The axis minimum is 0 when the largest denominator exceeds twice the smallest, otherwise 95% of the
    /// smallest rounded down to one significant figure; the maximum is 105% of the largest rounded up to two.
    /// </summary>
    internal static List<double> Grid(double minDenominator, double maxDenominator, bool ratio) =>
        GridBetween(maxDenominator > 2 * minDenominator ? 0 : SignifFloor(minDenominator), SignifCeiling(maxDenominator), ratio);

    /// <summary>The package's geometric 100-point sequence from max(1, axisMinimum) to axisMaximum.</summary>
    internal static List<double> GridBetween(double axisMinimum, double axisMaximum, bool ratio)
    {
        var grid = new List<double>(GridPoints) { Math.Max(1, axisMinimum) };
        for (var j = 2; j <= GridPoints; j++)
        {
            var offset = ratio ? j - 1 : j;
            var previous = grid[^1];
            grid.Add(Math.Max(Math.Round(Math.Pow(axisMaximum / previous, 1.0 / (101 - offset)) * previous, MidpointRounding.ToEven), previous + 1));
        }

        return grid;
    }

    private static double SignifFloor(double x)
    {
        if (x == 0)
        {
            return 0;
        }

        var n = RCharacterWidth(Math.Floor(x * 0.95)) - 1;
        return Math.Floor(x * 0.95 / Math.Pow(10, n)) * Math.Pow(10, n);
    }

    private static double SignifCeiling(double x)
    {
        if (x == 0)
        {
            return 0;
        }

        var n = RCharacterWidth(Math.Ceiling(x * 1.05)) - 2;
        return Math.Ceiling(x * 1.05 / Math.Pow(10, n)) * Math.Pow(10, n);
    }

    /// <summary>
    /// <c>nchar()</c> of a whole number as R prints it: fixed notation unless scientific is strictly shorter
    /// (so 100000 prints as "1e+05", width 5), which the package's axis rounding inherits.
    /// </summary>
    internal static int RCharacterWidth(double wholeNumber)
    {
        var digits = wholeNumber.ToString("F0", System.Globalization.CultureInfo.InvariantCulture);
        var significant = digits.TrimEnd('0').Length;
        var exponent = digits.Length - 1;
        var scientific = (significant == 1 ? 1 : significant + 1) + 2 + (exponent >= 100 ? 3 : 2);
        return digits.Length > scientific ? scientific : digits.Length;
    }

    private static void RequirePositive(double value, string argument)
    {
        if (!(value > 0) || double.IsInfinity(value))
        {
            throw new ArgumentOutOfRangeException(argument, VariationMessages.OutOfRange(argument, value, $"{argument} > 0"));
        }
    }
}
