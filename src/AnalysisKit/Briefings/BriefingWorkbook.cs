using System.Globalization;
using AnalysisKit.Workbooks;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace AnalysisKit.Briefings;

/// <summary>
/// The briefing's published tables as an Excel workbook, written with DocumentFormat.OpenXml: one sheet per table
/// (title in row 1, a bold shaded header row 2 frozen above the data, numbers stored as numbers with the table's
/// number format — thousands separators and fixed decimals — each interval as two numeric columns, suppressed counts
/// as the marker text, columns widened to their contents) and a <c>notes</c> sheet (what, when, who to contact,
/// synthetic-data warning, disclosure statement, anonymisation and methods). Deterministic: the zip entries are
/// rewritten in a fixed order with a fixed date (<see cref="DeterministicPackage"/>), so the same briefing gives the
/// same bytes.
/// </summary>
public static class BriefingWorkbook
{
    /// <summary>The name of the notes sheet, after the tables' sheets.</summary>
    public const string NotesSheet = "notes";

    /// <summary>Rows above the data on each table sheet (title, header), frozen so the header stays in view.</summary>
    public const int HeaderRows = 2;

    /// <summary>The Excel number format of a number with <paramref name="decimals"/> places: <c>#,##0</c>, <c>#,##0.0</c>, ….</summary>
    /// <param name="decimals">0 to 6.</param>
    public static string NumberFormat(int decimals) => "#,##0" + (decimals > 0 ? "." + new string('0', decimals) : "");

    /// <summary>
    /// The cells of every sheet as text, row by row: each table's title, its column headings (an interval column as
    /// "… (lower)" and "… (upper)"), its rows (intervals split) and the disclosure statement; then the notes sheet.
    /// </summary>
    /// <param name="briefing">The briefing.</param>
    public static IReadOnlyList<(string Sheet, IReadOnlyList<IReadOnlyList<string>> Rows)> Sheets(ClusterBriefing briefing)
    {
        ArgumentNullException.ThrowIfNull(briefing);
        var sheets = briefing.Tables.Select(table =>
        {
            var rows = new List<IReadOnlyList<string>> { new[] { table.Title }, Columns(table).Select(c => c.Heading).ToList() };
            rows.AddRange(table.Rows.Select(row => Cells(table, row)));
            rows.Add(new[] { briefing.DisclosureStatement.Replace("\n", " ", StringComparison.Ordinal) });
            return (table.Name, (IReadOnlyList<IReadOnlyList<string>>)rows);
        }).ToList();
        sheets.Add((NotesSheet, Notes(briefing)));
        return sheets;
    }

