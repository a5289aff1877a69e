using MathNet.Numerics.Distributions;

namespace AnalysisKit.Variation.Funnels;

/// <summary>
/// Over-dispersed funnel plots exactly as FunnelPlotR 0.6.0 computes them (Spiegelhalter DJ, "Handling over-dispersion
/// of performance indicators", Qual Saf Health Care 2005;14:347–51; NHS Digital SHMI specification).
/// </summary>
/// <remarks>
/// Pipeline: transform to z-scores → trim (SHMI truncates the outer deciles by rank; the others winsorise at R type‑7
/// quantiles) → φ = mean squared trimmed z → τ² = max(0, (nφ − (n − 1)) / (Σw − Σw²/Σw)), w = 1/s² over kept units
/// (0 when nφ &lt; n − 1) → additive random-effects limits on the transformed scale with the package's hard-coded
/// z = 1.959964 and 3.090232. φ is never used multiplicatively; when φ ≤ 1 the unadjusted limits are used instead.
/// </remarks>
public static class OverdispersedFunnel
{
    /// <summary>The package's hard-coded z for 95% limits (not qnorm(0.975) = 1.959963985).</summary>
    public const double Z95 = 1.959964;

    /// <summary>The package's hard-coded z for 99.8% limits (not qnorm(0.999) = 3.090232306).</summary>
    public const double Z998 = 3.090232;

    private const int GridLength = 1000;
    private const int FewUnits = 10;

    /// <summary>Fits an over-dispersed funnel to one row per unit.</summary>
    /// <param name="units">Numerator = observed events, denominator = expected (ratios) or population; one row per unit.
    /// Numerators ≥ 0, denominators &gt; 0, and numerator ≤ denominator for proportions.</param>
    /// <param name="method">Data type and transformation.</param>
    /// <param name="trimBy">Fraction winsorised or truncated at each end before φ is estimated; 0 ≤ trimBy &lt; 0.5, default 0.1.</param>
    /// <param name="multiplier">Scale for ratios and limits (e.g. 100); &gt; 0, default 1.</param>
    /// <param name="drawAdjusted">False to skip the over-dispersion adjustment (φ and τ² are then reported as 0, as the package does).</param>
    /// <param name="shmiRounding">Round E to 2 dp for SHMI, as NHS Digital does (default true).</param>
    public static OverdispersedFunnelResult Fit(
        IReadOnlyList<FunnelUnit> units,
        OverdispersedFunnelMethod method,
        double trimBy = 0.1,
        double multiplier = 1,
        bool drawAdjusted = true,
        bool shmiRounding = true)
    {
        FunnelInput.Validate(units, nameof(units), proportion: method == OverdispersedFunnelMethod.Proportion);
        if (!(trimBy >= 0 && trimBy < 0.5))
        {
            throw new ArgumentOutOfRangeException(nameof(trimBy), VariationMessages.TrimOutOfRange(trimBy));
        }

        if (!(multiplier > 0) || double.IsInfinity(multiplier))
        {
            throw new ArgumentOutOfRangeException(nameof(multiplier), VariationMessages.OutOfRange(nameof(multiplier), multiplier, "multiplier > 0"));
        }

        var warnings = new List<string>();
        var n = units.Count;
        var ratio = units.Select(u => u.Numerator / u.Denominator).ToArray();
        var denominator = units.Select(u => method == OverdispersedFunnelMethod.StandardisedRatioShmi && shmiRounding
            ? Math.Round(u.Denominator, 2, MidpointRounding.ToEven)
            : u.Denominator).ToArray();
        var numerator = units.Select(u => u.Numerator).ToArray();
        var target = method is OverdispersedFunnelMethod.StandardisedRatioShmi or OverdispersedFunnelMethod.StandardisedRatioCqc
            ? 1.0
            : numerator.Sum() / denominator.Sum();

        // 1. Transform and z-score.
        var (y, s, z) = Transform(method, numerator, denominator);

        // 2. Trim: truncation for SHMI, winsorisation otherwise.
        var (trimmed, kept, ranks, groups) = Trim(method, z, trimBy);

        // 3. φ and τ².
        var keptIndex = Enumerable.Range(0, n).Where(i => kept[i].HasValue).ToArray();
        var nKept = keptIndex.Length;
        var phi = keptIndex.Sum(i => kept[i]!.Value * kept[i]!.Value) / nKept;
        var tau2 = Tau2(nKept, phi, keptIndex.Select(i => s[i]).ToArray());
        if (!drawAdjusted)
        {
            phi = 0;
            tau2 = 0;
        }

        var adjustedUsed = drawAdjusted && phi > 1 && tau2 > 0;
        if (n < FewUnits)
        {
            warnings.Add(VariationMessages.FewUnitsForOverdispersion(n));
        }

        if (drawAdjusted && !adjustedUsed)
        {
            warnings.Add(VariationMessages.UnadjustedFallback(phi));
        }

        // 4. Limits on the grid (1000 points plus each denominator) and at each unit.
        var maxX = Math.Ceiling(denominator.Max());
        var from = method is OverdispersedFunnelMethod.StandardisedRatioShmi or OverdispersedFunnelMethod.StandardisedRatioCqc ? 1.1 : 3.0;
        var xs = RSequence(from, maxX, GridLength).Concat(denominator).Distinct().Order().ToArray();
        var grid = xs.Select(x => new OverdispersedFunnelGridPoint(
            x,
            LimitS(method, x),
            Limits(method, x, tau2, target, multiplier, adjusted: true),
            Limits(method, x, 0, target, multiplier, adjusted: false))).ToList();

        var rows = new List<OverdispersedFunnelUnit>(n);
        for (var i = 0; i < n; i++)
        {
            var adjusted = Limits(method, denominator[i], tau2, target, multiplier, adjusted: true);
            var unadjusted = Limits(method, denominator[i], 0, target, multiplier, adjusted: false);
            var used = adjustedUsed ? adjusted : unadjusted;
            var value = ratio[i] * multiplier;
            rows.Add(new OverdispersedFunnelUnit(units[i], denominator[i], ratio[i], y[i], s[i], LimitS(method, denominator[i]), z[i],
                trimmed[i], kept[i], ranks?[i], groups?[i],
                used, adjusted, unadjusted, used.Outlier95(value), used.Outlier998(value)));
        }

        return new OverdispersedFunnelResult(method, trimBy, multiplier, target, phi, tau2, adjustedUsed, rows, grid, warnings);
    }

