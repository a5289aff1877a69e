using System.Globalization;
using System.Text;
using AnalysisKit.Definitions;
using AnalysisKit.Extracts;
using Microsoft.Data.Analysis;

namespace AnalysisKit.Prescribing;

/// <summary>
/// Sums a prescribing extract for every measure at once, in place, with the embedded DuckDB (<see cref="DuckDbExtracts"/>):
/// one scan of the file(s), grouped by practice and month, with one conditional sum per measure's numerator, counted
/// denominator, items behind amounts and costs — the BNF-code filters of the definitions (prefix, in, like, exclude)
/// written as SQL. A year of national prescribing (≈ 15 million rows) is read once, not once per measure. Every
/// practice-month with at least one row of any code is returned; one with rows but none passing a numerator's
/// filter has a numerator of 0, as in OpenPrescribing.
/// <para>
/// Values are read typed (counts as integers, amounts and populations as reals); a value DuckDB cannot read stops the
/// query with DuckDB's message (it names the line and column), and an empty value in a column a measure sums is
/// refused naming the file, row, column and practice: a measure needs every value.
/// </para>
/// </summary>
public static class MeasureQuery
{
    /// <summary>Sums every measure over its extract; measures on the same file (and practice and month columns) share one scan.</summary>
    /// <param name="measures">The measures; each has a month column.</param>
    /// <param name="files">The files to read instead of each measure's own (e.g. twelve monthly extracts of the same layout), or null.</param>
    /// <returns>Per measure (in order), its sums by practice and month, ordered by practice then month.</returns>
    /// <exception cref="ExtractLoadException">The file cannot be read, a value is empty or not a number, a month cannot be read, or a population column differs within a practice-month (file, row or practice, column, value).</exception>
    public static IReadOnlyList<IReadOnlyList<PracticeMonthSums>> Run(IReadOnlyList<MeasureDefinition> measures, IReadOnlyList<string>? files = null)
    {
        ArgumentNullException.ThrowIfNull(measures);
        var results = new IReadOnlyList<PracticeMonthSums>[measures.Count];
        foreach (var group in measures.Select((m, i) => (Measure: m, Index: i))
                     .GroupBy(m => string.Join("\u001f", m.Measure.Indicator.File, m.Measure.Indicator.Practice.ToUpperInvariant(), m.Measure.Indicator.Month?.ToUpperInvariant()), StringComparer.Ordinal))
        {
            var members = group.ToList();
            var sums = RunGroup(members.Select(m => m.Measure).ToList(), files ?? [members[0].Measure.Indicator.File]);
            for (var k = 0; k < members.Count; k++)
            {
                results[members[k].Index] = sums[k];
            }
        }

        return results;
    }

    /// <summary>The SQL that sums <paramref name="measures"/> (all on the same practice and month columns) over <paramref name="files"/>.</summary>
    public static string Sql(IReadOnlyList<MeasureDefinition> measures, IReadOnlyList<string> files)
    {
        ArgumentNullException.ThrowIfNull(measures);
        ArgumentNullException.ThrowIfNull(files);
        return new Builder(measures, files).Sql();
    }

    private static List<PracticeMonthSums>[] RunGroup(IReadOnlyList<MeasureDefinition> measures, IReadOnlyList<string> files)
    {
        foreach (var file in files)
        {
            if (!File.Exists(file))
            {
                throw new ExtractLoadException(ExtractMessages.FileNotFound(file));
            }
        }

        var builder = new Builder(measures, files);
        DataFrame frame;
        try
        {
            frame = DuckDbExtracts.Query(builder.Sql());
        }
        catch (ExtractLoadException e)
        {
            throw new ExtractLoadException(PrescribingMessages.QueryFailed(string.Join(", ", files.Select(Path.GetFileName)), e.Message), e);
        }

        builder.CheckNulls(frame);
        var practiceColumn = frame.Columns["practice"];
        var monthColumn = frame.Columns["month"];
        var months = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        var results = measures.Select(_ => new List<PracticeMonthSums>()).ToArray();
        for (long row = 0; row < frame.Rows.Count; row++)
        {
            var practice = (string)practiceColumn[row];
            var monthText = (string)monthColumn[row];
            if (!months.TryGetValue(monthText, out var month))
            {
                months[monthText] = month = ParseMonth(monthText, files, measures[0].Indicator.Month!);
            }

            var rows = (long)frame.Columns["rows"][row];
            for (var m = 0; m < measures.Count; m++)
            {
                results[m].Add(builder.Read(frame, row, m, practice, month, rows));
            }
        }

        foreach (var list in results)
        {
            list.Sort((a, b) => string.CompareOrdinal(a.Practice, b.Practice) is var c && c != 0 ? c : a.Month.CompareTo(b.Month));
        }

        return results;
    }

    /// <summary>A month written yyyyMM, yyyy-MM or yyyy-MM-01 (the first day of a month).</summary>
    internal static DateOnly ParseMonth(string text, IReadOnlyList<string> files, string column)
    {
        foreach (var format in new[] { "yyyyMM", "yyyy-MM", "yyyy-MM-dd" })
        {
            if (DateOnly.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && date.Day == 1)
            {
                return date;
            }
        }

        throw new ExtractLoadException(PrescribingMessages.BadMonth(string.Join(", ", files.Select(Path.GetFileName)), column, text));
    }

