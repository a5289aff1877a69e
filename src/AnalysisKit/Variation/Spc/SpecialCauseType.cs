namespace AnalysisKit.Variation.Spc;

/// <summary>
/// Which Making Data Count rule marks a point, after precedence (outside the limits &gt; trend &gt; 2 in 3 &gt; run);
/// NHSRplotthedots 0.2.2's <c>special_cause_type</c>.
/// </summary>
public enum SpecialCauseType
{
    /// <summary>"Common Cause": no rule fires.</summary>
    CommonCause,

    /// <summary>"Above UCL": strictly above the upper process limit.</summary>
    AboveUpperLimit,

    /// <summary>"Below LCL": strictly below the lower process limit.</summary>
    BelowLowerLimit,

    /// <summary>"7 Point Trend (Increasing)": part of 7 points with 6 strict rises.</summary>
    TrendIncreasing,

    /// <summary>"7 Point Trend (Decreasing)": part of 7 points with 6 strict falls.</summary>
    TrendDecreasing,

    /// <summary>"2 in 3 Above CL": a close point in 3 consecutive points above the mean, at least 2 of them close to the upper limit.</summary>
    TwoInThreeAbove,

    /// <summary>"2 in 3 Below CL": the mirror of <see cref="TwoInThreeAbove"/>.</summary>
    TwoInThreeBelow,

    /// <summary>"7 Points Above CL": part of a run of 7 points above the mean.</summary>
    RunAbove,

    /// <summary>"7 Points Below CL": part of a run of 7 points below the mean.</summary>
    RunBelow,
}
