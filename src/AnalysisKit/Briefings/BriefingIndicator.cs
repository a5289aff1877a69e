using AnalysisKit.Definitions;
using AnalysisKit.Indicators;

namespace AnalysisKit.Briefings;

/// <summary>One indicator of the summary: the briefed area's value with its 95% interval against each comparator level.</summary>
/// <param name="Definition">The indicator as the definition file gives it.</param>
/// <param name="Area">The area's value (its Numerator is the count, its Denominator the population or patient-years).</param>
/// <param name="Comparators">The comparator levels above the area, in the definition's order (e.g. HSCP, board, Scotland).</param>
public sealed record BriefingIndicator(IndicatorDefinition Definition, IndicatorResult Area, IReadOnlyList<BriefingComparator> Comparators)
{
    /// <summary>The indicator's name in the definition file (e.g. antibacterials).</summary>
    public string Name => Definition.Name;

    /// <summary>Its display name.</summary>
    public string Label => Definition.Label;

    /// <summary>Scotland's value, or NaN when Scotland is not a comparator.</summary>
    public double ScotlandRate => Comparators.FirstOrDefault(c => c.Area.Level == AreaLevel.Scotland)?.Result.Value ?? double.NaN;

    /// <summary>The area against Scotland, or NotComparable when Scotland is not a comparator.</summary>
    public Significance Significance => Comparators.FirstOrDefault(c => c.Area.Level == AreaLevel.Scotland)?.Significance ?? Significance.NotComparable;

    /// <summary>True when disclosure control suppressed the area's count: its value, interval and comparisons are then
    /// withheld from every table, sentence and chart, since with the published denominator they give the count back.</summary>
    public bool CountSuppressed { get; init; }
}