    /// <summary>Builds the one-scan SQL for a group of measures and reads its result.</summary>
    private sealed class Builder
    {
        private readonly IReadOnlyList<MeasureDefinition> measures;
        private readonly IReadOnlyList<string> files;
        private readonly Dictionary<string, string> aliases = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, string> types = new(StringComparer.OrdinalIgnoreCase);
        private readonly List<string> valueColumns = [];

        public Builder(IReadOnlyList<MeasureDefinition> measures, IReadOnlyList<string> files)
        {
            this.measures = measures;
            this.files = files;
            var first = measures[0].Indicator;
            Declare(first.Practice, "VARCHAR", isValue: false);
            Declare(first.Month!, "VARCHAR", isValue: false);
            foreach (var measure in measures)
            {
                foreach (var expression in new[] { measure.Indicator.Numerator, measure.Indicator.Denominator.Expression }.OfType<CountExpression>())
                {
                    foreach (var filter in expression.Filters)
                    {
                        Declare(filter.Column, "VARCHAR", isValue: false);
                    }

                    foreach (var column in expression.Columns)
                    {
                        Declare(column, expression.Values == ValueKind.Count ? "BIGINT" : "DOUBLE", isValue: true);
                    }

                    if (expression.Count is { } count)
                    {
                        Declare(count, "BIGINT", isValue: true);
                    }
                }

                if (measure.Indicator.Denominator.Column is { } population)
                {
                    Declare(population, "DOUBLE", isValue: true);
                }

                if (measure.Savings?.Cost is { } cost)
                {
                    Declare(cost, "DOUBLE", isValue: true);
                }
            }
        }

        public string Sql()
        {
            var first = measures[0].Indicator;
            var sql = new StringBuilder();
            var typeList = string.Join(", ", types.Select(t => $"{Literal(t.Key)}: {Literal(t.Value)}"));
            var source = $"read_csv([{string.Join(", ", files.Select(Literal))}], header = true, delim = {Literal(DelimiterOf(files[0]))}, types = {{{typeList}}})";
            sql.Append("WITH r AS (SELECT ");
            sql.Append(string.Join(", ", aliases.Select(a => types[a.Key] == "VARCHAR" ? $"trim({Quote(a.Key)}) AS {a.Value}" : $"{Quote(a.Key)} AS {a.Value}")));
            sql.Append(" FROM ").Append(source).Append(")\n");
            sql.Append("SELECT ").Append(aliases[first.Practice]).Append(" AS practice, ").Append(aliases[first.Month!]).Append(" AS month, COUNT(*) AS \"rows\"");
            foreach (var column in valueColumns)
            {
                sql.Append(", SUM(CASE WHEN ").Append(aliases[column]).Append(" IS NULL THEN 1 ELSE 0 END) AS ").Append(NullAlias(column));
            }

            for (var m = 0; m < measures.Count; m++)
            {
                var indicator = measures[m].Indicator;
                Sum(sql, indicator.Numerator, indicator.Numerator.Columns, $"n{m}");
                Sum(sql, indicator.Numerator, indicator.Numerator.CountColumns, $"nc{m}");
                if (indicator.Denominator.Expression is { } counted)
                {
                    Sum(sql, counted, counted.Columns, $"d{m}");
                    Sum(sql, counted, counted.CountColumns, $"dc{m}");
                }

                if (indicator.Denominator.Column is { } population)
                {
                    sql.Append(CultureInfo.InvariantCulture, $", MIN({aliases[population]}) AS pmin{m}, MAX({aliases[population]}) AS pmax{m}");
                }

                if (measures[m].Savings?.Cost is { } cost)
                {
                    Sum(sql, indicator.Numerator, [cost], $"ncost{m}");
                    Sum(sql, indicator.Denominator.Expression!, [cost], $"dcost{m}");
                }
            }

            sql.Append("\nFROM r GROUP BY practice, month ORDER BY practice, month");
            return sql.ToString();
        }

        /// <summary>Refuses empty keys and empty values, naming the first row that has one.</summary>
        public void CheckNulls(DataFrame frame)
        {
            var practices = frame.Columns["practice"];
            var months = frame.Columns["month"];
            for (long row = 0; row < frame.Rows.Count; row++)
            {
                if (practices[row] is null || months[row] is null)
                {
                    var column = practices[row] is null ? measures[0].Indicator.Practice : measures[0].Indicator.Month!;
                    throw EmptyValue(column, (practices[row] as string) ?? "(none)");
                }
            }

            foreach (var column in valueColumns)
            {
                var nulls = frame.Columns[NullAlias(column)];
                for (long row = 0; row < frame.Rows.Count; row++)
                {
                    if (nulls[row] is long n && n > 0)
                    {
                        throw EmptyValue(column, (string)practices[row]);
                    }
                }
            }
        }