    /// <summary>
    /// SHMI truncates: rank with ties averaged, sp = ⌊rank·(1/trimBy)/(n + 1)⌋, units with sp = 0 or 1/trimBy − 1 are
    /// dropped. The other methods winsorise at R type‑7 quantiles trimBy and 1 − trimBy.
    /// </summary>
    private static (bool[] Trimmed, double?[] Kept, double[]? Ranks, int[]? Groups) Trim(OverdispersedFunnelMethod method, double[] z, double trimBy)
    {
        var n = z.Length;
        var trimmed = new bool[n];
        var kept = new double?[n];
        if (method == OverdispersedFunnelMethod.StandardisedRatioShmi)
        {
            var ranks = AverageRanks(z);
            var groups = 1 / trimBy;
            var sp = new int[n];
            for (var i = 0; i < n; i++)
            {
                sp[i] = (int)Math.Floor(ranks[i] * groups / (n + 1));
                trimmed[i] = !(sp[i] > 0 && sp[i] < groups - 1);
                kept[i] = trimmed[i] ? null : z[i];
            }

            return (trimmed, kept, ranks, sp);
        }

        var lower = QuantileType7(z, trimBy);
        var upper = QuantileType7(z, 1 - trimBy);
        for (var i = 0; i < n; i++)
        {
            trimmed[i] = !(z[i] > lower && z[i] < upper);
            kept[i] = z[i] < lower ? lower : z[i] > upper ? upper : z[i];
        }

        return (trimmed, kept, null, null);
    }

    /// <summary>The standard error FunnelPlotR's limits use at denominator x (its lookup's <c>s</c>).</summary>
    private static double LimitS(OverdispersedFunnelMethod method, double x) =>
        method == OverdispersedFunnelMethod.StandardisedRatioShmi ? Math.Sqrt(1 / x) : 1 / (2 * Math.Sqrt(x));

