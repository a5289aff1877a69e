using AnalysisKit.Extracts;

namespace AnalysisKit.Benchmarks.Extracts;

/// <summary>
/// One shape of real-world extract in the benchmark corpus: how to write it (seeded, any number of rows), the schema an
/// analyst would declare for it, the practice × month sums asked of it, and how each baseline reads it (the DuckDB
/// query, DataFrame.LoadCsv's column types).
/// </summary>
internal abstract class CorpusFile
{
    /// <summary>The short name printed in the report and given to child processes, e.g. <c>pitc</c>.</summary>
    public abstract string Name { get; }

    /// <summary>What the file exercises, in a few words.</summary>
    public abstract string Shape { get; }

    /// <summary>The schema an analyst would declare for the whole file.</summary>
    public abstract ExtractSchema Schema { get; }

    /// <summary>The grouping columns: practice, then month.</summary>
    public abstract IReadOnlyList<string> GroupBy { get; }

    /// <summary>The count and number columns summed by group.</summary>
    public abstract IReadOnlyList<string> Sums { get; }

    /// <summary>DataFrame.LoadCsv's column types, in file order (string where LoadCsv cannot parse the column's form).</summary>
    public abstract Type[] LoadCsvTypes { get; }

    /// <summary>Options DuckDB's read_csv needs for this file beyond its own detection (e.g. a date format), or empty.</summary>
    protected virtual string DuckDbOptions => string.Empty;

    /// <summary>Writes the file with <paramref name="rows"/> data rows; the same rows give the same bytes.</summary>
    public abstract void Write(string path, int rows);

    /// <summary>The same sums in DuckDB: read_csv with its own type detection, GROUP BY practice, month.</summary>
    public string DuckDbSql(string path)
    {
        var groups = string.Join(", ", GroupBy.Select(Quote));
        var sums = string.Join(", ", Sums.Select(s => $"SUM({Quote(s)}) AS {Quote(s)}"));
        var source = $"read_csv('{path.Replace("'", "''", StringComparison.Ordinal)}', header = true{DuckDbOptions})";
        return $"SELECT {groups}, {sums} FROM {source} GROUP BY {groups} ORDER BY {groups}";
    }

    private static string Quote(string name) => "\"" + name + "\"";
}
