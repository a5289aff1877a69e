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
    /// <param name="groupBy">Key columns (any type; compared as invariant text).</param>
    /// <param name="sums">Numeric columns to add up.</param>
    /// <returns>A new frame: the key columns as text, then the sums.</returns>
    public static DataFrame SumBy(this DataFrame frame, IReadOnlyList<string> groupBy, IReadOnlyList<string> sums)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(groupBy);
        ArgumentNullException.ThrowIfNull(sums);
        var keys = groupBy.Select(c => Column(frame, c)).ToList();
        var values = sums.Select(c => Numeric(frame, c)).ToList();
        var groups = new SortedDictionary<string[], (double?[] Sums, bool[] Missing)>(KeyOrder.Instance);
        for (long row = 0; row < frame.Rows.Count; row++)
        {
            var key = keys.Select(k => Key(k[row])).ToArray();
            if (!groups.TryGetValue(key, out var group))
            {
                group = (new double?[sums.Count], new bool[sums.Count]);
                groups[key] = group;
            }

            for (var s = 0; s < sums.Count; s++)
            {
                if (values[s][row] is { } v)
                {
                    group.Sums[s] = (group.Sums[s] ?? 0) + Convert.ToDouble(v, CultureInfo.InvariantCulture);
                }
                else
                {
                    group.Missing[s] = true;
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
            var column = s;
            var totals = groups.Values.Select(g => g.Missing[column] ? (double?)null : g.Sums[column] ?? 0).ToList();
            result.Columns.Add(IsWhole(values[s])
                ? new Int64DataFrameColumn(sums[s], totals.Select(t => t is null ? (long?)null : (long)t.Value))
                : new DoubleDataFrameColumn(sums[s], totals));
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
    /// <returns>A new frame: the key, then a Double column per month.</returns>
    public static DataFrame PivotByMonth(this DataFrame frame, string rowKey, string month, string value)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var summed = frame.SumBy([rowKey, month], [value]);
        var rows = new SortedSet<string>(StringComparer.Ordinal);
        var cells = new Dictionary<(string Row, string Month), double?>();
        var months = new SortedSet<string>(StringComparer.Ordinal);
        for (long r = 0; r < summed.Rows.Count; r++)
        {
            var key = (string)summed.Columns[0][r];
            var yearMonth = MonthOf((string)summed.Columns[1][r], month);
            rows.Add(key);
            months.Add(yearMonth);
            var v = summed.Columns[2][r] is { } x ? Convert.ToDouble(x, CultureInfo.InvariantCulture) : (double?)null;
            cells[(key, yearMonth)] = cells.TryGetValue((key, yearMonth), out var before) ? (before is null || v is null ? null : before + v) : v;
        }

        var result = new DataFrame(new StringDataFrameColumn(rowKey, rows));
        foreach (var m in months)
        {
            result.Columns.Add(new DoubleDataFrameColumn(m, rows.Select(r => cells.TryGetValue((r, m), out var v) ? v : null)));
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

    private static string Key(object? value) => value switch
    {
        null => "",
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string MonthOf(string key, string column) =>
        key.Length >= 7 && DateOnly.TryParseExact(key[..10.Clamp(key.Length)], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d.ToString("yyyy-MM", CultureInfo.InvariantCulture)
            : throw new ArgumentException(ExtractMessages.NotAMonth(column, key), nameof(column));

    private static int Clamp(this int value, int max) => Math.Min(value, max);

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
