namespace AnalysisKit.Disclosure;

/// <summary>One cell suppressed by the engine, in order, with its reason (becomes an audit entry).</summary>
/// <param name="Cell">The cell number (<c>row × columnCount + column</c>).</param>
/// <param name="Reason">Why.</param>
/// <param name="Because">The rule or relation, in words.</param>
/// <param name="Releases">The earlier releases (indices into the linked ledger) that made it necessary, or null.</param>
internal sealed record SuppressionStep(int Cell, SuppressionReason Reason, string Because, IReadOnlyList<int>? Releases = null);
