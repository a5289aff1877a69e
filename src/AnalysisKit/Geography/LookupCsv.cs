using System.Globalization;
using Sylvan.Data.Csv;

namespace AnalysisKit.Geography;

/// <summary>
/// A small CSV table read whole, with line numbers (header = line 1) and typed field parsers that raise
/// <see cref="LookupFileException"/> naming file, line, column and value. Lookup files are small (thousands of rows).
/// </summary>
internal sealed class LookupCsv
{
    private readonly Dictionary<string, int> _ordinals;

    private LookupCsv(string file, string[] header, List<(int Line, string[] Fields)> rows)
    {
        File = file;
        Header = header;
        Rows = rows;
        _ordinals = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            _ordinals.TryAdd(header[i], i);
        }
    }

    public string File { get; }

    public string[] Header { get; }

    public List<(int Line, string[] Fields)> Rows { get; }

    public static LookupCsv Read(string path, IReadOnlyList<string> requiredColumns)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!System.IO.File.Exists(path))
        {
            throw new FileNotFoundException(GeographyErrors.FileNotFound(path), path);
        }

        using var reader = CsvDataReader.Create(path, new CsvDataReaderOptions { HasHeaders = true, Delimiter = ',' });
        var header = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
        var missing = requiredColumns.Where(c => !header.Contains(c, StringComparer.Ordinal)).ToList();
        if (missing.Count > 0)
        {
            throw new LookupFileException(GeographyErrors.MissingColumns(path, missing, header), path, 1, missing[0], string.Empty);
        }

        var rows = new List<(int, string[])>();
        var line = 1;
        while (reader.Read())
        {
            line++;
            var fields = new string[header.Length];
            for (var i = 0; i < header.Length; i++)
            {
                fields[i] = i < reader.RowFieldCount ? reader.GetString(i) : string.Empty;
            }

            rows.Add((line, fields));
        }

        return new LookupCsv(path, header, rows);
    }

    public bool Has(string column) => _ordinals.ContainsKey(column);

    public string Text(string[] fields, string column) => fields[_ordinals[column]];

    public string PracticeCode(int line, string[] fields, string column)
    {
        var value = Text(fields, column);
        if (value.Length != 5 || !value.All(char.IsAsciiDigit))
        {
            throw Fail(GeographyErrors.BadPracticeCode(File, line, column, value), line, column, value);
        }

        return value;
    }

    public int Count(int line, string[] fields, string column)
    {
        var value = Text(fields, column);
        if (value.Length == 0 || !value.All(char.IsAsciiDigit) ||
            !int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            throw Fail(GeographyErrors.NotAWholeNumber(File, line, column, value), line, column, value);
        }

        return count;
    }

    public DateOnly Date(int line, string[] fields, string column, string format)
    {
        var value = Text(fields, column);
        if (!DateOnly.TryParseExact(value, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw Fail(GeographyErrors.NotADate(File, line, column, value, format), line, column, value);
        }

        return date;
    }

    public string Board(int line, string[] fields, string column)
    {
        var value = Text(fields, column);
        if (HealthBoard.Find(value) is null)
        {
            throw Fail(GeographyErrors.UnknownBoard(File, line, column, value), line, column, value);
        }

        return value;
    }

    public string Hscp(int line, string[] fields, string column, string boardCode)
    {
        var value = Text(fields, column);
        var hscp = Geography.Hscp.Find(value)
                   ?? throw Fail(GeographyErrors.UnknownHscp(File, line, column, value), line, column, value);
        if (!string.Equals(hscp.BoardCode, boardCode, StringComparison.Ordinal))
        {
            throw Fail(GeographyErrors.HscpNotInBoard(File, line, column, value, boardCode, hscp.BoardCode), line, column, value);
        }

        return value;
    }

    /// <summary>
    /// Where a row puts its practice: the checked practice code, board, HSCP (in that board) and cluster, from the
    /// columns PracticeCode, HB, HSCP and GPCluster that both lookup layouts share. Only pseudo-practices may have no
    /// cluster.
    /// </summary>
    public (string Code, string Board, string Hscp, string Cluster) Placement(int line, string[] fields)
    {
        var code = PracticeCode(line, fields, "PracticeCode");
        var board = Board(line, fields, "HB");
        var hscp = Hscp(line, fields, "HSCP", board);
        var cluster = Text(fields, "GPCluster");
        if (cluster.Length == 0 && !PseudoPractice.IsPseudo(code))
        {
            throw Fail(GeographyErrors.MissingCluster(File, line, "GPCluster", code), line, "GPCluster", cluster);
        }

        return (code, board, hscp, cluster);
    }

    public LookupFileException Fail(string message, int line, string column, string value) =>
        new(message, File, line, column, value);
}