    /// <summary>Writes the workbook; every cell is scanned for CHI-like numbers first, and nothing is written when one is found.</summary>
    /// <param name="briefing">The briefing.</param>
    /// <param name="path">The .xlsx path.</param>
    public static void Write(ClusterBriefing briefing, string path)
    {
        ArgumentNullException.ThrowIfNull(briefing);
        var cells = Sheets(briefing);
        BriefingChiScan.Workbook(cells, Path.GetFileName(path));
        var raw = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(raw, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddNewPart<WorkbookPart>("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "rId1");
            workbookPart.Workbook = new Workbook();
            var styles = workbookPart.AddNewPart<WorkbookStylesPart>("rIdStyles");
            styles.Stylesheet = Styles();
            var sheets = workbookPart.Workbook.AppendChild(new Sheets());
            uint id = 1;
            foreach (var (name, rows) in cells)
            {
                var table = briefing.Tables.FirstOrDefault(t => t.Name == name);
                var sheetPart = workbookPart.AddNewPart<WorksheetPart>("rId" + (id + 1).ToString(CultureInfo.InvariantCulture));
                sheetPart.Worksheet = table is null ? NotesWorksheet(rows) : TableWorksheet(table, rows);
                sheets.AppendChild(new Sheet { Id = workbookPart.GetIdOfPart(sheetPart), SheetId = id, Name = name });
                id++;
            }
        }

        raw.Position = 0;
        using var file = File.Create(path);
        DeterministicPackage.Repack(raw, file);
    }

    /// <summary>A workbook column: its heading, the table column it comes from, its decimals (null for text) and which end of an interval it holds.</summary>
    private sealed record Column(string Heading, int Source, int? Decimals, int Part);

    private static List<Column> Columns(BriefingTable table)
    {
        var columns = new List<Column>();
        for (var c = 0; c < table.Columns.Count; c++)
        {
            var decimals = table.DecimalsOf(c) ?? (table.CountColumns.Contains(c) ? 0 : null);
            if (table.IntervalColumns.Contains(c))
            {
                columns.Add(new Column(table.Columns[c] + " (lower)", c, decimals, 1));
                columns.Add(new Column(table.Columns[c] + " (upper)", c, decimals, 2));
            }
            else
            {
                columns.Add(new Column(table.Columns[c], c, decimals, 0));
            }
        }

        return columns;
    }

    private static List<string> Cells(BriefingTable table, IReadOnlyList<string> row) =>
        Columns(table).Select(column =>
        {
            var text = row[column.Source];
            if (column.Part == 0)
            {
                return text;
            }

            var ends = text.Split(" to ", StringSplitOptions.None);
            return ends.Length == 2 ? ends[column.Part - 1] : text;
        }).ToList();

    private static List<IReadOnlyList<string>> Notes(ClusterBriefing briefing)
    {
        var area = briefing.Area;
        var notes = new List<IReadOnlyList<string>>
        {
            new[] { briefing.Definition.Title + ": " + (area.Name == area.Code ? area.Name : $"{area.Name} ({area.Code})") },
            new[] { "Item", "Note" },
        };
        if (briefing.Definition.Synthetic)
        {
            notes.Add(new[] { "Synthetic data", BriefingHtml.SyntheticNote });
        }

        notes.Add(new[] { "Headline", briefing.Headline });
        notes.Add(new[] { "Period", briefing.Period.Label });
        notes.Add(new[] { "Produced", briefing.Options.ProducedInForce?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) ?? "not stated" });
        notes.Add(new[] { "Contact", briefing.Definition.Contact ?? "not stated" });
        foreach (var table in briefing.Tables)
        {
            notes.Add(new[] { "Sheet " + table.Name, table.Title });
        }

        notes.Add(new[] { "Numbers", "Numbers are stored as numbers, shown with thousands separators and the decimals of the page; a suppressed count and what would give it back are the marker (text); intervals are two columns, lower and upper." });
        foreach (var line in briefing.DisclosureStatement.Split('\n'))
        {
            notes.Add(new[] { "Disclosure control", line });
        }

        foreach (var paragraph in briefing.Methods)
        {
            notes.Add(new[] { "Methods", paragraph });
        }

        return notes;
    }

    private static Worksheet TableWorksheet(BriefingTable table, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var columns = Columns(table);
        var data = new SheetData();
        for (var r = 0; r < rows.Count; r++)
        {
            var row = new Row { RowIndex = (uint)(r + 1) };
            for (var c = 0; c < rows[r].Count; c++)
            {
                var text = rows[r][c];
                var style = r == 0 ? TitleStyle : r == 1 ? HeaderStyle : 0u;
                if (r >= HeaderRows && rows[r].Count == columns.Count && columns[c].Decimals is { } decimals && TryNumber(text, out var number))
                {
                    row.AppendChild(new Cell { CellReference = Reference(c, r), CellValue = new CellValue(number), DataType = CellValues.Number, StyleIndex = NumberStyle(decimals) });
                    continue;
                }

                row.AppendChild(TextCell(text, Reference(c, r), style));
            }

            data.AppendChild(row);
        }

        var widths = columns.Select((column, c) =>
        {
            var longest = rows.Skip(HeaderRows).Where(r => r.Count == columns.Count).Select(r => r[c].Length).DefaultIfEmpty(0).Max();
            return Math.Clamp(Math.Max(longest, Math.Min(column.Heading.Length, 22)) + 3, 8, 60);
        }).ToList();
        return new Worksheet(SheetViews(), Widths(widths), data);
    }

