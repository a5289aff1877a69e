namespace AnalysisKit.Disclosure;

/// <summary>One row of a release in the ledger: its keys and its cells as published.</summary>
/// <param name="Keys">The row's keys at the levels above its total: all of them for an ordinary row (a unit, e.g.
/// board, HSCP, cluster, practice), fewer for a total row (e.g. just the board for a board total, none for the grand
/// total). Compared across releases after <see cref="TotalLabels.Normalise"/>.</param>
/// <param name="Cells">One per count column of the release.</param>
public sealed record LedgerRow(IReadOnlyList<string> Keys, IReadOnlyList<LedgerCell> Cells);
