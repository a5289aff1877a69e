namespace AnalysisKit.Tests.Disclosure.Attack;

/// <summary>
/// What an attacker sees: a grid of cells, each either a published count or suppressed, and the additive relations
/// the publication states (row totals, column totals, totals over the hierarchy). Built by the tests from the table's
/// shape, independently of the library's own view of the constraints.
/// </summary>
internal sealed class PublishedTable
{
    public PublishedTable(int rows, int columns)
    {
        Rows = rows;
        Columns = columns;
        Values = new long[rows, columns];
        Suppressed = new bool[rows, columns];
    }

    public int Rows { get; }

    public int Columns { get; }

    /// <summary>The published value of each unsuppressed cell (missing cells count as a published 0).</summary>
    public long[,] Values { get; }

    public bool[,] Suppressed { get; }

    /// <summary>Relations: the total cell equals the sum of the member cells.</summary>
    public List<((int Row, int Column) Total, (int Row, int Column)[] Members)> Relations { get; } = [];

    /// <summary>Adds one relation per row: the cell in <paramref name="totalColumn"/> is the sum of the row's other cells.</summary>
    public void AddRowTotals(int totalColumn)
    {
        for (var r = 0; r < Rows; r++)
        {
            Relations.Add(((r, totalColumn), Enumerable.Range(0, Columns).Where(c => c != totalColumn).Select(c => (r, c)).ToArray()));
        }
    }

    /// <summary>Adds, in every column, the relation "row <paramref name="totalRow"/> is the sum of <paramref name="memberRows"/>".</summary>
    public void AddColumnTotals(int totalRow, IReadOnlyList<int> memberRows)
    {
        for (var c = 0; c < Columns; c++)
        {
            Relations.Add(((totalRow, c), memberRows.Select(r => (r, c)).ToArray()));
        }
    }
}
