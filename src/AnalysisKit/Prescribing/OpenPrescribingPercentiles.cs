namespace AnalysisKit.Prescribing;

/// <summary>
/// OpenPrescribing's percentiles, reproduced from its measure code (ebmdatalab/openprescribing,
/// <c>frontend/management/commands/measure_sql/practice_percent_rank.sql</c> and <c>global_deciles_practices.sql</c>,
/// checked against the pandas re-derivation in its <c>test_import_measures.py</c> and <c>notebooks/measure-calculations.ipynb</c>).
/// <list type="bullet">
/// <item>A unit's percentile in a month is BigQuery's <c>PERCENT_RANK() OVER (PARTITION BY month ORDER BY calc_value)</c> × 100:
/// 100 × (r − 1) / (n − 1), where n is the number of units with a value that month and r is 1 + the number of units with a
/// strictly smaller value (tied units share the lowest rank: pandas <c>rank(method="min")</c>). A single unit is at 0.
/// Units without a value (a zero denominator) have no percentile and do not count in n.</item>
/// <item>The deciles across units are BigQuery's <c>PERCENTILE_CONT(calc_value, p)</c>: linear interpolation between
/// order statistics, position p × (n − 1) counted from 0 — R's <c>quantile(type = 7)</c>, numpy's and pandas' default.</item>
/// </list>
/// Percentiles run from the lowest value (0) to the highest (100) whatever the measure's polarity.
/// </summary>
public static class OpenPrescribingPercentiles
{
    /// <summary>The deciles OpenPrescribing publishes: the 10th, 20th, …, 90th percentiles.</summary>
    public static IReadOnlyList<double> DecileLevels { get; } = [10, 20, 30, 40, 50, 60, 70, 80, 90];

    /// <summary>
    /// Each value's percentile rank, 0 to 100 (BigQuery <c>PERCENT_RANK</c> × 100); null for a null or NaN value.
    /// </summary>
    /// <param name="values">One value per unit, in any order; null (or NaN) for a unit without a value.</param>
    /// <returns>The percentiles in the same order.</returns>
    public static IReadOnlyList<double?> PercentRanks(IReadOnlyList<double?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var present = values.Where(Has).Select(v => v!.Value).Order().ToArray();
        var result = new double?[values.Count];
        for (var i = 0; i < values.Count; i++)
        {
            if (!Has(values[i]))
            {
                continue;
            }

            // Units strictly below: the index of the first occurrence of the value in sorted order.
            var below = LowerBound(present, values[i]!.Value);
            result[i] = present.Length == 1 ? 0 : 100.0 * below / (present.Length - 1);
        }

        return result;
    }

    /// <summary>
    /// The value at percentile <paramref name="percentile"/> (0 to 100) of <paramref name="values"/>, interpolated
    /// linearly (BigQuery <c>PERCENTILE_CONT</c>, R <c>quantile(type = 7)</c>); nulls and NaNs are ignored.
    /// </summary>
    /// <param name="values">The units' values.</param>
    /// <param name="percentile">0 to 100.</param>
    /// <returns>The interpolated value, or null when no unit has a value.</returns>
    public static double? PercentileCont(IEnumerable<double?> values, double percentile)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (!double.IsFinite(percentile) || percentile < 0 || percentile > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(percentile), percentile, PrescribingMessages.PercentileRange(percentile));
        }

        var sorted = values.Where(Has).Select(v => v!.Value).Order().ToArray();
        return sorted.Length == 0 ? null : Interpolate(sorted, percentile);
    }

    /// <summary>The 10th, 20th, …, 90th percentiles (<see cref="PercentileCont"/>), or null when no unit has a value.</summary>
    /// <param name="values">The units' values; nulls and NaNs ignored.</param>
    public static IReadOnlyList<double>? Deciles(IEnumerable<double?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var sorted = values.Where(Has).Select(v => v!.Value).Order().ToArray();
        return sorted.Length == 0 ? null : [.. DecileLevels.Select(p => Interpolate(sorted, p))];
    }

    /// <summary>
    /// Linear interpolation at position p/100 × (n − 1) of sorted values, written as R's <c>quantile.default</c> type 7
    /// writes it — (1 − h) × x[lo] + h × x[hi] — so the doubles agree with R's.
    /// </summary>
    internal static double Interpolate(double[] sorted, double percentile)
    {
        // R: index <- 1 + max(n - 1, 0) * probs; lo <- floor(index); hi <- ceiling(index); h <- index - lo (1-based).
        var index = 1 + ((sorted.Length - 1) * (percentile / 100));
        var lo = (int)Math.Floor(index);
        var hi = (int)Math.Ceiling(index);
        var h = index - lo;
        return index > lo && sorted[hi - 1] != sorted[lo - 1] ? ((1 - h) * sorted[lo - 1]) + (h * sorted[hi - 1]) : sorted[lo - 1];
    }

    private static bool Has(double? value) => value is { } v && !double.IsNaN(v);

    private static int LowerBound(double[] sorted, double value)
    {
        int low = 0, high = sorted.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (sorted[middle] < value)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
