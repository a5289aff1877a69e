namespace AnalysisKit.Briefings;

/// <summary>
/// A published table of a briefing, already through disclosure control: every cell is display text (suppressed
/// counts show the policy's marker, numbers have thousands separators). The same table goes to the HTML and to the
/// Excel workbook, which writes the numeric columns as numbers (<see cref="Decimals"/>) and each interval column as
/// two numeric columns (<see cref="IntervalColumns"/>).
/// </summary>
/// <param name="Name">Stable name (lower-case, hyphens), used as the HTML id and the sheet name.</param>
/// <param name="Title">Caption.</param>
/// <param name="Columns">Column headings.</param>
/// <param name="Rows">Rows of cell text, each as long as <paramref name="Columns"/>.</param>
/// <param name="CountColumns">Indices of the columns that hold counts (scanned for small counts by tests and marked in HTML).</param>
public sealed record BriefingTable(string Name, string Title, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<int> CountColumns)
{
    /// <summary>
    /// For each column, the decimals of its numbers (0 for counts), or null for a text column; empty when every column
    /// is text. A numeric column's cells are numbers as displayed (e.g. "1,164.9"), a marker or blank.
    /// </summary>
    public IReadOnlyList<int?> Decimals { get; init; } = [];

    /// <summary>Columns whose cells are intervals "lower to upper" (numbers with <see cref="Decimals"/> places), or a marker.</summary>
    public IReadOnlyList<int> IntervalColumns { get; init; } = [];

    /// <summary>
    /// How the columns after the first belong together (e.g. 2 for each indicator's value and comparison), so a page too
    /// narrow for the whole table splits it between groups, repeating the first column; empty for one group per column.
    /// </summary>
    public IReadOnlyList<int> ColumnGroups { get; init; } = [];

    /// <summary>The decimals of column <paramref name="column"/>, or null when it is text.</summary>
    /// <param name="column">Column index.</param>
    public int? DecimalsOf(int column) => column < Decimals.Count ? Decimals[column] : null;

    /// <summary>True when the column holds numbers or intervals (right-aligned on the page).</summary>
    /// <param name="column">Column index.</param>
    public bool IsNumeric(int column) => DecimalsOf(column) is not null || CountColumns.Contains(column);
}
