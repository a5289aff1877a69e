namespace AnalysisKit.Indicators;

/// <summary>
/// The slope and relative indices of inequality with simulated confidence limits, exactly as PHEindicatormethods 2.1.0
/// <c>phe_sii</c> computes them (UKHSA; Low &amp; Low 2004, "Measuring the gap: quantifying and comparing local health
/// inequalities", J Public Health 26:388–95; PHE Technical Guide, "Slope index of inequality"). This is PHE's method;
/// <see cref="Inequality"/> is ScotPHO's (regression t-interval, SII = −slope).
/// </summary>
/// <remarks>
/// <para>Steps (per area): quantiles ordered by number; values (or count/population) moved to the drawing scale (log for
/// rates, logit for proportions); standard errors as given or (upper − lower)/qnorm(0.975)/2 on that scale; population
/// shares a, rank midpoints b; least squares of √a·y on √a and b√a without intercept (the SII is the b√a coefficient,
/// the RII (√a + b√a)/√a). Limits: <see cref="PheSiiOptions.Repetitions"/> samples, each quantile drawn from
/// Normal(value, se) on the drawing scale (moved back unless transforming), regressed as above; the limits are the
/// samples at positions round(n·(1 − c)/2) and round(n·(c + (1 − c)/2)) of the sorted SIIs and RIIs. With a transform
/// the SII limits on the transformed scale are moved back around the midpoint of the fitted line.</para>
/// <para>Reproducibility against R: the draws come from <see cref="RRandomStream"/>, which is R's generator bit for bit,
/// and the simulation repeats the package's arithmetic in its order (R's reference BLAS products and LAPACK's 2×2 LU
/// solve), so with the same seed the simulated limits equal R's to the last bit on a machine whose R uses the
/// reference BLAS/LAPACK (Debian's default; an optimised BLAS such as OpenBLAS sums in another order and moves the last
/// bits). The point SII, RII and intercept come from these normal equations, not R's QR (<c>lm</c>), so they and the
/// transformed-back limits that use them agree with R to about 1e-15 relative, not bit for bit.</para>
/// </remarks>
public static class PheSii
{
    private const int FewestQuantiles = 5;
    private const int MostQuantiles = 100;
    private const int QuantilesBeforeWarning = 10;
    private const int FewestRepetitions = 1000;
    private const int ReliabilityBlocks = 10;

    /// <summary>Computes the SII and RII of one area with simulated limits.</summary>
    /// <param name="quantiles">One row per quantile, 5 to 100 of them; all rows give a value (or, for proportions, all a
    /// count), and all a standard error or all both limits.</param>
    /// <param name="options">The package's arguments; null for its defaults (normal, 100,000 repetitions, 95%, seed 1).</param>
    /// <param name="random">A stream to draw from, e.g. one shared by several areas in the order R's grouped
    /// <c>phe_sii</c> would process them; null to start one from <see cref="PheSiiOptions.Seed"/>.</param>
    /// <exception cref="ArgumentException">Input the package refuses (see the messages), or that cannot be drawn from
    /// (a rate ≤ 0, a proportion of 0 or 1 on the log or logit scale).</exception>
    public static PheSiiResult Calculate(IReadOnlyList<PheSiiQuantile> quantiles, PheSiiOptions? options = null,
        RRandomStream? random = null)
    {
        ArgumentNullException.ThrowIfNull(quantiles);
        options ??= new PheSiiOptions();
        var warnings = new List<string>();
        var (levels, seFromLimits) = Validate(quantiles, options, warnings);
        random ??= RRandomStream.FromSeed(options.Seed);

        var rows = quantiles.OrderBy(q => q.Quantile).ToArray();
        var k = rows.Length;
        var type = options.ValueType;
        var value = rows.Select(r => ToDrawingScale(type, r.Value ?? r.Count!.Value / r.Population)).ToArray();
        var z = RRandomStream.StandardNormalQuantile(0.975);
        var se = rows.Select(r => seFromLimits
            ? (ToDrawingScale(type, r.UpperLimit!.Value) - ToDrawingScale(type, r.LowerLimit!.Value)) / z / 2
            : r.StandardError!.Value).ToArray();

        // a = population share; b = rank midpoint, share/2 + the cumulative share before it (FindXValues). R's sum and
        // cumsum accumulate in long double, so these do too.
        var total = ExtendedPrecisionSum.Sum(rows.Select(r => r.Population).ToArray());
        var shares = rows.Select(r => r.Population / total).ToArray();
        var cumulative = ExtendedPrecisionSum.Cumulative(shares);
        var sqrtA = new double[k];
        var bSqrtA = new double[k];
        for (var i = 0; i < k; i++)
        {
            var midpoint = i == 0 ? shares[i] / 2 : (shares[i] / 2) + cumulative[i - 1];
            sqrtA[i] = Math.Sqrt(shares[i]);
            bSqrtA[i] = midpoint * sqrtA[i];
        }

        var project = SiiSimulation.Projection(sqrtA, bSqrtA);
        var y = Enumerable.Range(0, k).Select(i => sqrtA[i] * (options.Transform ? value[i] : FromDrawingScale(type, value[i]))).ToArray();
        var (intercept, slope) = SiiSimulation.Apply(project, y);

        var samples = SiiSimulation.Run(random, value, se, sqrtA, project, options, levels);
        var m = options.Multiplier;
        double sii, rii, reportedIntercept;
        IReadOnlyList<IReadOnlyList<PheSiiInterval>> blocks;
        if (!options.Transform)
        {
            sii = m * slope;
            rii = (intercept + slope) / intercept;
            rii = m < 0 ? 1 / rii : rii;
            reportedIntercept = intercept;
            blocks = samples;
        }
        else
        {
            var atOne = intercept + slope;
            var half = (intercept + atOne) / 2;
            var back0 = FromDrawingScale(type, intercept);
            var back1 = FromDrawingScale(type, atOne);
            sii = (back1 - back0) * m;
            rii = m < 0 ? 1 / (back1 / back0) : back1 / back0;
            reportedIntercept = back0 * Math.Abs(m);
            blocks = samples.Select(block => (IReadOnlyList<PheSiiInterval>)block.Select(l => TransformBack(type, m, half, l)).ToList()).ToList();
        }

        var intervals = blocks[0];
        if (options.ReliabilityStatistic)
        {
            intervals = intervals.Select((first, level) => first with
            {
                SiiMeanAbsoluteDifference = MeanAbsoluteDifference(blocks, level, l => l.SiiLower, l => l.SiiUpper),
                RiiMeanAbsoluteDifference = MeanAbsoluteDifference(blocks, level, l => l.RiiLower, l => l.RiiUpper),
            }).ToList();
        }

        return new PheSiiResult(sii, rii, reportedIntercept, intervals, options, warnings);
    }

