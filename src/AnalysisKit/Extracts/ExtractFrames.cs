using System.Globalization;
using Microsoft.Data.Analysis;

namespace AnalysisKit.Extracts;

/// <summary>
/// Everyday DataFrame steps on an extract, so a notebook cell says what it does in one line: keep the rows whose code
/// starts with a BNF prefix, sum counts by one or more columns, pivot a practice × month table to one column per month.
/// Plain <see cref="DataFrame"/> in and out (no new query language; for files larger than memory, the same sums are
/// <see cref="DuckDbExtracts.SumBy(string, IReadOnlyList{string}, IReadOnlyList{string})"/>). Missing values are never
/// counted as 0: a group with a missing count gets a missing sum, and the row order of groups is ordinal by key.
/// Joining the geography lookup is <see cref="AnalysisKit.Geography.HierarchyFrames"/>.
/// </summary>
public static class ExtractFrames
{
    /// <summary>
    /// The rows whose <paramref name="column"/> starts with any of <paramref name="prefixes"/> and with none of
    /// <paramref name="exclude"/> (BNF codes: "0501" is antibacterials, excluding "0501015" leaves out 5.1.1.5), ordinal.
    /// </summary>
    /// <param name="frame">The extract's data.</param>
    /// <param name="column">A text column (e.g. <c>BNFItemCode</c>).</param>
    /// <param name="prefixes">At least one prefix.</param>
    /// <param name="exclude">Prefixes to leave out even when a wanted prefix matches.</param>
    /// <returns>A new frame with the matching rows, in their order.</returns>
    public static DataFrame WhereCodeStartsWith(this DataFrame frame, string column, IReadOnlyList<string> prefixes, IReadOnlyList<string>? exclude = null)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(prefixes);
        if (prefixes.Count == 0 || prefixes.Any(string.IsNullOrEmpty))
        {
            throw new ArgumentException(ExtractMessages.NoPrefix(column), nameof(prefixes));
        }

        var codes = Column(frame, column);
        var keep = new PrimitiveDataFrameColumn<bool>("keep", frame.Rows.Count);
        for (long row = 0; row < frame.Rows.Count; row++)
        {
            var code = codes[row]?.ToString() ?? "";
            keep[row] = prefixes.Any(p => code.StartsWith(p, StringComparison.Ordinal))
                        && (exclude is null || !exclude.Any(p => code.StartsWith(p, StringComparison.Ordinal)));
        }

