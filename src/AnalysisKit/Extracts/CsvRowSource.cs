using Sylvan.Data.Csv;

namespace AnalysisKit.Extracts;

/// <summary>
/// A CSV file (or one part of it) read by Sylvan.Data.Csv, seen as rows of text fields. Sealed, so the loader calls it
/// directly rather than through the interface for every cell.
/// </summary>
internal sealed class CsvRowSource : IExtractRowSource
{
    private readonly CsvDataReader _reader;
    private readonly long _rowOffset = 1;

    /// <summary>A later part of a file, without its own header: its rows are numbered after the <paramref name="rowOffset"/> before it.</summary>
    public CsvRowSource(CsvDataReader reader, string source, IReadOnlyList<string> header, long rowOffset)
    {
        _reader = reader;
        Source = source;
        Header = header;
        _rowOffset = rowOffset;
    }

    public CsvRowSource(CsvDataReader reader, string source)
    {
        _reader = reader;
        Source = source;
        var header = new string[reader.FieldCount];
        for (var i = 0; i < header.Length; i++)
        {
            header[i] = reader.GetName(i);
        }

        if (header.Length > 0)
        {
            header[0] = header[0].TrimStart('\uFEFF');
        }

        Header = header;
    }

    public string Source { get; }

    public IReadOnlyList<string> Header { get; }

    public long RowNumber => _reader.RowNumber + _rowOffset;

    public int RowFieldCount => _reader.RowFieldCount;

    public IReadOnlyList<string> Notes => [];

    /// <summary>The row number of the last record read successfully (1, the header, before any), for parser errors.</summary>
    public long LastRow { get; private set; } = 1;

    public bool Read()
    {
        if (!_reader.Read())
        {
            return false;
        }

        LastRow = RowNumber;
        return true;
    }

    public ReadOnlySpan<char> Field(int ordinal) => _reader.GetFieldSpan(ordinal);
}