    /// <summary>
    /// The package's back-transformation of a block's SII limits (drawn on the log or logit scale) around the fitted
    /// line's midpoint. Rates swap the limits when the multiplier is below 1, proportions when it is below 0, as the
    /// package's two branches are written.
    /// </summary>
    private static PheSiiInterval TransformBack(PheSiiValueType type, double m, double half, PheSiiInterval drawn)
    {
        var interceptLower = half - (drawn.SiiLower / 2);
        var interceptUpper = half - (drawn.SiiUpper / 2);
        var atOneLower = half + (drawn.SiiLower / 2);
        var atOneUpper = half + (drawn.SiiUpper / 2);
        double Back(double v) => FromDrawingScale(type, v);
        var flip = type == PheSiiValueType.Rate ? m < 1 : m < 0;
        return drawn with
        {
            SiiLower = flip ? (Back(atOneUpper) - Back(interceptUpper)) * m : (Back(atOneLower) - Back(interceptLower)) * m,
            SiiUpper = flip ? (Back(atOneLower) - Back(interceptLower)) * m : (Back(atOneUpper) - Back(interceptUpper)) * m,
            RiiLower = flip ? 1 / (Back(atOneUpper) / Back(interceptUpper)) : Back(atOneLower) / Back(interceptLower),
            RiiUpper = flip ? 1 / (Back(atOneLower) / Back(interceptLower)) : Back(atOneUpper) / Back(interceptUpper),
        };
    }

    /// <summary>calc_reliability: the mean of |x − block 1's x| over blocks 2–10, lower limits first, then upper.</summary>
    private static double MeanAbsoluteDifference(IReadOnlyList<IReadOnlyList<PheSiiInterval>> blocks, int level,
        Func<PheSiiInterval, double> lower, Func<PheSiiInterval, double> upper)
    {
        var first = blocks[0][level];
        var differences = blocks.Skip(1).Select(b => Math.Abs(lower(b[level]) - lower(first)))
            .Concat(blocks.Skip(1).Select(b => Math.Abs(upper(b[level]) - upper(first))))
            .ToArray();
        var mean = differences.Sum() / differences.Length;
        return mean + (differences.Sum(d => d - mean) / differences.Length);
    }

    internal static double ToDrawingScale(PheSiiValueType type, double value) => type switch
    {
        PheSiiValueType.Rate => Math.Log(value),
        PheSiiValueType.Proportion => Math.Log(value / (1 - value)),
        _ => value,
    };

