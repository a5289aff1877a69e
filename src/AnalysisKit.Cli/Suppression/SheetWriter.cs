using System.Globalization;
using System.Text;
using AnalysisKit.Workbooks;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace AnalysisKit.Cli.Suppression;

/// <summary>
/// Writes sheets deterministically (same sheets, same bytes): CSV as one file per sheet named from the --out path and
/// the sheet's suffix (<c>out.csv</c>, <c>out.notes.csv</c>, <c>out.AUDIT-NOT-FOR-RELEASE.csv</c>, …; UTF-8 without
/// BOM, LF, RFC 4180 quoting, text that a spreadsheet would run as a formula prefixed with ' — <see cref="FormulaText"/>),
/// or one xlsx with a sheet each (text cells are inline strings in the Text number format, so Excel keeps them as text;
/// no document properties, no defined names, no comments; every zip entry stamped 1980-01-01). Every file is written to
/// a temporary file in the target folder and renamed over the target, so a link at the target is replaced, never
/// written through.
/// </summary>
internal static class SheetWriter
{
    /// <summary>The CSV file of each sheet, named from <paramref name="outPath"/> (the table's own path) and the sheet's suffix.</summary>
    public static IReadOnlyList<string> CsvPaths(string outPath, IReadOnlyList<OutputSheet> sheets) =>
        sheets.Select(s => s.CsvSuffix.Length == 0 ? outPath : Path.ChangeExtension(outPath, null) + s.CsvSuffix + ".csv").ToList();

    /// <summary>Writes each sheet to its CSV file (see <see cref="CsvPaths"/>) and returns the paths written.</summary>
    public static IReadOnlyList<string> WriteCsv(string outPath, IReadOnlyList<OutputSheet> sheets)
    {
        var paths = CsvPaths(outPath, sheets);
        for (var i = 0; i < sheets.Count; i++)
        {
            WriteAtomic(paths[i], new UTF8Encoding(false).GetBytes(Csv(sheets[i].Rows)));
        }

        return paths;
    }

    /// <summary>Writes one workbook holding exactly these sheets and returns its path.</summary>
    public static string WriteXlsx(string path, IReadOnlyList<OutputSheet> sheets)
    {
        WriteAtomic(path, Xlsx(sheets));
        return path;
    }

    /// <summary>Writes through a temporary file in the target's folder and a rename: the rename replaces a link at the target itself.</summary>
    private static void WriteAtomic(string path, byte[] bytes)
    {
        var full = Path.GetFullPath(path);
        var temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
            }

            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    private static string Csv(List<object[]> rows)
    {
        var builder = new StringBuilder();
        foreach (var row in rows)
        {
            builder.AppendJoin(',', row.Select(Field)).Append('\n');
        }

        return builder.ToString();
    }

    private static string Field(object value)
    {
        var text = value is long n ? n.ToString(CultureInfo.InvariantCulture) : FormulaText.Escaped((string)value);
        return text.IndexOfAny([',', '"', '\n', '\r', '\t']) >= 0 || text.Trim().Length != text.Length
            ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : text;
    }

    private static byte[] Xlsx(IReadOnlyList<OutputSheet> sheets)
    {
        using var package = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(package, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddNewPart<WorkbookPart>("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "rId1");
            workbookPart.Workbook = new Workbook();
            var styles = workbookPart.AddNewPart<WorkbookStylesPart>("rIdStyles");
            styles.Stylesheet = TextStyles();
            var sheetList = workbookPart.Workbook.AppendChild(new Sheets());
            uint sheetId = 1;
            foreach (var (name, _, rows) in sheets)
            {
                var relationshipId = "rId" + sheetId.ToString(CultureInfo.InvariantCulture);
                var worksheetPart = workbookPart.AddNewPart<WorksheetPart>(relationshipId);
                var data = new SheetData();
                for (var r = 0; r < rows.Count; r++)
                {
                    var row = new Row { RowIndex = (uint)(r + 1) };
                    for (var c = 0; c < rows[r].Length; c++)
                    {
                        var reference = ColumnName(c) + (r + 1).ToString(CultureInfo.InvariantCulture);
                        row.Append(rows[r][c] is long number
                            ? new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(number.ToString(CultureInfo.InvariantCulture)) }
                            : new Cell
                            {
                                CellReference = reference,
                                DataType = CellValues.InlineString,
                                StyleIndex = FormulaText.IsFormulaLike((string)rows[r][c]) ? FormulaTextStyle : TextStyle,
                                InlineString = new InlineString(new Text((string)rows[r][c]) { Space = SpaceProcessingModeValues.Preserve }),
                            });
                    }

                    data.Append(row);
                }

                worksheetPart.Worksheet = new Worksheet(data);
                sheetList.Append(new Sheet { Id = relationshipId, SheetId = sheetId, Name = name });
                sheetId++;
            }
        }

        // Re-pack with fixed entry order and times so the same sheets always give the same bytes.
        using var fixedPackage = new MemoryStream();
        package.Position = 0;
        DeterministicPackage.Repack(package, fixedPackage);
        return fixedPackage.ToArray();
    }

    /// <summary>Cell style 1: the Text number format (@, id 49), so Excel keeps a text cell as text when it is edited.</summary>
    private const uint TextStyle = 1;

    /// <summary>Cell style 2: Text number format and a quote prefix, for text that begins like a formula (=, +, -, @).</summary>
    private const uint FormulaTextStyle = 2;

    private static Stylesheet TextStyles() => new(
        new Fonts(new Font()) { Count = 1 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellStyleFormats(new CellFormat()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { NumberFormatId = 49, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 49, ApplyNumberFormat = true, QuotePrefix = true })
        { Count = 3 });

    private static string ColumnName(int index)
    {
        var name = string.Empty;
        for (var i = index + 1; i > 0; i = (i - 1) / 26)
        {
            name = (char)('A' + ((i - 1) % 26)) + name;
        }

        return name;
    }
}
