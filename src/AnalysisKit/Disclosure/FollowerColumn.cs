namespace AnalysisKit.Disclosure;

/// <summary>
/// A measure column published beside a count column (a rate, a percentage or one of their confidence limits). It is
/// blanked with its count when the count is suppressed (with a published denominator, a rate, a percentage, a limit or
/// an interval's width gives the count back), unless it is a standardised rate and the policy opts in to keeping those.
/// </summary>
/// <param name="Name">The column's name.</param>
/// <param name="CountColumn">The count column it is derived from.</param>
/// <param name="Kind">What kind of measure it is.</param>
public sealed record FollowerColumn(string Name, string CountColumn, MeasureKind Kind);