    internal static double FromDrawingScale(PheSiiValueType type, double value)
    {
        switch (type)
        {
            case PheSiiValueType.Rate:
                return Math.Exp(value);
            case PheSiiValueType.Proportion:
                var e = Math.Exp(value);
                return e / (1 + e);
            default:
                return value;
        }
    }

    private static (IReadOnlyList<double> Levels, bool SeFromLimits) Validate(IReadOnlyList<PheSiiQuantile> quantiles, PheSiiOptions options, List<string> warnings)
    {
        const string argument = "quantiles";
        if (quantiles.Count is < FewestQuantiles or > MostQuantiles)
        {
            throw new ArgumentException(IndicatorMessages.SiiQuantileCount(quantiles.Count), argument);
        }

        if (quantiles.Count > QuantilesBeforeWarning)
        {
            warnings.Add(IndicatorMessages.SiiManyQuantiles(quantiles.Count));
        }

        var repeated = quantiles.GroupBy(q => q.Quantile).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw new ArgumentException(IndicatorMessages.SiiRepeatedQuantile(repeated.Key), argument);
        }

        var type = options.ValueType;
        if (options.Transform && type == PheSiiValueType.Normal)
        {
            throw new ArgumentException(IndicatorMessages.SiiTransformNeedsRateOrProportion(), nameof(options));
        }

        if (!double.IsFinite(options.Multiplier) || options.Multiplier == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Multiplier, IndicatorMessages.SiiMultiplier(options.Multiplier));
        }

        if (options.Repetitions < FewestRepetitions)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Repetitions, IndicatorMessages.SiiRepetitions(options.Repetitions));
        }

        foreach (var level in options.Confidence.Fractions)
        {
            if (level is < 0.9 or >= 1)
            {
                throw new ArgumentOutOfRangeException(nameof(options), level, IndicatorMessages.SiiConfidence(level));
            }
        }

        var useValue = quantiles.All(q => q.Value.HasValue);
        var useCount = !useValue && type == PheSiiValueType.Proportion && quantiles.All(q => q.Count.HasValue && !q.Value.HasValue);
        var useSe = quantiles.All(q => q.StandardError.HasValue);
        var useLimits = quantiles.All(q => q.LowerLimit.HasValue && q.UpperLimit.HasValue);
        if (!useValue && !useCount)
        {
            throw new ArgumentException(IndicatorMessages.SiiNeedsValues(type), argument);
        }

        if (options.Transform && (quantiles.Any(q => q.StandardError.HasValue) || !useLimits))
        {
            throw new ArgumentException(IndicatorMessages.SiiTransformNeedsLimits(), argument);
        }

        if (!useSe && !useLimits)
        {
            throw new ArgumentException(IndicatorMessages.SiiNeedsSpread(), argument);
        }

        var seFromLimits = !useSe || options.Transform;
        foreach (var q in quantiles)
        {
            Require(q.Population is > 0 && double.IsFinite(q.Population), q, "population", q.Population, "a finite number > 0");
            if (useCount)
            {
                Require(q.Count > 0 && double.IsFinite(q.Count!.Value), q, "count", q.Count!.Value, "a finite number > 0");
            }

            RequireOnScale(type, q, "value", q.Value ?? q.Count!.Value / q.Population);
            if (seFromLimits)
            {
                RequireOnScale(type, q, "lower limit", q.LowerLimit!.Value);
                RequireOnScale(type, q, "upper limit", q.UpperLimit!.Value);
            }
            else
            {
                Require(q.StandardError >= 0 && double.IsFinite(q.StandardError!.Value), q, "standard error", q.StandardError!.Value, "a finite number ≥ 0");
            }
        }

        return (options.Confidence.Fractions, seFromLimits);
    }

    private static void RequireOnScale(PheSiiValueType type, PheSiiQuantile q, string what, double v)
    {
        switch (type)
        {
            case PheSiiValueType.Rate:
                Require(v > 0 && double.IsFinite(v), q, what, v, "a finite rate > 0 (it is drawn on the log scale)");
                break;
            case PheSiiValueType.Proportion:
                Require(v is > 0 and < 1, q, what, v, "a proportion strictly between 0 and 1 (it is drawn on the logit scale)");
                break;
            default:
                Require(double.IsFinite(v), q, what, v, "a finite number");
                break;
        }
    }

    private static void Require(bool ok, PheSiiQuantile q, string what, double value, string expected)
    {
        if (!ok)
        {
            throw new ArgumentException(IndicatorMessages.SiiInvalidValue(q.Quantile, what, value, expected), "quantiles");
        }
    }
}