        return frame.Filter(keep);
    }

    /// <summary>
    /// One row per distinct combination of <paramref name="groupBy"/> (ordinal order), with the sum of each of
    /// <paramref name="sums"/>: Int64 for whole-number columns, Double otherwise; missing when any value in the group is missing.
    /// </summary>
    /// <param name="frame">The data.</param>
    /// <param name="groupBy">Key columns (any type; compared as invariant text, dates as yyyy-MM-dd); a missing key is an error.</param>
    /// <param name="sums">Numeric columns to add up.</param>
    /// <returns>A new frame: the key columns as text, then the sums.</returns>
    public static DataFrame SumBy(this DataFrame frame, IReadOnlyList<string> groupBy, IReadOnlyList<string> sums)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(groupBy);
        ArgumentNullException.ThrowIfNull(sums);
        var keys = groupBy.Select(c => Column(frame, c)).ToList();
        var values = sums.Select(c => Numeric(frame, c)).ToList();
        var whole = values.Select(IsWhole).ToArray();
        var groups = new SortedDictionary<string[], Group>(KeyOrder.Instance);
        for (long row = 0; row < frame.Rows.Count; row++)
        {
            var key = new string[keys.Count];
            for (var k = 0; k < keys.Count; k++)
            {
                key[k] = Key(keys[k][row]) ?? throw new ArgumentException(ExtractMessages.MissingKey(groupBy[k], row), nameof(frame));
            }

            if (!groups.TryGetValue(key, out var group))
            {
                group = new Group(sums.Count);
                groups[key] = group;
            }

            for (var s = 0; s < sums.Count; s++)
            {
                if (values[s][row] is not { } v)
                {
                    group.Missing[s] = true;
                }
                else if (whole[s])
                {
                    // Counts add up exactly (checked: an overflow is an error, never a wrapped total).
                    group.Counts[s] = checked(group.Counts[s] + Convert.ToInt64(v, CultureInfo.InvariantCulture));
                }
                else
                {
                    group.Amounts[s] += Convert.ToDouble(v, CultureInfo.InvariantCulture);
                }
            }
        }

        var result = new DataFrame();
        for (var k = 0; k < groupBy.Count; k++)
        {
            result.Columns.Add(new StringDataFrameColumn(groupBy[k], groups.Keys.Select(key => key[k])));
        }

        for (var s = 0; s < sums.Count; s++)
        {
            var c = s;
            result.Columns.Add(whole[s]
                ? new Int64DataFrameColumn(sums[s], groups.Values.Select(g => g.Missing[c] ? (long?)null : g.Counts[c]))
                : new DoubleDataFrameColumn(sums[s], groups.Values.Select(g => g.Missing[c] ? (double?)null : g.Amounts[c])));
        }

        return result;
    }

    /// <summary>
    /// A long practice × month table as a wide one: one row per <paramref name="rowKey"/> (ordinal), one column per month
    /// of <paramref name="month"/> named yyyy-MM in date order, holding the sum of <paramref name="value"/> (missing where
    /// the row has no value that month, or a missing one).
    /// </summary>
    /// <param name="frame">The data.</param>
    /// <param name="rowKey">The row key (e.g. <c>PracticeCode</c>).</param>
    /// <param name="month">A DateTime or DateOnly column (the first of the month; any day counts as its month).</param>
    /// <param name="value">A numeric column.</param>
    /// <returns>A new frame: the key, then a column per month (Int64 for counts, Double otherwise).</returns>
    public static DataFrame PivotByMonth(this DataFrame frame, string rowKey, string month, string value)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var keys = Column(frame, rowKey);
        var dates = Column(frame, month);
        var months = new StringDataFrameColumn(month, frame.Rows.Count);
        for (long row = 0; row < frame.Rows.Count; row++)
        {
            months[row] = MonthOf(Key(dates[row]) ?? throw new ArgumentException(ExtractMessages.MissingKey(month, row), nameof(frame)), month);
        }

        // Sum by key and calendar month (days of one month add up), then spread the months into columns.
        var summed = new DataFrame(keys.Clone(), months, Numeric(frame, value).Clone()).SumBy([rowKey, month], [value]);
        var rows = new SortedSet<string>(StringComparer.Ordinal);
        var cells = new Dictionary<(string Row, string Month), object?>();
        foreach (var row in summed.Rows)
        {
            rows.Add((string)row[0]);
            cells[((string)row[0], (string)row[1])] = row[2];
        }

        var whole = summed.Columns[2] is Int64DataFrameColumn;
        var result = new DataFrame(new StringDataFrameColumn(rowKey, rows));
        foreach (var m in cells.Keys.Select(k => k.Month).Distinct().Order(StringComparer.Ordinal))
        {
            var column = rows.Select(r => cells.GetValueOrDefault((r, m)));
            result.Columns.Add(whole
                ? new Int64DataFrameColumn(m, column.Select(v => (long?)v))
                : new DoubleDataFrameColumn(m, column.Select(v => (double?)v)));
        }

        return result;
    }

    private static DataFrameColumn Column(DataFrame frame, string name) =>
        frame.Columns.IndexOf(name) >= 0 ? frame.Columns[name]
            : throw new ArgumentException(ExtractMessages.NoSuchFrameColumn(name, frame.Columns.Select(c => c.Name)), nameof(name));

    private static DataFrameColumn Numeric(DataFrame frame, string name)
    {
        var column = Column(frame, name);
        return column.IsNumericColumn() ? column : throw new ArgumentException(ExtractMessages.NotNumericColumn(name, column.DataType.Name), nameof(name));
    }

    private static bool IsWhole(DataFrameColumn column) =>
        column.DataType == typeof(long) || column.DataType == typeof(int) || column.DataType == typeof(short) || column.DataType == typeof(byte);

    private static string? Key(object? value) => value switch
    {
        null => null,
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string MonthOf(string key, string column) =>
        DateOnly.TryParseExact(key, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d.ToString("yyyy-MM", CultureInfo.InvariantCulture)
            : throw new ArgumentException(ExtractMessages.NotAMonth(column, key), nameof(column));

    /// <summary>One group's running sums: exact Int64 for counts, Double for amounts; Missing once any value is.</summary>
    private sealed class Group(int columns)
    {
        public long[] Counts { get; } = new long[columns];

        public double[] Amounts { get; } = new double[columns];

        public bool[] Missing { get; } = new bool[columns];
    }

    private sealed class KeyOrder : IComparer<string[]>
    {
        public static KeyOrder Instance { get; } = new();

        public int Compare(string[]? x, string[]? y)
        {
            for (var i = 0; i < x!.Length; i++)
            {
                var c = string.CompareOrdinal(x[i], y![i]);
                if (c != 0)
                {
                    return c;
                }
            }

            return 0;
        }
    }
}
