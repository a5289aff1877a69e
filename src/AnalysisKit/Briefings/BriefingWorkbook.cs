using AnalysisKit.Workbooks;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace AnalysisKit.Briefings;

/// <summary>
/// The briefing's published tables as an Excel workbook (one sheet per table, cells as published text, suppressed
/// counts as the marker), written with DocumentFormat.OpenXml. Deterministic: the zip entries are rewritten in a fixed
/// order with a fixed date (<see cref="DeterministicPackage"/>), so the same briefing gives the same bytes.
/// </summary>
public static class BriefingWorkbook
{
    /// <summary>
    /// The cells of every sheet, row by row: the table's title, its column headings, its rows and the disclosure
    /// statement. One sheet per table, named after it.
    /// </summary>
    /// <param name="briefing">The briefing.</param>
    public static IReadOnlyList<(string Sheet, IReadOnlyList<IReadOnlyList<string>> Rows)> Sheets(ClusterBriefing briefing)
    {
        ArgumentNullException.ThrowIfNull(briefing);
        return briefing.Tables.Select(table =>
        {
            var rows = new List<IReadOnlyList<string>> { new[] { table.Title }, table.Columns };
            rows.AddRange(table.Rows);
            rows.Add(new[] { briefing.DisclosureStatement.Replace("\n", " ", StringComparison.Ordinal) });
            return (table.Name, (IReadOnlyList<IReadOnlyList<string>>)rows);
        }).ToList();
    }

    /// <summary>Writes the workbook; every cell is scanned for CHI-like numbers first, and nothing is written when one is found.</summary>
    /// <param name="briefing">The briefing.</param>
    /// <param name="path">The .xlsx path.</param>
    public static void Write(ClusterBriefing briefing, string path)
    {
        ArgumentNullException.ThrowIfNull(briefing);
        var cells = Sheets(briefing);
        BriefingChiScan.Workbook(cells, Path.GetFileName(path));
        var sheetRows = cells.ToDictionary(s => s.Sheet, s => s.Rows, StringComparer.Ordinal);
        var raw = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(raw, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddNewPart<WorkbookPart>("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "rId1");
            workbookPart.Workbook = new Workbook();
            var sheets = workbookPart.Workbook.AppendChild(new Sheets());
            uint id = 1;
            foreach (var table in briefing.Tables)
            {
                var sheetPart = workbookPart.AddNewPart<WorksheetPart>("rId" + (id + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
                var data = new SheetData();
                foreach (var row in sheetRows[table.Name])
                {
                    data.AppendChild(Row(row));
                }

                sheetPart.Worksheet = new Worksheet(data);
                sheets.AppendChild(new Sheet { Id = workbookPart.GetIdOfPart(sheetPart), SheetId = id, Name = table.Name });
                id++;
            }
        }

        raw.Position = 0;
        using var file = File.Create(path);
        DeterministicPackage.Repack(raw, file);
    }

    private static Row Row(IEnumerable<string> cells)
    {
        var row = new Row();
        foreach (var text in cells)
        {
            row.AppendChild(new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }) });
        }

        return row;
    }
}
