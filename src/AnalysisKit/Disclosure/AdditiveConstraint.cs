namespace AnalysisKit.Disclosure;

/// <summary>
/// One published additive relation of a table: the total cell equals the sum of the member cells. Cells are numbered
/// <c>row × columnCount + column</c>. These are exactly what an attacker can use to work back a suppressed cell.
/// </summary>
/// <param name="TotalCell">The cell holding the total.</param>
/// <param name="Members">The cells adding up to it.</param>
/// <param name="Description">Where it is, in the analyst's words (for the audit).</param>
/// <param name="Releases">The earlier releases (indices into the linked ledger) the relation comes from; null for this table's own.</param>
internal sealed record AdditiveConstraint(int TotalCell, IReadOnlyList<int> Members, string Description, IReadOnlyList<int>? Releases = null)
{
    /// <summary>The total cell followed by the members.</summary>
    public IReadOnlyList<int> Cells { get; } = [TotalCell, .. Members];
}
