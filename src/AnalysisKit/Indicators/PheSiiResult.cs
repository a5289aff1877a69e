namespace AnalysisKit.Indicators;

/// <summary>An area's slope and relative indices of inequality as PHEindicatormethods' <c>phe_sii</c> computes them.</summary>
/// <param name="Sii">sii: the fitted value at the last quantile's end of the rank axis minus the first's, × multiplier
/// (positive when the value rises from quantile 1 to the last).</param>
/// <param name="Rii">rii: fitted value at rank 1 / fitted value at rank 0 (inverted for a negative multiplier).</param>
/// <param name="Intercept">intercept: the fitted value at rank 0 (with a transform, transformed back and × |multiplier|).</param>
/// <param name="Intervals">The simulated limits, one per confidence level in the order given.</param>
/// <param name="Options">The arguments that made the result (value type, transform, multiplier, repetitions, seed).</param>
/// <param name="Warnings">Caveats, e.g. more than 10 quantiles.</param>
public sealed record PheSiiResult(
    double Sii,
    double Rii,
    double Intercept,
    IReadOnlyList<PheSiiInterval> Intervals,
    PheSiiOptions Options,
    IReadOnlyList<string> Warnings)
{
    /// <summary>The limits at <paramref name="confidence"/> (fraction or percentage).</summary>
    /// <exception cref="ArgumentException">That level was not computed.</exception>
    public PheSiiInterval Interval(double confidence)
    {
        var fraction = ConfidenceLevels.ToFraction(confidence);
        return Intervals.FirstOrDefault(i => i.Confidence == fraction)
            ?? throw new ArgumentException(IndicatorMessages.NoIntervalAtLevel(confidence, Intervals.Select(i => i.Confidence)), nameof(confidence));
    }
}
