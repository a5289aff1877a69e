namespace AnalysisKit.Charts;

/// <summary>The highlighted unit's value in one period of a percentile chart.</summary>
/// <param name="Period">The period; must be one of the chart's decile periods.</param>
/// <param name="Value">The unit's value, finite (ignored when <paramref name="Count"/> is suppressed).</param>
/// <param name="Count">The count behind the value, or null when none is given: checked by the chart's disclosure check,
/// or <see cref="ChartCount.Suppressed"/>, and then the period is not drawn (a value with a published denominator gives the count back).</param>
public sealed record PercentileUnitPoint(DateOnly Period, double Value, ChartCount? Count = null)
{
    /// <summary>True when the point is drawn: its count is not suppressed.</summary>
    public bool IsShown => Count is not { IsSuppressed: true };
}
