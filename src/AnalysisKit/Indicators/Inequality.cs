namespace AnalysisKit.Indicators;

/// <summary>
/// Inequality by deprivation: the slope and relative indices of inequality by regression on ridits (relative rank).
/// Groups are ordered from most to least deprived; each group's relative rank is the midpoint of its share of the
/// cumulative population (0 to 1); the values are regressed on rank by least squares weighted by population. SII =
/// −slope (most minus least deprived), RII = SII / overall value, limits from the regression's t-interval with
/// k − 2 degrees of freedom. This is ScotPHO's method (scotpho-indicator-production, <c>inequality_measures</c>;
/// Mackenbach &amp; Kunst 1997, Soc Sci Med 44:757–71; ScotPHO "Measuring inequalities" technical note).
/// </summary>
public static class Inequality
{
    /// <summary>
    /// A measure by SIMD quintile with SII and RII: each quintile and the whole area (summed counts) are computed with
    /// <paramref name="measure"/>, and the quintile values regressed on relative rank weighted by the denominators.
    /// </summary>
    /// <param name="quintiles">One row for each SIMD quintile 1–5.</param>
    /// <param name="measure">The indicator from numerator and denominator, e.g. <c>(n, d) =&gt; CrudeRate.Calculate(n, d)</c>.</param>
    /// <param name="confidence">Level of the SII/RII limits, fraction in (0, 1) or percentage; default 0.95.</param>
    /// <exception cref="ArgumentException">A quintile missing, repeated or outside 1–5, or a count invalid.</exception>
    public static SimdBreakdown SimdQuintiles(IEnumerable<QuintileCount> quintiles,
        Func<double, double, IndicatorResult> measure, double confidence = 0.95)
    {
        ArgumentNullException.ThrowIfNull(quintiles);
        ArgumentNullException.ThrowIfNull(measure);
        var byQuintile = new SortedDictionary<int, QuintileCount>();
        foreach (var row in quintiles)
        {
            if (row.Quintile is < 1 or > 5)
            {
                throw new ArgumentException(IndicatorMessages.QuintileOutOfRange(row.Quintile), nameof(quintiles));
            }

            if (!byQuintile.TryAdd(row.Quintile, row))
            {
                throw new ArgumentException(IndicatorMessages.QuintileRepeated(row.Quintile), nameof(quintiles));
            }

            IndicatorArguments.RequireCount(row.Numerator, "numerator");
            IndicatorArguments.RequirePositive(row.Denominator, "denominator");
        }

        for (var quintile = 1; quintile <= 5; quintile++)
        {
            if (!byQuintile.ContainsKey(quintile))
            {
                throw new ArgumentException(IndicatorMessages.QuintileMissing(quintile), nameof(quintiles));
            }
        }

        var rows = byQuintile.Values.ToArray();
        var results = rows.Select(r => measure(r.Numerator, r.Denominator)).ToArray();
        var overall = measure(rows.Sum(r => r.Numerator), rows.Sum(r => r.Denominator));
        var warnings = rows.Zip(results).Where(p => double.IsNaN(p.Second.Value))
            .Select(p => IndicatorMessages.QuintileNotCalculated(p.First.Quintile)).ToArray();
        var indices = Indices(rows.Select(r => r.Denominator).ToArray(), results.Select(r => r.Value).ToArray(),
            overall.Value, confidence);
        return new SimdBreakdown(results, overall, indices, warnings);
    }

    /// <summary>
    /// SII and RII for any ordered groups (quintiles, deciles): regression of the values on relative rank weighted by
    /// population. NaN results when any value is NaN.
    /// </summary>
    /// <param name="populations">Group populations (the weights), most deprived first; each &gt; 0; at least 3 groups.</param>
    /// <param name="values">The measure in each group, same order.</param>
    /// <param name="overallValue">The area's overall value, the RII's denominator (for crude rates and proportions,
    /// the value from summed counts, which equals the population-weighted mean).</param>
    /// <param name="confidence">Level of the limits, fraction in (0, 1) or percentage in (1, 100); default 0.95.</param>
    public static InequalityIndices Indices(IReadOnlyList<double> populations, IReadOnlyList<double> values,
        double overallValue, double confidence = 0.95)
    {
        ArgumentNullException.ThrowIfNull(populations);
        ArgumentNullException.ThrowIfNull(values);
        if (populations.Count != values.Count || populations.Count < 3)
        {
            throw new ArgumentException(IndicatorMessages.GroupsForInequality(populations.Count, values.Count),
                nameof(values));
        }

        foreach (var population in populations)
        {
            IndicatorArguments.RequirePositive(population, nameof(populations));
        }

        var level = ConfidenceLevels.ToFraction(confidence);
        var total = populations.Sum();
        var shares = populations.Select(p => p / total).ToArray();
        var ranks = new double[shares.Length];
        double cumulative = 0;
        for (var i = 0; i < shares.Length; i++)
        {
            ranks[i] = cumulative + shares[i] / 2;
            cumulative += shares[i];
        }

        var meanRank = shares.Zip(ranks, (w, x) => w * x).Sum();
        var meanValue = shares.Zip(values, (w, y) => w * y).Sum();
        double sxx = 0, sxy = 0;
        for (var i = 0; i < shares.Length; i++)
        {
            sxx += shares[i] * (ranks[i] - meanRank) * (ranks[i] - meanRank);
            sxy += shares[i] * (ranks[i] - meanRank) * (values[i] - meanValue);
        }

        var slope = sxy / sxx;
        var intercept = meanValue - slope * meanRank;
        double residualSquares = 0;
        for (var i = 0; i < shares.Length; i++)
        {
            var residual = values[i] - intercept - slope * ranks[i];
            residualSquares += shares[i] * residual * residual;
        }

        var degreesOfFreedom = shares.Length - 2;
        var standardError = Math.Sqrt(residualSquares / degreesOfFreedom / sxx);
        var t = Math.Abs(Mean.TQuantile(degreesOfFreedom, (1 - level) / 2));
        var sii = -slope;
        var lower = sii - t * standardError;
        var upper = sii + t * standardError;
        return new InequalityIndices(sii, lower, upper, sii / overallValue, lower / overallValue, upper / overallValue,
            overallValue, level);
    }
}
