using System.Globalization;
using Microsoft.Data.Analysis;

namespace AnalysisKit.Disclosure;

/// <summary>
/// A table after disclosure control: the state and published value of every count cell and measure, the audit of
/// every suppressed cell, the review sheet of small counts, caveats, and the footnote to print with it.
/// </summary>
public sealed class SuppressionResult
{
    private readonly CellState[] states;
    private readonly long?[] published;
    private readonly bool[] measureHidden;

    internal SuppressionResult(
        DisclosureTable table, SuppressionPolicy policy, CellState[] states, long?[] published, bool[] measureHidden,
        IReadOnlyList<SuppressionAuditEntry> audit, IReadOnlyList<ReviewEntry> review, IReadOnlyList<string> warnings)
    {
        Table = table;
        Policy = policy;
        this.states = states;
        this.published = published;
        this.measureHidden = measureHidden;
        Audit = audit;
        Review = review;
        Warnings = warnings;
    }

    /// <summary>The input table.</summary>
    public DisclosureTable Table { get; }

    /// <summary>The policy applied.</summary>
    public SuppressionPolicy Policy { get; }

    /// <summary>Every suppressed cell (counts and measures): where, the value hidden, why; in the order suppressed.</summary>
    public IReadOnlyList<SuppressionAuditEntry> Audit { get; }

    /// <summary>Every non-missing count below <see cref="SuppressionPolicy.ReviewBelow"/>, with how it is published.</summary>
    public IReadOnlyList<ReviewEntry> Review { get; }

    /// <summary>Caveats about the result (e.g. a secondary method that does not protect published totals).</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>How a count that rounds to zero but is not zero is published (the open-data qualifier <c>~</c>).</summary>
    public const string RoundsToZeroMarker = "~";

    /// <summary>The footnote to print under the table.</summary>
    public string Footnote => Policy.Footnote;

    /// <summary>The state of a count cell.</summary>
    /// <param name="row">Row index. Range: 0 to rows − 1.</param>
    /// <param name="column">Count column index. Range: 0 to count columns − 1.</param>
    public CellState State(int row, int column) => states[Cell(row, column)];

    /// <summary>The state of a count cell, by column name.</summary>
    /// <param name="row">Row index.</param>
    /// <param name="column">A count column's name.</param>
    public CellState State(int row, string column) => State(row, ColumnIndex(column));

    /// <summary>The published count (rounded if the policy rounds), or null when suppressed or missing.</summary>
    /// <param name="row">Row index.</param>
    /// <param name="column">Count column index.</param>
    public long? PublishedCount(int row, int column) => published[Cell(row, column)];

    /// <summary>
    /// The published text of a count cell: the count, <c>0</c> for a true zero, blank for missing, for a suppressed cell
    /// the marker (blank when the policy writes qualifier columns, where the marker goes in the QF column), and for a
    /// count that rounds to zero <c>~</c> (with qualifier columns: <c>0</c>, and <c>~</c> in the QF column) — never a bare
    /// 0, which the footnote calls a true zero.
    /// </summary>
    /// <param name="row">Row index.</param>
    /// <param name="column">Count column index.</param>
    public string Text(int row, int column) => states[Cell(row, column)] switch
    {
        CellState.Suppressed => Policy.QualifierColumns ? string.Empty : Policy.Marker,
        CellState.Missing => string.Empty,
        CellState.RoundsToZero => Policy.QualifierColumns ? "0" : RoundsToZeroMarker, // not a true zero: "~", or 0 with "~" in the QF column
        _ => published[Cell(row, column)]!.Value.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>The open-data qualifier for a count cell: <c>c</c> suppressed, <c>~</c> rounds to zero, otherwise blank.</summary>
    /// <param name="row">Row index.</param>
    /// <param name="column">Count column index.</param>
    public string Qualifier(int row, int column) => states[Cell(row, column)] switch
    {
        CellState.Suppressed => "c",
        CellState.RoundsToZero => "~",
        _ => string.Empty,
    };

    /// <summary>True when a measure is blanked because its count is suppressed.</summary>
    /// <param name="row">Row index.</param>
    /// <param name="follower">Follower column index. Range: 0 to followers − 1.</param>
    public bool MeasureSuppressed(int row, int follower) => measureHidden[(row * Table.Followers.Count) + follower];

    /// <summary>The published text of a measure: as given, or the marker (blank with qualifier columns) when blanked.</summary>
    /// <param name="row">Row index.</param>
    /// <param name="follower">Follower column index.</param>
    public string MeasureText(int row, int follower) => MeasureSuppressed(row, follower)
        ? (Policy.QualifierColumns ? string.Empty : Policy.Marker)
        : Table.Rows[row].Measures[follower];

    /// <summary>
    /// The table as published, for display (e.g. in a notebook): the key columns, each count column as its published
    /// text (marker, true zero, blank for missing) with a <c>…QF</c> column after it when the policy writes qualifier
    /// columns, then each measure column likewise. Every column holds text, so suppressed, zero and missing stay apart.
    /// </summary>
    public DataFrame ToDataFrame()
    {
        var rows = Enumerable.Range(0, Table.Rows.Count).ToList();
        var columns = new List<DataFrameColumn>();
        for (var k = 0; k < Table.HierarchyColumns.Count; k++)
        {
            columns.Add(new StringDataFrameColumn(Table.HierarchyColumns[k], rows.Select(r => Table.Rows[r].Keys[k])));
        }

        for (var c = 0; c < Table.CountColumns.Count; c++)
        {
            columns.Add(new StringDataFrameColumn(Table.CountColumns[c], rows.Select(r => Text(r, c))));
            if (Policy.QualifierColumns)
            {
                columns.Add(new StringDataFrameColumn(Table.CountColumns[c] + "QF", rows.Select(r => Qualifier(r, c))));
            }
        }

        for (var f = 0; f < Table.Followers.Count; f++)
        {
            columns.Add(new StringDataFrameColumn(Table.Followers[f].Name, rows.Select(r => MeasureText(r, f))));
            if (Policy.QualifierColumns)
            {
                columns.Add(new StringDataFrameColumn(Table.Followers[f].Name + "QF", rows.Select(r => MeasureSuppressed(r, f) ? "c" : string.Empty)));
            }
        }

        return new DataFrame(columns);
    }

    private int Cell(int row, int column)
    {
        if ((uint)row >= (uint)Table.Rows.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(row), row, DisclosureMessages.RowOutOfRange(Table.Name, row, Table.Rows.Count));
        }

        if ((uint)column >= (uint)Table.CountColumns.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(column), column, DisclosureMessages.ColumnOutOfRange(Table.Name, column, Table.CountColumns.Count));
        }

        return (row * Table.CountColumns.Count) + column;
    }

    private int ColumnIndex(string column)
    {
        for (var c = 0; c < Table.CountColumns.Count; c++)
        {
            if (string.Equals(Table.CountColumns[c], column, StringComparison.Ordinal))
            {
                return c;
            }
        }

        throw new ArgumentException(DisclosureMessages.UnknownColumn(Table.Name, column), nameof(column));
    }
}
