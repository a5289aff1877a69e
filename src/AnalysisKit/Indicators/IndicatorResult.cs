using System.Globalization;

namespace AnalysisKit.Indicators;

/// <summary>
/// An indicator value with its confidence limits and everything needed to explain it: the method, the confidence
/// level(s), the multiplier, the counts it came from, and any statistical caveats (small counts) as warnings. Values
/// are full precision; round only for display (<see cref="DisplayRounding"/>).
/// </summary>
public sealed record IndicatorResult
{
    /// <summary>Creates a result; the calculators in this namespace are the usual way to get one.</summary>
    public IndicatorResult(
        double value,
        IReadOnlyList<ConfidenceInterval> intervals,
        IndicatorMethod method,
        double multiplier,
        double numerator,
        double denominator,
        IReadOnlyList<string>? warnings = null)
    {
        ArgumentNullException.ThrowIfNull(intervals);
        if (intervals.Count == 0)
        {
            throw new ArgumentException(IndicatorMessages.NoConfidenceLevel(), nameof(intervals));
        }

        Value = value;
        Intervals = intervals;
        Method = method;
        Multiplier = multiplier;
        Numerator = numerator;
        Denominator = denominator;
        Warnings = warnings ?? [];
    }

    /// <summary>The indicator value (already multiplied by <see cref="Multiplier"/>); NaN when not calculated.</summary>
    public double Value { get; }

    /// <summary>The confidence limits, one per requested confidence level, in the order requested.</summary>
    public IReadOnlyList<ConfidenceInterval> Intervals { get; }

    /// <summary>The method that produced the value and limits.</summary>
    public IndicatorMethod Method { get; }

    /// <summary>The multiplier the value and limits are expressed with (1, 100, 1,000, 100,000).</summary>
    public double Multiplier { get; }

    /// <summary>
    /// The numerator: events or cases (for a standardised measure the total observed events; for a mean the sum of
    /// the values).
    /// </summary>
    public double Numerator { get; }

    /// <summary>
    /// The denominator: population, sample size, expected events (ISR) or number of values (mean).
    /// </summary>
    public double Denominator { get; }

    /// <summary>Statistical caveats, e.g. small counts; empty when there are none.</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>The confidence levels, as fractions, in the order of <see cref="Intervals"/>.</summary>
    public IReadOnlyList<double> Confidence => Intervals.Select(i => i.Confidence).ToArray();

    /// <summary>The lower limit at the first confidence level.</summary>
    public double Lower => Intervals[0].Lower;

    /// <summary>The upper limit at the first confidence level.</summary>
    public double Upper => Intervals[0].Upper;

    /// <summary>The interval at a confidence level given as a fraction (0.998) or percentage (99.8).</summary>
    /// <exception cref="ArgumentException">The result has no interval at that level.</exception>
    public ConfidenceInterval Interval(double confidence)
    {
        var fraction = ConfidenceLevels.ToFraction(confidence);
        foreach (var interval in Intervals)
        {
            if (interval.Confidence == fraction)
            {
                return interval;
            }
        }

        throw new ArgumentException(IndicatorMessages.NoIntervalAtLevel(confidence, Confidence), nameof(confidence));
    }

    /// <summary>
    /// A one-line summary in invariant culture, e.g. "65 (95%: 55.254–73.636; 99.8%: 49.549–77.835) Wilson, multiplier
    /// 100", with values to 5 significant figures for reading; use the properties for full precision.
    /// </summary>
    public override string ToString()
    {
        static string Show(double value) => value.ToString("G5", CultureInfo.InvariantCulture);
        var limits = string.Join("; ", Intervals.Select(i =>
            $"{Show(i.Confidence * 100)}%: {Show(i.Lower)}–{Show(i.Upper)}"));
        var warnings = Warnings.Count == 0 ? "" : $" [{Warnings.Count} warning(s)]";
        return $"{Show(Value)} ({limits}) {Method}, multiplier {Show(Multiplier)}{warnings}";
    }
}