    private static (double[] Y, double[] S, double[] Z) Transform(OverdispersedFunnelMethod method, double[] o, double[] d)
    {
        var n = o.Length;
        double[] y = new double[n], s = new double[n], z = new double[n];
        switch (method)
        {
            case OverdispersedFunnelMethod.StandardisedRatioShmi:
                for (var i = 0; i < n; i++)
                {
                    y[i] = Math.Log(o[i] / d[i]);
                    s[i] = 1 / Math.Sqrt(d[i]);
                    z[i] = Math.Sqrt(d[i]) * Math.Log(o[i] / d[i]);
                }

                break;
            case OverdispersedFunnelMethod.StandardisedRatioCqc:
                for (var i = 0; i < n; i++)
                {
                    y[i] = Math.Sqrt(o[i] / d[i]);
                    s[i] = 1 / (2 * Math.Sqrt(d[i]));
                    z[i] = (y[i] - 1) / s[i];
                }

                break;
            case OverdispersedFunnelMethod.Proportion:
                var targetAngle = Math.Asin(Math.Sqrt(o.Sum() / d.Sum()));
                for (var i = 0; i < n; i++)
                {
                    y[i] = Math.Asin(Math.Sqrt(o[i] / d[i]));
                    s[i] = 1 / (2 * Math.Sqrt(d[i]));
                    z[i] = (y[i] - targetAngle) / s[i];
                }

                break;
            default:
                var targetLog = Math.Log(o.Sum() / d.Sum());
                for (var i = 0; i < n; i++)
                {
                    y[i] = Math.Log((o[i] + 0.5) / (d[i] + 0.5));
                    s[i] = Math.Sqrt((o[i] / ((o[i] + 0.5) * (o[i] + 0.5))) + (d[i] / ((d[i] + 0.5) * (d[i] + 0.5))));
                    z[i] = (y[i] - targetLog) / s[i];
                }

                break;
        }

        return (y, s, z);
    }

    /// <summary>DerSimonian–Laird τ² with Q replaced by nφ, as FunnelPlotR's <c>tau_func</c>.</summary>
    internal static double Tau2(int n, double phi, double[] s)
    {
        if (s.Length == 0 || n * phi < n - 1)
        {
            return 0;
        }

        var w = s.Select(x => 1 / (x * x)).ToArray();
        var sumW = w.Sum();
        return Math.Max(0, (n * phi - (n - 1)) / (sumW - w.Sum(x => x * x) / sumW));
    }

    /// <summary>The degrees of freedom above which <see cref="ChiSquaredQuantile"/> uses the Wilson–Hilferty approximation.</summary>
    internal const double WilsonHilfertyFrom = 100_000;

    /// <summary>
    /// The χ² quantile with <paramref name="freedom"/> degrees of freedom at <paramref name="p"/>: MathNet's inverse CDF,
    /// or, from <see cref="WilsonHilfertyFrom"/> degrees of freedom (expected counts of 50,000 and more: a board's or
    /// a large HSCP's items, where MathNet's inverse regularised gamma fails), Wilson and Hilferty's cube-root
    /// approximation k(1 − 2/(9k) + z√(2/(9k)))³ (Wilson EB, Hilferty MM, PNAS 1931;17:684–8) refined by three Newton
    /// steps on MathNet's χ² CDF; within 1e-9 relative of R's qchisq there (checked in the tests).
    /// </summary>
    internal static double ChiSquaredQuantile(double freedom, double p)
    {
        if (freedom < WilsonHilfertyFrom)
        {
            return ChiSquared.InvCDF(freedom, p);
        }

        var a = 2 / (9 * freedom);
        var x = freedom * Math.Pow(1 - a + (MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, p) * Math.Sqrt(a)), 3);
        for (var step = 0; step < 3; step++)
        {
            x -= (ChiSquared.CDF(freedom, x) - p) / ChiSquared.PDF(freedom, x); // Newton on the forward CDF, which holds at any freedom
        }

