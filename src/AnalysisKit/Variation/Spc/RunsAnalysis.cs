using MathNet.Numerics.Distributions;

namespace AnalysisKit.Variation.Spc;

/// <summary>
/// Anhøj's runs analysis as qicharts2 computes it (Anhøj J, Olesen AV, "Run charts revisited", PLoS One 2014;
/// Schilling 2012 for the longest run; Chen 2010 for crossings): points on the centre line and missing points are
/// ignored; a signal is raised when the longest run exceeds round(log₂ n) + 3 or the number of crossings is below the
/// 5th percentile of Binomial(n − 1, ½).
/// </summary>
/// <param name="Observations">Included points, missing ones counted (qicharts2's n.obs).</param>
/// <param name="UsefulObservations">Included points not missing and not on the centre line (n.useful).</param>
/// <param name="LongestRun">Longest run on one side of the centre line; null when no useful points.</param>
/// <param name="LongestRunMax">round(log₂ n) + 3; null when no useful points.</param>
/// <param name="Crossings">Times consecutive useful points cross the centre line; null when none.</param>
/// <param name="CrossingsMin">qbinom(0.05, n − 1, 0.5), computed exactly; null when none.</param>
/// <param name="Signal">True when the longest run is too long or there are too few crossings.</param>
public sealed record RunsAnalysis(
    int Observations,
    int UsefulObservations,
    int? LongestRun,
    int? LongestRunMax,
    int? Crossings,
    int? CrossingsMin,
    bool Signal)
{
    /// <summary>Runs analysis of <paramref name="values"/> against <paramref name="centreLine"/> (pairs with a missing value are skipped).</summary>
    /// <param name="values">The included y values in order; null for missing.</param>
    /// <param name="centreLine">The centre line at each point.</param>
    public static RunsAnalysis Of(IReadOnlyList<double?> values, IReadOnlyList<double> centreLine)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(centreLine);
        var signs = new List<int>();
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is { } y && !double.IsNaN(centreLine[i]))
            {
                var sign = Math.Sign(y - centreLine[i]);
                if (sign != 0)
                {
                    signs.Add(sign);
                }
            }
        }

        var n = signs.Count;
        if (n == 0)
        {
            return new RunsAnalysis(values.Count, 0, null, null, null, null, false);
        }

        int runs = 1, longest = 1, current = 1;
        for (var i = 1; i < n; i++)
        {
            if (signs[i] == signs[i - 1])
            {
                current++;
            }
            else
            {
                runs++;
                current = 1;
            }

            longest = Math.Max(longest, current);
        }

        var longestMax = (int)Math.Round(Math.Log2(n), MidpointRounding.ToEven) + 3;
        var crossings = runs - 1;
        var crossingsMin = BinomialQuantile(0.05, n - 1);
        return new RunsAnalysis(values.Count, n, longest, longestMax, crossings, crossingsMin, longest > longestMax || crossings < crossingsMin);
    }

    /// <summary>
    /// R's <c>qbinom(p, size, 0.5)</c>: the smallest k with P(X ≤ k) ≥ p, with R's guard p·(1 − 64ε) against rounding
    /// in the cumulative sum.
    /// </summary>
    internal static int BinomialQuantile(double p, int size)
    {
        if (size == 0)
        {
            return 0;
        }

        var target = p * (1 - 64 * Math.Pow(2, -52));
        for (var k = 0; k < size; k++)
        {
            if (Binomial.CDF(0.5, size, k) >= target)
            {
                return k;
            }
        }

        return size;
    }
}