        public PracticeMonthSums Read(DataFrame frame, long row, int m, string practice, DateOnly month, long rows)
        {
            var indicator = measures[m].Indicator;
            double? denominator = null;
            long? denominatorCount = null;
            if (indicator.Denominator.Expression is not null)
            {
                denominator = Number(frame, $"d{m}", row);
                denominatorCount = (long)Number(frame, $"dc{m}", row);
            }
            else if (indicator.Denominator.Column is { } population)
            {
                var low = Number(frame, $"pmin{m}", row);
                var high = Number(frame, $"pmax{m}", row);
                if (low != high)
                {
                    throw new ExtractLoadException(PrescribingMessages.PopulationDiffers(FileNames, population, practice, month, low, high));
                }

                denominator = indicator.Denominator.Kind == DenominatorKind.PatientYearsColumn ? high / 12 : high;
            }

            var costs = measures[m].Savings?.Cost is not null;
            return new PracticeMonthSums(practice, month, rows, Number(frame, $"n{m}", row), (long)Number(frame, $"nc{m}", row), denominator, denominatorCount,
                costs ? Number(frame, $"ncost{m}", row) : null, costs ? Number(frame, $"dcost{m}", row) : null);
        }

        private string FileNames => string.Join(", ", files.Select(Path.GetFileName));

        private ExtractLoadException EmptyValue(string column, string practice)
        {
            foreach (var file in files)
            {
                if (FirstEmpty(file, column) is { } found)
                {
                    return new ExtractLoadException(PrescribingMessages.EmptyValue(Path.GetFileName(file), found.Row, column, found.Practice));
                }
            }

            return new ExtractLoadException(PrescribingMessages.EmptyValue(FileNames, 0, column, practice));
        }

        /// <summary>The first data row (1 = first after the header) whose <paramref name="column"/> is empty, read independently of DuckDB.</summary>
        private (long Row, string Practice)? FirstEmpty(string file, string column)
        {
            using var reader = Sylvan.Data.Csv.CsvDataReader.Create(file, new Sylvan.Data.Csv.CsvDataReaderOptions { HasHeaders = true, Delimiter = DelimiterOf(file)[0] });
            var ordinal = Enumerable.Range(0, reader.FieldCount).First(i => string.Equals(reader.GetName(i).Trim().TrimStart('\uFEFF'), column, StringComparison.OrdinalIgnoreCase));
            var practice = Enumerable.Range(0, reader.FieldCount).First(i => string.Equals(reader.GetName(i).Trim().TrimStart('\uFEFF'), measures[0].Indicator.Practice, StringComparison.OrdinalIgnoreCase));
            long row = 0;
            while (reader.Read())
            {
                row++;
                if (string.IsNullOrWhiteSpace(reader.GetString(ordinal)))
                {
                    return (row, reader.GetString(practice).Trim());
                }
            }

            return null;
        }

        private static double Number(DataFrame frame, string column, long row) => frame.Columns[column][row] switch
        {
            long l => l,
            double d => d,
            null => 0,
            var v => Convert.ToDouble(v, CultureInfo.InvariantCulture),
        };

        private void Declare(string column, string type, bool isValue)
        {
            if (aliases.ContainsKey(column))
            {
                if (types[column] != type && types[column] != "VARCHAR" && type != "VARCHAR")
                {
                    types[column] = "DOUBLE";
                }

                return;
            }

            aliases[column] = "c" + aliases.Count.ToString(CultureInfo.InvariantCulture);
            types[column] = type;
            if (isValue)
            {
                valueColumns.Add(column);
            }
        }

        private void Sum(StringBuilder sql, CountExpression expression, IReadOnlyList<string> columns, string alias)
        {
            var value = columns.Count == 0 ? "0" : string.Join(" + ", columns.Select(c => aliases[c]));
            var condition = expression.Filters.Count == 0 ? "TRUE" : string.Join(" AND ", expression.Filters.Select(Condition));
            sql.Append(CultureInfo.InvariantCulture, $", COALESCE(SUM(CASE WHEN {condition} THEN {value} END), 0) AS {alias}");
        }

        /// <summary>A filter as SQL over the trimmed code: (prefix OR in OR like) AND NOT (excluded prefix).</summary>
        private string Condition(ColumnFilter filter)
        {
            var code = aliases[filter.Column];
            var includes = filter.Prefixes.Select(p => $"starts_with({code}, {Literal(p)})")
                .Concat(filter.Codes.Count == 0 ? [] : [$"{code} IN ({string.Join(", ", filter.Codes.Select(Literal))})"])
                .Concat(filter.LikePatterns.Select(p => $"{code} LIKE {Literal(p)}"))
                .ToList();
            var include = includes.Count == 0 ? $"{code} IS NOT NULL" : "(" + string.Join(" OR ", includes) + ")";
            return filter.Exclude.Count == 0
                ? include
                : $"({include} AND NOT ({string.Join(" OR ", filter.Exclude.Select(e => $"starts_with({code}, {Literal(e)})"))}))";
        }

        private string NullAlias(string column) => "null_" + aliases[column];

        private static string DelimiterOf(string file) =>
            file.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".tab", StringComparison.OrdinalIgnoreCase) ? "\t" : ",";

        private static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

        private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
