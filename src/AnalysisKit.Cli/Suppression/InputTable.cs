using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ExcelDataReader;

namespace AnalysisKit.Cli.Suppression;

/// <summary>
/// A table read from a .csv or .xlsx file as text: the header and the data rows with their line numbers. Bad input is an
/// error naming file, line and column (<see cref="CsvInput"/>); a file with a header and no rows is an error too.
/// </summary>
internal sealed class InputTable
{
    static InputTable()
    {
        // ExcelDataReader needs the legacy code pages; registered once per process.
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
    }

    private InputTable(string path, IReadOnlyList<string> header, IReadOnlyList<(int Line, string[] Fields)> rows)
    {
        Path = path;
        Header = header;
        Rows = rows;
    }

    public string Path { get; }

    public IReadOnlyList<string> Header { get; }

    /// <summary>Data rows with their 1-based line (CSV) or row (xlsx) number in the file.</summary>
    public IReadOnlyList<(int Line, string[] Fields)> Rows { get; }

    /// <summary>Reads the file (opened read-only; it is never written).</summary>
    public static InputTable Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new ArgumentException(SuppressMessages.InputMissing(path));
        }

        var table = System.IO.Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".csv" => ReadCsv(path),
            ".xlsx" => ReadXlsx(path),
            _ => throw new ArgumentException(SuppressMessages.UnsupportedFormat(path, "Input file")),
        };
        return table.Rows.Count == 0 ? throw new ArgumentException(SuppressMessages.NoDataRows(path)) : table;
    }

    private static InputTable ReadCsv(string path)
    {
        byte[] bytes;
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read))
        {
            bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
        }

        var (header, records) = CsvInput.Read(path, bytes);
        foreach (var (line, fields) in records)
        {
            if (fields.Length != header.Length)
            {
                throw new ArgumentException(SuppressMessages.RaggedRow(path, line, fields.Length, header.Length));
            }
        }

        return new InputTable(path, header, records);
    }

    private static InputTable ReadXlsx(string path)
    {
        try
        {
            EnsureNoErrorCells(path);
            return ReadXlsxValues(path);
        }
        catch (Exception e) when (e is ExcelDataReader.Exceptions.ExcelReaderException or InvalidDataException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException
                                      or System.IO.FileFormatException or InvalidOperationException)
        {
            throw new ArgumentException(SuppressMessages.NotAWorkbook(path, e.Message), e);
        }
    }

    /// <summary>ExcelDataReader reads an error cell (#DIV/0!, #N/A) as empty, which would make a count missing: refuse it first.</summary>
    private static void EnsureNoErrorCells(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        var workbook = document.WorkbookPart ?? throw new InvalidDataException("no workbook part");
        var first = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault();
        if (first?.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart sheet)
        {
            return;
        }

        foreach (var cell in sheet.Worksheet.Descendants<Cell>())
        {
            if (cell.DataType?.Value == CellValues.Error)
            {
                throw new ArgumentException(SuppressMessages.ExcelErrorCell(path, cell.CellReference?.Value ?? "?", cell.CellValue?.Text ?? "?"));
            }
        }
    }

    private static InputTable ReadXlsxValues(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        using var reader = ExcelReaderFactory.CreateReader(stream);
        if (!reader.Read())
        {
            throw new ArgumentException(SuppressMessages.Empty(path));
        }

        var header = Enumerable.Range(0, reader.FieldCount).Select(i => Text(reader.GetValue(i))).ToList();
        while (header.Count > 0 && header[^1].Length == 0)
        {
            header.RemoveAt(header.Count - 1);
        }

        if (header.Count == 0)
        {
            throw new ArgumentException(SuppressMessages.Empty(path));
        }

        if (header.FindIndex(h => h.Trim().Length == 0) is var blank and >= 0)
        {
            throw new ArgumentException(SuppressMessages.EmptyHeader(path, 1, blank + 1));
        }

        var rows = new List<(int, string[])>();
        var line = 1;
        while (reader.Read())
        {
            line++;
            var fields = Enumerable.Range(0, header.Count).Select(i => i < reader.FieldCount ? Text(reader.GetValue(i)) : string.Empty).ToArray();
            for (var extra = header.Count; extra < reader.FieldCount; extra++)
            {
                if (Text(reader.GetValue(extra)).Length > 0)
                {
                    throw new ArgumentException(SuppressMessages.ValueWithoutHeader(path, line, extra + 1));
                }
            }

            if (fields.All(f => f.Length == 0))
            {
                continue;
            }

            rows.Add((line, fields));
        }

        return new InputTable(path, header, rows);
    }

    private static string Text(object? value) => value switch
    {
        null => string.Empty,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
