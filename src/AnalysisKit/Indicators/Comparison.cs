namespace AnalysisKit.Indicators;

/// <summary>
/// Classifies a unit (practice, cluster, HSCP, board) against a comparator value by whether the comparator lies
/// outside the unit's confidence interval, the PHE Fingertips and ScotPHO benchmarking rule (PHE Technical Guide:
/// Comparisons with a benchmark), and reads the result through the indicator's polarity.
/// </summary>
public static class Comparison
{
    /// <summary>
    /// Higher when comparator &lt; lower limit, Lower when comparator &gt; upper limit, NotDifferent otherwise; NotComparable
    /// when the unit's value or limits or the comparator are NaN.
    /// </summary>
    /// <param name="unit">The unit's result, whose interval decides.</param>
    /// <param name="comparator">The comparator's value on the same scale (same multiplier), e.g. Scotland's rate.</param>
    /// <param name="confidence">Which of the unit's levels to use (fraction or percentage); null means its first level.</param>
    /// <exception cref="ArgumentException">The unit has no interval at that level.</exception>
    public static Significance Classify(IndicatorResult unit, double comparator, double? confidence = null)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var interval = confidence is { } level ? unit.Interval(level) : unit.Intervals[0];
        if (double.IsNaN(unit.Value) || !interval.IsComplete || double.IsNaN(comparator))
        {
            return Significance.NotComparable;
        }

        return comparator < interval.Lower ? Significance.Higher
            : comparator > interval.Upper ? Significance.Lower
            : Significance.NotDifferent;
    }

    /// <summary>Better/worse from higher/lower and the polarity; higher/lower kept when there is no polarity.</summary>
    public static Assessment Assess(Significance significance, Polarity polarity) => (significance, polarity) switch
    {
        (Significance.NotComparable, _) => Assessment.NotComparable,
        (Significance.NotDifferent, _) => Assessment.Similar,
        (Significance.Higher, Polarity.HigherIsBetter) or (Significance.Lower, Polarity.LowerIsBetter) => Assessment.Better,
        (Significance.Higher, Polarity.LowerIsBetter) or (Significance.Lower, Polarity.HigherIsBetter) => Assessment.Worse,
        (Significance.Higher, _) => Assessment.Higher,
        _ => Assessment.Lower,
    };
}
