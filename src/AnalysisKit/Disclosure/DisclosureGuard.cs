namespace AnalysisKit.Disclosure;

/// <summary>
/// Safe by default: refuses an output that holds an unsuppressed small count or a CHI-like number, with an error that
/// says where (table, row, column). Output code should take a <see cref="DisclosureControl"/> and go through it, so an
/// opt-out is always explicit.
/// </summary>
public static class DisclosureGuard
{
    /// <summary>Refuses a raw table that would publish a small count, or a CHI-like key or measure text.</summary>
    /// <param name="table">The table about to be output as it is.</param>
    /// <param name="policy">The policy that decides what is small.</param>
    public static void EnsureSafe(DisclosureTable table, SuppressionPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(policy);
        for (var cell = 0; cell < table.CellCount; cell++)
        {
            EnsureSafe(table.Count(cell), table.Where(cell), policy);
        }

        EnsureNoChi(table);
    }

    /// <summary>
    /// Checks a suppressed table before it is written: no published count is small (it would mean the result was
    /// altered after suppression) and no key or measure text looks like a CHI number.
    /// </summary>
    /// <param name="result">The suppressed table.</param>
    public static void EnsureSafe(SuppressionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var table = result.Table;
        for (var cell = 0; cell < table.CellCount; cell++)
        {
            int row = cell / table.CountColumns.Count, column = cell % table.CountColumns.Count;
            if (result.State(row, column) is CellState.Published or CellState.Zero)
            {
                EnsureSafe(table.Count(cell), table.Where(cell), result.Policy);
            }
        }

        EnsureNoChi(table);
    }

    /// <summary>Refuses one count about to be shown when it is small under the policy. Null (missing) is allowed.</summary>
    /// <param name="count">The count.</param>
    /// <param name="where">Where it is going (table/chart, row, column or point).</param>
    /// <param name="policy">The policy.</param>
    public static void EnsureSafe(long? count, string where, SuppressionPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (count is { } value && policy.IsSmall(value))
        {
            throw new UnsafeOutputException(DisclosureMessages.UnsafeCount(where, value, policy.Describe()));
        }
    }

    /// <summary>
    /// Refuses one count about to be shown, by the same rule as <see cref="EnsureSafe(long?, string, SuppressionPolicy)"/>,
    /// but the message leaves the count itself out: for refusals whose message is stored with the output (an executed
    /// notebook keeps its failing cell's error), where repeating the count would disclose it.
    /// </summary>
    /// <param name="count">The count; null (missing) is allowed.</param>
    /// <param name="where">Where it is going (notebook cell, column, row).</param>
    /// <param name="policy">The policy that decides what is small.</param>
    public static void EnsureSafeWithoutValue(long? count, string where, SuppressionPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (count is { } value && policy.IsSmall(value))
        {
            throw new UnsafeOutputException(DisclosureMessages.UnsafeCountWithoutValue(where, policy.Describe()));
        }
    }

    // The row label is left out of these places: it may be the identifier itself.
    private static void EnsureNoChi(DisclosureTable table)
    {
        for (var r = 0; r < table.Rows.Count; r++)
        {
            for (var k = 0; k < table.HierarchyColumns.Count; k++)
            {
                ChiNumberGuard.EnsureNone(table.Rows[r].Keys[k], DisclosureMessages.PlaceWithoutLabel(table.Name, r, table.HierarchyColumns[k]));
            }

            for (var f = 0; f < table.Followers.Count; f++)
            {
                ChiNumberGuard.EnsureNone(table.Rows[r].Measures[f], DisclosureMessages.PlaceWithoutLabel(table.Name, r, table.Followers[f].Name));
            }
        }
    }
}
