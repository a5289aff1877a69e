namespace AnalysisKit.Variation.Funnels;

/// <summary>What a PHEindicatormethods funnel compares (the package's <c>statistic</c> argument).</summary>
public enum PheFunnelStatistic
{
    /// <summary>Numerator over denominator, Wilson-inverse limits against list size or population (<c>"proportion"</c>).</summary>
    Proportion,

    /// <summary>Observed over expected, exact Poisson limits against expected events (<c>"ratio"</c>).</summary>
    Ratio,

    /// <summary>A crude or directly standardised rate, exact Poisson limits against the annual population (<c>"rate"</c>).</summary>
    Rate,
}
