namespace AnalysisKit.Briefings;

/// <summary>
/// A published table of a briefing, already through disclosure control: every cell is display text (suppressed
/// counts show the policy's marker). The same table goes to the HTML and to the Excel workbook.
/// </summary>
/// <param name="Name">Stable name (lower-case, hyphens), used as the HTML id and the sheet name.</param>
/// <param name="Title">Caption.</param>
/// <param name="Columns">Column headings.</param>
/// <param name="Rows">Rows of cell text, each as long as <paramref name="Columns"/>.</param>
/// <param name="CountColumns">Indices of the columns that hold counts (scanned for small counts by tests and marked in HTML).</param>
public sealed record BriefingTable(string Name, string Title, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<int> CountColumns);
