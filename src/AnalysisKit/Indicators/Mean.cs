
namespace AnalysisKit.Indicators;

/// <summary>
/// Means with limits from Student's t-distribution: mean ± t(1 − α/2; n − 1)·s/√n, s the sample standard deviation
/// (n − 1 divisor), as PHEindicatormethods 2.1.0 <c>phe_mean</c> (Student 1908; PHE Technical Guide). Quantiles from
/// MathNet.Numerics: StudentT.InvCDF, refined by Newton steps on MathNet's StudentT.CDF because InvCDF alone is only
/// good to about 1e-11 relative (checked against PHEindicatormethods' test data).
/// </summary>
public static class Mean
{
    /// <summary>The mean of the values with t-based limits; a warning when there are fewer than 10 values.</summary>
    /// <param name="values">At least 2 finite values (e.g. practice list sizes, waiting times).</param>
    /// <param name="confidence">One or two levels, fractions in (0, 1) or percentages in (1, 100); default 95%.</param>
    /// <exception cref="ArgumentException">Fewer than 2 values, or a value not finite.</exception>
    public static IndicatorResult StudentT(IEnumerable<double> values, ConfidenceLevels confidence = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        var data = values.ToArray();
        for (var i = 0; i < data.Length; i++)
        {
            if (!double.IsFinite(data[i]))
            {
                throw new ArgumentException(IndicatorMessages.NonFiniteValue(i, data[i]), nameof(values));
            }
        }

        if (data.Length < 2)
        {
            throw new ArgumentException(IndicatorMessages.TooFewValues(data.Length), nameof(values));
        }

        var count = data.Length;
        var sum = data.Sum();
        var mean = sum / count;
        var squares = data.Sum(v => (v - mean) * (v - mean));
        var standardError = Math.Sqrt(squares / (count - 1)) / Math.Sqrt(count);
        var intervals = confidence.Fractions.Select(level =>
        {
            var t = Math.Abs(TQuantile(count - 1, (1 - level) / 2));
            return new ConfidenceInterval(level, mean - t * standardError, mean + t * standardError);
        }).ToArray();
        var warnings = count < IndicatorThresholds.SmallCount ? new[] { IndicatorMessages.FewValues(count) } : [];
        return new IndicatorResult(mean, intervals, IndicatorMethod.StudentT, Multiplier.One, sum, count, warnings);
    }

    /// <summary>
    /// The p-quantile of Student's t with the given degrees of freedom: MathNet's InvCDF polished by Newton's method on
    /// MathNet's CDF and PDF until the step is below 1e-15 relative (at most 4 steps).
    /// </summary>
    internal static double TQuantile(double degreesOfFreedom, double p)
    {
        var t = MathNet.Numerics.Distributions.StudentT.InvCDF(0, 1, degreesOfFreedom, p);
        for (var step = 0; step < 4 && double.IsFinite(t); step++)
        {
            var density = MathNet.Numerics.Distributions.StudentT.PDF(0, 1, degreesOfFreedom, t);
            var correction = (MathNet.Numerics.Distributions.StudentT.CDF(0, 1, degreesOfFreedom, t) - p) / density;
            t -= correction;
            if (Math.Abs(correction) <= 1e-15 * Math.Abs(t))
            {
                break;
            }
        }

        return t;
    }
}
