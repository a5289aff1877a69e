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

        return ExtractLoader.Load(Table(path, sheet, schema, virtualColumn: null), schema, options);
    }

    /// <summary>
    /// Loads the same table from several sheets as one extract, e.g. ISD's one sheet per NHS board. Every sheet's table
    /// must have the same header; the sheet's name is offered as an extra source column <c>Sheet</c> (declare
    /// <c>ExtractColumn.Code("Sheet")</c> to keep it, since the board is often known only from the sheet).
    /// </summary>
    /// <param name="path">The .xlsx or .xls file.</param>
    /// <param name="sheets">The sheets in the order their rows are wanted; at least one.</param>
    /// <param name="schema">The declared columns.</param>
    /// <param name="options">Checks and quarantine.</param>
    public static Extract LoadSheets(string path, IEnumerable<ExcelSheet> sheets, ExtractSchema schema, ExtractLoadOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(sheets);
        ArgumentNullException.ThrowIfNull(schema);
        options ??= ExtractLoadOptions.Default;
        var tables = sheets.Select(sheet => Table(path, sheet, schema, SheetsRowSource.SheetColumn)).ToList();
        if (tables.Count == 0)
        {
            throw new ArgumentException(ExtractMessages.NoSheetsGiven, nameof(sheets));
        }

        return ExtractLoader.Load(new SheetsRowSource(tables), schema, options);
    }

    private static SheetRowSource Table(string path, ExcelSheet sheet, ExtractSchema schema, string? virtualColumn)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        if (!File.Exists(path))
        {
            throw new ExtractLoadException(ExtractMessages.FileNotFound(path));
        }

        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var file = Path.GetFileName(path);
        var (sheetName, rows) = ReadSheet(path, file, sheet);
        var source = $"{file} [{sheetName}]";
        var names = schema.Columns.Select(c => c.Name)
            .Where(n => virtualColumn is null || !string.Equals(n, virtualColumn, StringComparison.OrdinalIgnoreCase)).ToList();
        var (headerIndex, header, firstColumn, lastColumn) = FindTable(source, rows, sheet, names);
        return new SheetRowSource(source, sheetName, rows, headerIndex + sheet.HeaderRows, header, firstColumn, lastColumn);
    }

    /// <summary>The header cells of a one- or two-row header starting at <paramref name="row"/>.</summary>
    private static string[] HeaderAt(List<string[]> rows, int row, int headerRows)
    {
        if (headerRows == 1 || row + 1 >= rows.Count)
        {
            return rows[row];
        }

        var upper = rows[row];
        var lower = rows[row + 1];
        var width = Math.Max(upper.Length, lower.Length);
        var names = new string[width];
        var group = string.Empty;
        for (var c = 0; c < width; c++)
        {
            var top = c < upper.Length ? upper[c].Trim() : string.Empty;
            var bottom = c < lower.Length ? lower[c].Trim() : string.Empty;
            if (top.Length > 0)
            {
                group = top;
            }
            else if (bottom.Length == 0)
            {
                group = string.Empty;
            }

            names[c] = group.Length > 0 && bottom.Length > 0 ? group + " / " + bottom : group.Length > 0 ? group : bottom;
        }

        return names;
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

    private static (int HeaderIndex, string[] Header, int FirstColumn, int LastColumn) FindTable(
        string source, List<string[]> rows, ExcelSheet sheet, List<string> names)
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
                .Select(r => (Row: r, Missing: names.Where(n => Position(HeaderAt(rows, r, sheet.HeaderRows), n) < 0).ToList()))
                .OrderBy(r => r.Missing.Count).ThenBy(r => r.Row).First();
            if (best.Missing.Count > 0)
            {
                throw new ExtractLoadException(ExtractMessages.HeaderNotFound(source, searched, best.Missing, best.Row + 1));
            }

            headerIndex = best.Row;
        }

        var header = HeaderAt(rows, headerIndex, sheet.HeaderRows);
        var positions = names.Select(n => Position(header, n)).Where(p => p >= 0).ToList();
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

        return (headerIndex, header, first, Math.Max(last, positions.Count > 0 ? positions.Max() : last));
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

        public SheetRowSource(string source, string sheetName, List<string[]> rows, int firstDataRow, string[] header, int first, int last)
        {
            Source = source;
            SheetName = sheetName;
            _rows = rows;
            _first = first;
            Header = Enumerable.Range(first, last - first + 1).Select(c => Cell(header, c)).ToList();
            _current = firstDataRow - 1;
            _end = firstDataRow;
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

        public string SheetName { get; }

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

    /// <summary>Several sheets' tables read one after another, each row carrying its sheet's name as a last field.</summary>
    private sealed class SheetsRowSource : IExtractRowSource
    {
        internal const string SheetColumn = "Sheet";
        private readonly List<SheetRowSource> _tables;
        private int _table;

        public SheetsRowSource(List<SheetRowSource> tables)
        {
            _tables = tables;
            var first = tables[0];
            foreach (var table in tables.Skip(1))
            {
                if (!table.Header.Select(h => h.Trim()).SequenceEqual(first.Header.Select(h => h.Trim()), StringComparer.OrdinalIgnoreCase))
                {
                    throw new ExtractLoadException(ExtractMessages.SheetHeaderDiffers(table.Source, first.Source,
                        table.Header.Select(h => h.Trim()), first.Header.Select(h => h.Trim())));
                }
            }

            Header = [.. first.Header, SheetColumn];
            Notes = tables.SelectMany(t => t.Notes.Select(n => t.Source + ": " + n)).ToList();
        }

        public string Source => _tables[_table].Source;

        public IReadOnlyList<string> Header { get; }

        public long RowNumber => _tables[_table].RowNumber;

        public int RowFieldCount => Header.Count;

        public IReadOnlyList<string> Notes { get; }

        public bool Read()
        {
            while (!_tables[_table].Read())
            {
                if (_table + 1 >= _tables.Count)
                {
                    return false;
                }

                _table++;
            }

            return true;
        }

        public ReadOnlySpan<char> Field(int ordinal) =>
            ordinal == Header.Count - 1 ? _tables[_table].SheetName : _tables[_table].Field(ordinal);
    }
}
