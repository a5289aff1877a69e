using System.Data.Common;
using System.Globalization;
using System.Numerics;
using DuckDB.NET.Data;
using Microsoft.Data.Analysis;

namespace AnalysisKit.Extracts;

/// <summary>
/// Queries CSV and Parquet extracts in place with an embedded DuckDB (no load into memory first) and returns the
/// result as a typed DataFrame: the path for extracts larger than memory, e.g. a year of national prescribing
/// (≈15 million rows) summed to practice × month. DuckDB infers column types itself, so a column holding suppression
/// markers reads as text: load such files with <see cref="CsvExtractReader"/>, which keeps the markers' reasons.
/// </summary>
public static class DuckDbExtracts
{
    /// <summary>Runs a query in a fresh in-memory DuckDB and returns its result (DATE and TIMESTAMP → DateTime, integers → Int64, HUGEINT checked into Int64).</summary>
    /// <param name="sql">A DuckDB query, e.g. over <c>read_csv('file.csv')</c> or <c>read_parquet('file.parquet')</c>.</param>
    /// <exception cref="ExtractLoadException">DuckDB rejected the query; the message carries DuckDB's reason.</exception>
    public static DataFrame Query(string sql)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sql);
        using var connection = new DuckDBConnection("Data Source=:memory:");
        try
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            using var reader = command.ExecuteReader();
            return ToDataFrame(reader);
        }
        catch (DuckDBException e)
        {
            throw new ExtractLoadException(ExtractMessages.DuckDbFailed(e.Message), e);
        }
    }

    /// <summary>
    /// Sums columns of a CSV or Parquet file by group, in place: <c>SELECT g…, SUM(s)… FROM file GROUP BY g… ORDER BY g…</c>.
    /// Sums of integer columns stay integers.
    /// </summary>
    /// <param name="path">A .csv, .csv.gz, .tsv or .parquet file.</param>
    /// <param name="groupBy">The grouping columns, e.g. practice and month; at least one.</param>
    /// <param name="sums">The columns to sum, e.g. items and cost; each result column keeps its name.</param>
    public static DataFrame SumBy(string path, IReadOnlyList<string> groupBy, IReadOnlyList<string> sums)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(groupBy);
        ArgumentNullException.ThrowIfNull(sums);
        if (groupBy.Count == 0)
        {
            throw new ArgumentException(ExtractMessages.SumByNeedsGroups, nameof(groupBy));
        }

        if (!File.Exists(path))
        {
            throw new ExtractLoadException(ExtractMessages.FileNotFound(path));
        }

        var groups = string.Join(", ", groupBy.Select(Quote));
        var totals = string.Join(", ", sums.Select(s => $"SUM({Quote(s)}) AS {Quote(s)}"));
        var sql = $"SELECT {groups}{(sums.Count > 0 ? ", " : string.Empty)}{totals} FROM {Source(path)} GROUP BY {groups} ORDER BY {groups}";
        return Query(sql);
    }

    /// <summary>
    /// Sums columns over several files read as one table, in place — e.g. a year of national prescribing kept as twelve
    /// monthly Parquet (or CSV) partitions, more rows than fit in memory: DuckDB streams through them and keeps only the
    /// groups. Same result as <see cref="SumBy(string, IReadOnlyList{string}, IReadOnlyList{string})"/> on one file
    /// holding all their rows. CSV partitions are matched by column name (<c>union_by_name</c>), so their column order may differ.
    /// </summary>
    /// <param name="paths">The partitions: all .parquet, or all .csv/.csv.gz/.tsv; at least one, each must exist.</param>
    /// <param name="groupBy">The grouping columns, e.g. practice and month; at least one.</param>
    /// <param name="sums">The columns to sum.</param>
    public static DataFrame SumBy(IReadOnlyList<string> paths, IReadOnlyList<string> groupBy, IReadOnlyList<string> sums)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(groupBy);
        ArgumentNullException.ThrowIfNull(sums);
        if (groupBy.Count == 0)
        {
            throw new ArgumentException(ExtractMessages.SumByNeedsGroups, nameof(groupBy));
        }

        var groups = string.Join(", ", groupBy.Select(Quote));
        var totals = string.Join(", ", sums.Select(s => $"SUM({Quote(s)}) AS {Quote(s)}"));
        var sql = $"SELECT {groups}{(sums.Count > 0 ? ", " : string.Empty)}{totals} FROM {Source(paths)} GROUP BY {groups} ORDER BY {groups}";
        return Query(sql);
    }

    /// <summary>The DuckDB table function that reads several partitions in place as one table (see <see cref="SumBy(IReadOnlyList{string}, IReadOnlyList{string}, IReadOnlyList{string})"/>).</summary>
    public static string Source(IReadOnlyList<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        if (paths.Count == 0)
        {
            throw new ArgumentException(ExtractMessages.NoPartitions, nameof(paths));
        }

        if (paths.FirstOrDefault(p => !File.Exists(p)) is { } missing)
        {
            throw new ExtractLoadException(ExtractMessages.FileNotFound(missing));
        }

        var parquet = paths.Where(IsParquet).ToList();
        if (parquet.Count > 0 && parquet.Count < paths.Count)
        {
            throw new ArgumentException(ExtractMessages.PartitionsMixKinds(parquet[0], paths.First(p => !IsParquet(p))), nameof(paths));
        }

        var list = "[" + string.Join(", ", paths.Select(Literal)) + "]";
        return parquet.Count > 0 ? $"read_parquet({list})" : $"read_csv({list}, header = true, union_by_name = true)";
    }

    /// <summary>The DuckDB table function that reads a file in place, chosen by its extension.</summary>
    public static string Source(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var literal = Literal(path);
        return IsParquet(path)
            ? $"read_parquet({literal})"
            : $"read_csv({literal}, header = true)";
    }

    private static bool IsParquet(string path) => path.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase);

    private static string Literal(string path) => "'" + path.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>Builds typed columns from any data reader, one pass, no per-cell boxing for numbers.</summary>
    internal static DataFrame ToDataFrame(DbDataReader reader)
    {
        var count = reader.FieldCount;
        var builders = new List<Action<DbDataReader>>();
        var columns = new DataFrameColumn[count];
        for (var i = 0; i < count; i++)
        {
            var ordinal = i;
            var name = reader.GetName(i);
            var type = reader.GetFieldType(i);
            switch (type)
            {
                case var t when t == typeof(long) || t == typeof(int) || t == typeof(short) || t == typeof(sbyte) ||
                                t == typeof(byte) || t == typeof(ushort) || t == typeof(uint):
                {
                    var column = new Int64DataFrameColumn(name);
                    columns[i] = column;
                    builders.Add(r => column.Append(r.IsDBNull(ordinal) ? null : Convert.ToInt64(r.GetValue(ordinal), CultureInfo.InvariantCulture)));
                    break;
                }

                case var t when t == typeof(BigInteger) || t == typeof(ulong):
                {
                    var column = new Int64DataFrameColumn(name);
                    columns[i] = column;
                    builders.Add(r => column.Append(r.IsDBNull(ordinal) ? null : checked((long)ToBig(r.GetValue(ordinal)))));
                    break;
                }

                case var t when t == typeof(double) || t == typeof(float) || t == typeof(decimal):
                {
                    var column = new DoubleDataFrameColumn(name);
                    columns[i] = column;
                    builders.Add(r => column.Append(r.IsDBNull(ordinal) ? null : Convert.ToDouble(r.GetValue(ordinal), CultureInfo.InvariantCulture)));
                    break;
                }

                case var t when t == typeof(DateTime) || t == typeof(DateOnly):
                {
                    var column = new PrimitiveDataFrameColumn<DateTime>(name);
                    columns[i] = column;
                    builders.Add(r => column.Append(r.IsDBNull(ordinal) ? null : r.GetValue(ordinal) switch
                    {
                        DateOnly d => d.ToDateTime(TimeOnly.MinValue),
                        var v => (DateTime)v,
                    }));
                    break;
                }

                case var t when t == typeof(bool):
                {
                    var column = new BooleanDataFrameColumn(name);
                    columns[i] = column;
                    builders.Add(r => column.Append(r.IsDBNull(ordinal) ? null : r.GetBoolean(ordinal)));
                    break;
                }

                case var t when t == typeof(string):
                {
                    var column = new StringDataFrameColumn(name);
                    columns[i] = column;
                    builders.Add(r => column.Append(r.IsDBNull(ordinal) ? null : r.GetString(ordinal)));
                    break;
                }

                default:
                    throw new ExtractLoadException(ExtractMessages.UnsupportedResultType(name, type.Name));
            }
        }

        while (reader.Read())
        {
            foreach (var build in builders)
            {
                build(reader);
            }
        }

        return new DataFrame(columns);
    }

    private static BigInteger ToBig(object value) => value switch
    {
        BigInteger b => b,
        ulong u => u,
        _ => BigInteger.Parse(Convert.ToString(value, CultureInfo.InvariantCulture)!, CultureInfo.InvariantCulture),
    };

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
