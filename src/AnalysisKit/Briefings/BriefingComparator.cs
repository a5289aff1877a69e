using AnalysisKit.Indicators;

namespace AnalysisKit.Briefings;

/// <summary>
/// The briefed area's value against one comparator level (its HSCP, board or Scotland): the comparator's value with its
/// interval and whether the area differs from it at 95%.
/// </summary>
/// <param name="Area">The comparator area.</param>
/// <param name="Result">Its value, summed from its practices with the indicator's method.</param>
/// <param name="Significance">The briefed area against it: higher, lower or not different (the comparator's value outside the area's 95% interval).</param>
/// <param name="Assessment">The significance read through the indicator's polarity.</param>
/// <param name="Withheld">True when disclosure control suppressed the comparator's own count: its value is then shown nowhere.</param>
public sealed record BriefingComparator(BriefingArea Area, IndicatorResult Result, Significance Significance, Assessment Assessment, bool Withheld);
