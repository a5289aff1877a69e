namespace AnalysisKit.Disclosure;

/// <summary>
/// An additive relation a release published (a total and the cells adding up to it, declared or found), in the
/// release's cell numbering (row × count columns + column).
/// </summary>
/// <param name="Total">The total cell.</param>
/// <param name="Members">The cells adding up to it.</param>
public sealed record LedgerRelation(int Total, IReadOnlyList<int> Members);
