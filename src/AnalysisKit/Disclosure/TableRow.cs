namespace AnalysisKit.Disclosure;

/// <summary>One row of a <see cref="DisclosureTable"/>.</summary>
/// <param name="Keys">The row's values in the hierarchy columns, top level first (e.g. board, HSCP, cluster, practice);
/// the table's total label in a column and every column below it marks a total row.</param>
/// <param name="Counts">The row's counts, one per count column; null is missing (no data), never zero.</param>
/// <param name="Measures">The row's measure values as text, one per follower column (published as given or blanked).</param>
public sealed record TableRow(IReadOnlyList<string> Keys, IReadOnlyList<long?> Counts, IReadOnlyList<string> Measures);
