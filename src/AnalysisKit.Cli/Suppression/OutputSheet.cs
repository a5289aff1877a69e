namespace AnalysisKit.Cli.Suppression;

/// <summary>
/// One sheet <c>akit suppress</c> writes: its name in an .xlsx workbook, the suffix of its own file when written as
/// CSV (<c>out</c> + suffix + <c>.csv</c>; empty for the table itself) and its rows (each cell text or a whole number).
/// </summary>
internal sealed record OutputSheet(string Name, string CsvSuffix, List<object[]> Rows);
