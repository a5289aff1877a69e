using System.Globalization;
using Sylvan.Data.Csv;

namespace AnalysisKit.Testing;

/// <summary>
/// Reads the reference CSVs written by R (../shared/reference/README.md): numbers as <c>%.17g</c>, <c>NA</c> for
/// missing, <c>NaN</c>, <c>Inf</c> and <c>-Inf</c>, logicals as <c>TRUE</c>/<c>FALSE</c>, invariant culture.
/// </summary>
public sealed class ReferenceCsv
{
    private readonly Dictionary<string, int> _columns;

    private ReferenceCsv(string path, string[] header, List<string[]> rows)
    {
        Path = path;
        Header = header;
        Rows = rows.Select(values => new ReferenceRow(this, values)).ToList();
        _columns = header.Select((name, index) => (name, index)).ToDictionary(p => p.name, p => p.index);
    }

    /// <summary>The file read.</summary>
    public string Path { get; }

    /// <summary>Column names in file order.</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>The data rows in file order.</summary>
    public IReadOnlyList<ReferenceRow> Rows { get; }

    /// <summary>Reads a whole reference file.</summary>
    public static ReferenceCsv Read(string path)
    {
        using var reader = CsvDataReader.Create(path, new CsvDataReaderOptions { HasHeaders = true });
        var header = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
        var rows = new List<string[]>();
        while (reader.Read())
        {
            var values = new string[reader.FieldCount];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = reader.GetString(i);
            }

            rows.Add(values);
        }

        return new ReferenceCsv(path, header, rows);
    }

    internal int Ordinal(string column) =>
        _columns.TryGetValue(column, out var index)
            ? index
            : throw new KeyNotFoundException($"{Path} has no column '{column}' (columns: {string.Join(", ", Header)}).");
}

/// <summary>One row of a <see cref="ReferenceCsv"/>.</summary>
public sealed class ReferenceRow
{
    private readonly ReferenceCsv _file;
    private readonly string[] _values;

    internal ReferenceRow(ReferenceCsv file, string[] values)
    {
        _file = file;
        _values = values;
    }

    /// <summary>The raw text of a column (R's <c>NA</c> stays <c>"NA"</c>).</summary>
    public string Text(string column) => _values[_file.Ordinal(column)];

    /// <summary>True when the column holds R's <c>NA</c>.</summary>
    public bool IsNA(string column) => Text(column) == "NA";

    /// <summary>A number; <c>NA</c> gives null; <c>NaN</c>, <c>Inf</c>, <c>-Inf</c> give the IEEE values.</summary>
    public double? Number(string column)
    {
        var text = Text(column);
        return text switch
        {
            "NA" => null,
            "NaN" => double.NaN,
            "Inf" => double.PositiveInfinity,
            "-Inf" => double.NegativeInfinity,
            _ => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
        };
    }

    /// <summary>A number that must be present.</summary>
    public double Double(string column) =>
        Number(column) ?? throw new InvalidOperationException($"{column} is NA in a row of {_file.Path}.");

    /// <summary>An R logical.</summary>
    public bool? Logical(string column) => Text(column) switch
    {
        "TRUE" => true,
        "FALSE" => false,
        "NA" => null,
        var other => throw new FormatException($"{column} = '{other}' is not TRUE, FALSE or NA in {_file.Path}."),
    };
}
