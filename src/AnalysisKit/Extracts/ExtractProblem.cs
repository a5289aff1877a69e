namespace AnalysisKit.Extracts;

/// <summary>
/// One problem found in an extract, saying where (file, row, column), what was there and what was expected. Errors stop
/// the load unless rows are quarantined; warnings are statistical caveats carried on the result.
/// </summary>
/// <param name="Kind">What kind of problem.</param>
/// <param name="IsError">True for an error (the row cannot be used as it stands), false for a warning.</param>
/// <param name="File">The source file (and sheet, for a workbook).</param>
/// <param name="Row">The 1-based row in the source, counting the header and any rows above it; 0 when the problem is not about one row.</param>
/// <param name="Column">The column named in the source header; empty when the problem is about a whole row.</param>
/// <param name="Value">The text found (shortened to 80 characters).</param>
/// <param name="Expected">What was expected instead, in words.</param>
public sealed record ExtractProblem(
    ExtractProblemKind Kind, bool IsError, string File, long Row, string Column, string Value, string Expected)
{
    /// <summary>The problem as one sentence: <c>file, row R, column 'C': found 'V'; expected E (Kind).</c></summary>
    public string Message => ExtractMessages.Problem(this);

    /// <inheritdoc />
    public override string ToString() => Message;
}
