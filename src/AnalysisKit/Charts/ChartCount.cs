namespace AnalysisKit.Charts;

/// <summary>
/// A count a chart may show (e.g. a numerator in hover text or a bar of a population pyramid): either a value
/// that must still pass the chart's <see cref="IChartDisclosureCheck"/>, or a count already suppressed by
/// disclosure control, which the chart shows as the check's suppression marker and never draws.
/// </summary>
public readonly record struct ChartCount
{
    private ChartCount(long? value, bool isSuppressed)
    {
        Value = value;
        IsSuppressed = isSuppressed;
    }

    /// <summary>The count, or null when it was suppressed.</summary>
    public long? Value { get; }

    /// <summary>True when disclosure control suppressed the count: the chart shows the marker instead.</summary>
    public bool IsSuppressed { get; }

    /// <summary>A count to show, subject to the chart's disclosure check.</summary>
    /// <param name="value">The count; 0 or more.</param>
    /// <returns>The count.</returns>
    public static ChartCount Of(long value)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, ChartMessages.NegativeCount(value));
        }

        return new ChartCount(value, false);
    }

    /// <summary>A count that disclosure control has suppressed; the chart shows only the suppression marker.</summary>
    public static ChartCount Suppressed { get; } = new(null, true);
}
