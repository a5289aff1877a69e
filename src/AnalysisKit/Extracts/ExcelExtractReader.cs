using System.Globalization;
using System.Text;
using ExcelDataReader;

namespace AnalysisKit.Extracts;

/// <summary>
/// Loads one table from an Excel workbook (.xlsx or legacy .xls) through ExcelDataReader into typed columns, checked
/// against a schema, with the same markers, checks and quarantine as <see cref="CsvExtractReader"/>. Numeric cells reach
/// the parser as invariant text (so a count stored as 12.5 is an error, not a silent truncation); date cells as yyyy-MM-dd.
/// </summary>
public static class ExcelExtractReader
{
    /// <summary>Loads a table from a workbook.</summary>
    /// <param name="path">The .xlsx or .xls file.</param>
    /// <param name="sheet">Which sheet, and the header row if known.</param>
    /// <param name="schema">The declared columns.</param>
    /// <param name="options">Checks and quarantine (delimiter and encoding are not used).</param>
    /// <exception cref="ExtractLoadException">The file is not a workbook, the sheet or header is not found, or rows have errors.</exception>
    public static Extract Load(string path, ExcelSheet sheet, ExtractSchema schema, ExtractLoadOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(schema);
        options ??= ExtractLoadOptions.Default;
        if (!File.Exists(path))
        {
            throw new ExtractLoadException(ExtractMessages.FileNotFound(path));
        }

        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var file = Path.GetFileName(path);
        var (sheetName, rows) = ReadSheet(path, file, sheet);
        var source = $"{file} [{sheetName}]";
        var (headerIndex, firstColumn, lastColumn) = FindTable(source, rows, sheet, schema);
        return ExtractLoader.Load(new SheetRowSource(source, rows, headerIndex, firstColumn, lastColumn), schema, options);
    }

    /// <summary>The names of a workbook's sheets, in order.</summary>
    public static IReadOnlyList<string> SheetNames(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        using var stream = File.OpenRead(path);
        using var reader = Open(stream, Path.GetFileName(path));
        var names = new List<string>();
        do
        {
            names.Add(reader.Name);
        }
        while (reader.NextResult());
        return names;
    }

    private static IExcelDataReader Open(Stream stream, string file)
    {
        try
        {
            return ExcelReaderFactory.CreateReader(stream);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new ExtractLoadException(ExtractMessages.NotAWorkbook(file, e.Message), e);
        }
    }

    private static (string Name, List<string[]> Rows) ReadSheet(string path, string file, ExcelSheet sheet)
    {
        using var stream = File.OpenRead(path);
        using var reader = Open(stream, file);
        var names = new List<string>();
        var index = 0;
        try
        {
            do
            {
                names.Add(reader.Name);
                var wanted = sheet.Name is null
                    ? index == sheet.Index
                    : string.Equals(reader.Name.Trim(), sheet.Name.Trim(), StringComparison.OrdinalIgnoreCase);
                if (wanted)
                {
                    var rows = new List<string[]>();
                    while (reader.Read())
                    {
                        var cells = new string[reader.FieldCount];
                        for (var c = 0; c < cells.Length; c++)
                        {
                            cells[c] = CellText(reader.GetValue(c));
                        }

                        rows.Add(cells);
                    }

                    return (reader.Name, rows);
                }

                index++;
            }
            while (reader.NextResult());
        }
        catch (Exception e) when (e is not ExtractLoadException and not OutOfMemoryException)
        {
            throw new ExtractLoadException(ExtractMessages.NotAWorkbook(file, e.Message), e);
        }

        throw new ExtractLoadException(sheet.Name is null
            ? ExtractMessages.SheetIndexOutOfRange(file, sheet.Index, names.Count)
            : ExtractMessages.SheetNotFound(file, sheet.Name, names));
    }

    private static string CellText(object? value) => value switch
    {
        null => string.Empty,
        string s => s,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateTime t when t.TimeOfDay == TimeSpan.Zero => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
        bool b => b ? "TRUE" : "FALSE",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static (int HeaderIndex, int FirstColumn, int LastColumn) FindTable(
        string source, List<string[]> rows, ExcelSheet sheet, ExtractSchema schema)
    {
        int headerIndex;
        if (sheet.HeaderRow is { } given)
        {
            if (given < 1 || given > rows.Count)
            {
                throw new ExtractLoadException(ExtractMessages.HeaderRowOutOfRange(source, given, rows.Count));
            }

            headerIndex = given - 1;
        }
        else
        {
            var searched = Math.Min(sheet.HeaderSearchRows, rows.Count);
            if (searched == 0)
            {
                throw new ExtractLoadException(ExtractMessages.NoHeader(source));
            }

            var best = Enumerable.Range(0, searched)
                .Select(r => (Row: r, Missing: schema.Columns.Where(c => Position(rows[r], c.Name) < 0).Select(c => c.Name).ToList()))
                .OrderBy(r => r.Missing.Count).ThenBy(r => r.Row).First();
            if (best.Missing.Count > 0)
            {
                throw new ExtractLoadException(ExtractMessages.HeaderNotFound(source, searched, best.Missing, best.Row + 1));
            }

            headerIndex = best.Row;
        }

        var header = rows[headerIndex];
        var positions = schema.Columns.Select(c => Position(header, c.Name)).Where(p => p >= 0).ToList();
        var first = positions.Count > 0 ? positions.Min() : 0;
        while (first > 0 && header[first - 1].Trim().Length > 0)
        {
            first--;
        }

        var last = first;
        while (last + 1 < header.Length && header[last + 1].Trim().Length > 0)
        {
            last++;
        }

        return (headerIndex, first, Math.Max(last, positions.Count > 0 ? positions.Max() : last));
    }

    private static int Position(string[] row, string name) =>
        Array.FindIndex(row, cell => string.Equals(cell.Trim(), name, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The rows under the header, inside the table's columns, up to the first row blank across them; the rows
    /// after that (footnotes) are counted in a note rather than read or dropped unseen.
    /// </summary>
    private sealed class SheetRowSource : IExtractRowSource
    {
        private readonly List<string[]> _rows;
        private readonly int _first;
        private readonly int _end;
        private int _current;

        public SheetRowSource(string source, List<string[]> rows, int headerIndex, int first, int last)
        {
            Source = source;
            _rows = rows;
            _first = first;
            Header = Enumerable.Range(first, last - first + 1).Select(c => Cell(rows[headerIndex], c)).ToList();
            _current = headerIndex;
            _end = headerIndex + 1;
            while (_end < rows.Count && !IsBlank(rows[_end]))
            {
                _end++;
            }

            var notes = new List<string>();
            var lastNonBlank = Enumerable.Range(_end, rows.Count - _end).LastOrDefault(r => !IsBlank(rows[r]), -1);
            if (lastNonBlank >= 0)
            {
                notes.Add(ExtractMessages.RowsBelowTable(_end + 1, lastNonBlank + 1));
            }

            Notes = notes;
        }

        public string Source { get; }

        public IReadOnlyList<string> Header { get; }

        public long RowNumber => _current + 1;

        public int RowFieldCount => Header.Count;

        public IReadOnlyList<string> Notes { get; }

        public bool Read()
        {
            if (_current + 1 >= _end)
            {
                return false;
            }

            _current++;
            return true;
        }

        public ReadOnlySpan<char> Field(int ordinal) => Cell(_rows[_current], _first + ordinal);

        private static string Cell(string[] row, int column) => column < row.Length ? row[column] : string.Empty;

        private bool IsBlank(string[] row)
        {
            for (var c = _first; c < _first + Header.Count; c++)
            {
                if (Cell(row, c).Trim().Length > 0)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