        return x;
    }

    internal static FunnelLimits Limits(OverdispersedFunnelMethod method, double x, double tau2, double target, double multiplier, bool adjusted)
    {
        switch (method)
        {
            case OverdispersedFunnelMethod.StandardisedRatioShmi or OverdispersedFunnelMethod.StandardisedRatioCqc when !adjusted:
                return new FunnelLimits(
                    multiplier * target * ChiSquaredQuantile(2 * x, 0.025) / 2 / x,
                    multiplier * target * ChiSquaredQuantile(2 * (x + 1), 0.975) / 2 / x,
                    multiplier * target * ChiSquaredQuantile(2 * x, 0.001) / 2 / x,
                    multiplier * target * ChiSquaredQuantile(2 * (x + 1), 0.999) / 2 / x);
            case OverdispersedFunnelMethod.StandardisedRatioShmi:
                var se = Math.Sqrt(1 / x + tau2);
                return new FunnelLimits(
                    multiplier * Math.Exp(-Z95 * se), multiplier * Math.Exp(Z95 * se),
                    multiplier * Math.Exp(-Z998 * se), multiplier * Math.Exp(Z998 * se));
            case OverdispersedFunnelMethod.StandardisedRatioCqc:
                var sc = 1 / (2 * Math.Sqrt(x));
                var sq = Math.Sqrt(sc * sc + tau2);
                return new FunnelLimits(
                    multiplier * (1 - Z95 * sq), multiplier * (1 + Z95 * sq),
                    multiplier * (1 - Z998 * sq), multiplier * (1 + Z998 * sq));
            case OverdispersedFunnelMethod.RatioOfCounts:
                var sr = 1 / (2 * Math.Sqrt(x));
                var sl = Math.Sqrt(sr * sr + tau2);
                var log = Math.Log(target);
                return new FunnelLimits(
                    multiplier * Math.Exp(log - Z95 * sl), multiplier * Math.Exp(log + Z95 * sl),
                    multiplier * Math.Exp(log - Z998 * sl), multiplier * Math.Exp(log + Z998 * sl));
            default:
                var sp = 1 / (2 * Math.Sqrt(x));
                var spread = Math.Sqrt(sp * sp + tau2);
                var angle = Math.Asin(Math.Sqrt(target));
                return new FunnelLimits(
                    multiplier * ArcsineBack(angle - Z95 * spread), multiplier * ArcsineBack(angle + Z95 * spread),
                    multiplier * ArcsineBack(angle - Z998 * spread), multiplier * ArcsineBack(angle + Z998 * spread));
        }
    }

    /// <summary>
    /// sin² of an angle, held at 0 below angle 0 and at 1 above π/2: past those points sin² turns back, and FunnelPlotR
    /// forces the proportion limits to stay monotone along the grid, which gives exactly these values.
    /// </summary>
    private static double ArcsineBack(double angle) =>
        angle <= 0 ? 0 : angle >= Math.PI / 2 ? 1 : Math.Pow(Math.Sin(angle), 2);

    /// <summary>R's <c>seq(from, to, length.out = n)</c>: from, from + k·by for k = 1..n−2, then exactly to.</summary>
    internal static IEnumerable<double> RSequence(double from, double to, int length)
    {
        var by = (to - from) / (length - 1);
        yield return from;
        for (var k = 1; k <= length - 2; k++)
        {
            yield return from + k * by;
        }

        yield return to;
    }

    /// <summary>R's <c>quantile(x, p, type = 7)</c>, with its (1 − h)·x[lo] + h·x[hi] interpolation.</summary>
    internal static double QuantileType7(IReadOnlyList<double> values, double p)
    {
        var sorted = values.Order().ToArray();
        var index = 1 + Math.Max(sorted.Length - 1, 0) * p;
        var lo = (int)Math.Floor(index);
        var hi = (int)Math.Ceiling(index);
        var q = sorted[lo - 1];
        var h = index - lo;
        return index > lo && sorted[hi - 1] != q ? (1 - h) * q + h * sorted[hi - 1] : q;
    }

    /// <summary>R's <c>rank(x, ties.method = "average")</c>.</summary>
    internal static double[] AverageRanks(IReadOnlyList<double> values)
    {
        var order = Enumerable.Range(0, values.Count).OrderBy(i => values[i]).ToArray();
        var ranks = new double[values.Count];
        var start = 0;
        while (start < order.Length)
        {
            var end = start;
            while (end + 1 < order.Length && values[order[end + 1]] == values[order[start]])
            {
                end++;
            }

            var average = (start + end) / 2.0 + 1;
            for (var k = start; k <= end; k++)
            {
                ranks[order[k]] = average;
            }

            start = end + 1;
        }

        return ranks;
    }
}
