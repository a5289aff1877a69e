using System.Globalization;
using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace AnalysisKit.Cli.Suppression;

/// <summary>
/// Writes sheets deterministically (same sheets, same bytes): CSV as sibling files (<c>out.csv</c>,
/// <c>out.audit.csv</c>, <c>out.review.csv</c>, <c>out.notes.csv</c>; UTF-8 without BOM, LF, RFC 4180 quoting), or one
/// xlsx with a sheet each (no document properties; every zip entry stamped 1980-01-01).
/// </summary>
internal static class SheetWriter
{
    private static readonly DateTimeOffset FixedTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Writes and returns the paths written.</summary>
    public static IReadOnlyList<string> Write(string outPath, IReadOnlyList<(string Name, string FileSuffix, List<object[]> Rows)> sheets)
    {
        switch (Path.GetExtension(outPath).ToLowerInvariant())
        {
            case ".csv":
                var written = new List<string>();
                foreach (var (_, suffix, rows) in sheets)
                {
                    var path = suffix.Length == 0 ? outPath : Path.ChangeExtension(outPath, "." + suffix + ".csv");
                    File.WriteAllText(path, Csv(rows), new UTF8Encoding(false));
                    written.Add(path);
                }

                return written;
            case ".xlsx":
                File.WriteAllBytes(outPath, Xlsx(sheets));
                return [outPath];
            default:
                throw new ArgumentException(SuppressMessages.UnsupportedFormat(outPath, "--out"));
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
        var text = value is long n ? n.ToString(CultureInfo.InvariantCulture) : (string)value;
        return text.IndexOfAny([',', '"', '\n', '\r']) >= 0 || text.Trim().Length != text.Length
            ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : text;
    }

    private static byte[] Xlsx(IReadOnlyList<(string Name, string FileSuffix, List<object[]> Rows)> sheets)
    {
        using var package = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(package, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddNewPart<WorkbookPart>("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "rId1");
            workbookPart.Workbook = new Workbook();
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
                            : new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text((string)rows[r][c]) { Space = SpaceProcessingModeValues.Preserve }) });
                    }

                    data.Append(row);
                }

                worksheetPart.Worksheet = new Worksheet(data);
                sheetList.Append(new Sheet { Id = relationshipId, SheetId = sheetId, Name = name });
                sheetId++;
            }
        }

        // Re-pack with fixed entry times so the same sheets always give the same bytes.
        using var fixedPackage = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(package.ToArray()), ZipArchiveMode.Read))
        using (var target = new ZipArchive(fixedPackage, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries.OrderBy(e => e.FullName == "[Content_Types].xml" ? 0 : 1).ThenBy(e => e.FullName, StringComparer.Ordinal))
            {
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = FixedTime;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }

        return fixedPackage.ToArray();
    }

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
