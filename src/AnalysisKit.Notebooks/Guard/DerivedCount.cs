using AnalysisKit.Disclosure;

namespace AnalysisKit.Notebooks.Guard;

/// <summary>
/// A count given back by a rate and the number it is a rate of: a percentage shown to d decimals lies within half a
/// unit of its last digit, so <c>count = rate × denominator / multiplier</c> is known to an interval. When that
/// interval holds a count the policy calls small and is narrower than the policy's protection width (the width a
/// suppressed cell must keep, <see cref="SuppressionPolicy.ProtectionWidth"/>), the pair discloses the count:
/// 7.5% of 40 patients is 3 (7.45–7.55% of 40 is 2.98–3.02).
/// </summary>
internal static class DerivedCount
{
    /// <summary>True when <paramref name="rate"/> (per <paramref name="multiplier"/>) of <paramref name="denominator"/> pins a small count.</summary>
    /// <param name="rate">The rate as shown.</param>
    /// <param name="decimals">Decimals shown (the rate is known to ± half a unit of the last one).</param>
    /// <param name="multiplier">100 for a percentage, 1,000 for a rate per 1,000, 1 for a proportion.</param>
    /// <param name="denominator">The whole number it is a rate of (&gt; 0).</param>
    /// <param name="policy">What is small, and the protection width.</param>
    public static bool Discloses(decimal rate, int decimals, decimal multiplier, decimal denominator, SuppressionPolicy policy)
    {
        if (rate <= 0 || denominator <= 0 || multiplier <= 0 || decimals > 12)
        {
            return false;
        }

        var half = 0.5m / Pow10(decimals);
        var low = (rate - half) * denominator / multiplier;
        var high = (rate + half) * denominator / multiplier;
        var first = (long)Math.Ceiling(Math.Max(low, 0m));
        var last = (long)Math.Floor(high);
        if (last < first || last - first >= policy.ProtectionWidth)
        {
            return false;
        }

        for (var count = Math.Max(first, 1); count <= last; count++)
        {
            if (policy.IsSmall(count))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The multiplier a column header or the words after a number name: 100 for %, 1,000 for "per 1,000", …; null when none.</summary>
    public static IReadOnlyList<decimal> MultipliersFromHeader(string header)
    {
        var text = header.ToLowerInvariant().Replace(",", string.Empty, StringComparison.Ordinal).Replace("_", " ", StringComparison.Ordinal);
        if (text.Contains("per 100000", StringComparison.Ordinal) || text.Contains("per100k", StringComparison.Ordinal) || text.Contains("per 100k", StringComparison.Ordinal))
        {
            return [100000m];
        }

        if (text.Contains("per 10000", StringComparison.Ordinal) || text.Contains("per 10k", StringComparison.Ordinal))
        {
            return [10000m];
        }

        if (text.Contains("per 1000", StringComparison.Ordinal) || text.Contains("per1000", StringComparison.Ordinal) || text.Contains("per thousand", StringComparison.Ordinal)
            || text.Contains("per 1k", StringComparison.Ordinal))
        {
            return [1000m];
        }

        if (text.Contains('%', StringComparison.Ordinal) || text.Contains("percent", StringComparison.Ordinal) || text.Contains("pct", StringComparison.Ordinal)
            || text.Contains("per cent", StringComparison.Ordinal))
        {
            return [100m];
        }

        if (text.Contains("proportion", StringComparison.Ordinal) || text.Contains("fraction", StringComparison.Ordinal) || text.Contains("share", StringComparison.Ordinal))
        {
            return [1m, 100m];
        }

        return text.Contains("rate", StringComparison.Ordinal) ? [1000m, 100000m] : [];
    }

    private static decimal Pow10(int decimals)
    {
        var value = 1m;
        for (var i = 0; i < decimals; i++)
        {
            value *= 10m;
        }

        return value;
    }
}
