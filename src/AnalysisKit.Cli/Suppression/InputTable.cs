using System.Globalization;
using ExcelDataReader;
using Sylvan.Data.Csv;

namespace AnalysisKit.Cli.Suppression;

/// <summary>A table read from a .csv or .xlsx file as text: the header and the data rows with their line numbers.</summary>
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

        return System.IO.Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".csv" => ReadCsv(path),
            ".xlsx" => ReadXlsx(path),
            _ => throw new ArgumentException(SuppressMessages.UnsupportedFormat(path, "Input file")),
        };
    }

    private static InputTable ReadCsv(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        using var text = new StreamReader(stream);
        using var reader = CsvDataReader.Create(text, new CsvDataReaderOptions { HasHeaders = true });
        var header = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
        if (header.Length == 0)
        {
            throw new ArgumentException(SuppressMessages.Empty(path));
        }

        var rows = new List<(int, string[])>();
        var line = 1;
        while (reader.Read())
        {
            line++;
            if (reader.RowFieldCount != header.Length)
            {
                throw new ArgumentException(SuppressMessages.RaggedRow(path, line, reader.RowFieldCount, header.Length));
            }

            rows.Add((line, Enumerable.Range(0, header.Length).Select(reader.GetString).ToArray()));
        }

        return new InputTable(path, header, rows);
    }

    private static InputTable ReadXlsx(string path)
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

        var rows = new List<(int, string[])>();
        var line = 1;
        while (reader.Read())
        {
            line++;
            var fields = Enumerable.Range(0, header.Count).Select(i => i < reader.FieldCount ? Text(reader.GetValue(i)) : string.Empty).ToArray();
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
