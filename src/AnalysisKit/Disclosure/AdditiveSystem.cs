namespace AnalysisKit.Disclosure;

/// <summary>
/// What the attacker's linear program is built from: numbered quantities (a table's cells, and when releases are
/// linked, earlier releases' cells and the months or units between them), the additive relations among them, and the
/// value of each quantity the attacker can see when it is not hidden.
/// </summary>
/// <param name="Name">For messages (the table's name).</param>
/// <param name="Count">How many quantities.</param>
/// <param name="Constraints">The relations.</param>
/// <param name="Value">The value of a quantity when it is not hidden (null reads as 0, as a blank cell does).</param>
internal sealed record AdditiveSystem(string Name, int Count, IReadOnlyList<AdditiveConstraint> Constraints, Func<int, long?> Value)
{
    private int[][]? constraintsOf;

    /// <summary>For each quantity, the indices of the relations it is in (built once, on first use).</summary>
    public int[][] ConstraintsOf => constraintsOf ??= BuildIndex();

    /// <summary>One table on its own: its cells and its relations.</summary>
    public static AdditiveSystem Of(DisclosureTable table) => new(table.Name, table.CellCount, table.Constraints, table.Count);

    private int[][] BuildIndex()
    {
        var lists = new List<int>[Count];
        for (var i = 0; i < Constraints.Count; i++)
        {
            foreach (var cell in Constraints[i].Cells)
            {
                (lists[cell] ??= []).Add(i);
            }
        }

        return lists.Select(l => l?.ToArray() ?? []).ToArray();
    }
}