    private static Worksheet NotesWorksheet(IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var data = new SheetData();
        for (var r = 0; r < rows.Count; r++)
        {
            var row = new Row { RowIndex = (uint)(r + 1) };
            for (var c = 0; c < rows[r].Count; c++)
            {
                row.AppendChild(TextCell(rows[r][c], Reference(c, r), r == 0 ? TitleStyle : r == 1 ? HeaderStyle : c == 1 ? WrapStyle : 0u));
            }

            data.AppendChild(row);
        }

        return new Worksheet(SheetViews(), Widths([22, 110]), data);
    }

    /// <summary>Frozen panes below the header row.</summary>
    private static SheetViews SheetViews() =>
        new(new SheetView(new Pane
        {
            VerticalSplit = HeaderRows,
            TopLeftCell = "A" + (HeaderRows + 1).ToString(CultureInfo.InvariantCulture),
            ActivePane = PaneValues.BottomLeft,
            State = PaneStateValues.Frozen,
        })
        { WorkbookViewId = 0 });

    private static Columns Widths(IReadOnlyList<int> widths)
    {
        var columns = new Columns();
        for (var c = 0; c < widths.Count; c++)
        {
            columns.AppendChild(new DocumentFormat.OpenXml.Spreadsheet.Column { Min = (uint)(c + 1), Max = (uint)(c + 1), Width = widths[c], CustomWidth = true });
        }

        return columns;
    }

    /// <summary>A displayed number ("1,164.9", "17,030", "-3.2") as a double; false for a marker, blank or text.</summary>
    internal static bool TryNumber(string text, out double number) =>
        double.TryParse(text.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number)
        && text.Length > 0 && (char.IsAsciiDigit(text[0]) || text[0] == '-');

    private static Cell TextCell(string text, string reference, uint style) =>
        new()
        {
            CellReference = reference,
            DataType = CellValues.InlineString,
            InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }),
            StyleIndex = style == 0 ? null : style,
        };

    private static string Reference(int column, int row)
    {
        var letters = "";
        for (var c = column + 1; c > 0; c = (c - 1) / 26)
        {
            letters = (char)('A' + ((c - 1) % 26)) + letters;
        }

        return letters + (row + 1).ToString(CultureInfo.InvariantCulture);
    }

    private const uint TitleStyle = 1;
    private const uint HeaderStyle = 2;
    private const uint WrapStyle = 3;
    private const uint FirstNumberStyle = 4;
    private const int MaxDecimals = 6;

    private static uint NumberStyle(int decimals) => FirstNumberStyle + (uint)Math.Clamp(decimals, 0, MaxDecimals);

    /// <summary>Fonts (normal, bold, bold 13 pt), a shaded fill for headers, thin borders, and one number format per decimals 0–6.</summary>
    private static Stylesheet Styles()
    {
        var formats = new NumberingFormats();
        for (var d = 0; d <= MaxDecimals; d++)
        {
            formats.AppendChild(new NumberingFormat { NumberFormatId = (uint)(164 + d), FormatCode = NumberFormat(d) });
        }

        var fonts = new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Arial" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Arial" }),
            new Font(new Bold(), new FontSize { Val = 13 }, new Color { Rgb = "FF3F3685" }, new FontName { Val = "Arial" }));
        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFECEBF3" }) { PatternType = PatternValues.Solid }));
        var borders = new Borders(
            new Border(),
            new Border(new LeftBorder { Style = BorderStyleValues.Thin }, new RightBorder { Style = BorderStyleValues.Thin },
                new TopBorder { Style = BorderStyleValues.Thin }, new BottomBorder { Style = BorderStyleValues.Thin }, new DiagonalBorder()));
        var cellFormats = new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 2, ApplyFont = true },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { FontId = 1, FillId = 2, BorderId = 1, ApplyFont = true, ApplyFill = true, ApplyBorder = true, ApplyAlignment = true },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { ApplyAlignment = true });
        for (var d = 0; d <= MaxDecimals; d++)
        {
            cellFormats.AppendChild(new CellFormat { NumberFormatId = (uint)(164 + d), ApplyNumberFormat = true });
        }

        return new Stylesheet(formats, fonts, fills, borders, new CellStyleFormats(new CellFormat()), cellFormats);
    }
}
