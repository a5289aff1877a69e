using Microsoft.Data.Analysis;

namespace AnalysisKit.Extracts;

/// <summary>
/// Sums count and number columns of an extract by one or more grouping columns (e.g. practice × month), which
/// DataFrame.GroupBy cannot do (it takes one column). Missing cells are never summed as zero: beside each sum the result
/// has <c>&lt;column&gt;_missing</c> (cells missing for any reason) and <c>&lt;column&gt;_suppressed</c>, so a reader
/// sees when a total is incomplete.
/// </summary>
public static partial class ExtractSums
{
    /// <summary>Key spaces up to this size (e.g. 1,000 practices × 120 months) map groups through a plain array.</summary>
    private const long DenseKeyLimit = 1 << 22;

    /// <summary>Sums by group; groups appear in ascending order of their keys (ordinal for codes).</summary>
    /// <param name="extract">The loaded extract.</param>
    /// <param name="groupBy">Code, Text, Date, Month or Count columns; at least one.</param>
    /// <param name="sums">Count columns (summed as Int64, overflow checked) or Number columns (summed as Double).</param>
    public static DataFrame SumBy(Extract extract, IReadOnlyList<string> groupBy, IReadOnlyList<string> sums)
    {
        ArgumentNullException.ThrowIfNull(extract);
        ArgumentNullException.ThrowIfNull(groupBy);
        ArgumentNullException.ThrowIfNull(sums);
        if (groupBy.Count == 0)
        {
            throw new ArgumentException(ExtractMessages.SumByNeedsGroups, nameof(groupBy));
        }

        var rows = checked((int)extract.Data.Rows.Count);
        var keyColumns = groupBy.Select(g => KeyColumn.For(extract.Data.Columns[extract.Schema.Find(g)?.Name ?? g], rows)).ToList();

        // Each row's group as a mixed-radix number of its per-column ids (checked: overflow means too many groups),
        // mapped to a dense group number through an array when the key space is small, else a dictionary.
        var groupOfRow = new int[rows];
        var firstRow = new List<int>();
        var space = keyColumns.Aggregate(1L, (product, column) => product <= DenseKeyLimit ? product * column.Cardinality : product);
        int[]? dense = space <= DenseKeyLimit ? new int[space] : null;
        var sparse = dense is null ? new Dictionary<long, int>() : null;
        for (var r = 0; r < rows; r++)
        {
            long key = 0;
            foreach (var column in keyColumns)
            {
                key = checked((key * column.Cardinality) + column.Ids[r]);
            }

            int group;
            if (dense is not null)
            {
                group = dense[key] - 1; // stored as group + 1 so that 0 means "not seen"
                if (group < 0)
                {
                    group = firstRow.Count;
                    dense[key] = group + 1;
                    firstRow.Add(r);
                }
            }
            else if (!sparse!.TryGetValue(key, out group))
            {
                group = firstRow.Count;
                sparse.Add(key, group);
                firstRow.Add(r);
            }

            groupOfRow[r] = group;
        }

        var order = Enumerable.Range(0, firstRow.Count).ToArray();
        Array.Sort(order, (a, b) =>
        {
            foreach (var column in keyColumns)
            {
                var c = column.Rank[column.Ids[firstRow[a]]].CompareTo(column.Rank[column.Ids[firstRow[b]]]);
                if (c != 0)
                {
                    return c;
                }
            }

            return 0;
        });

        var result = new List<DataFrameColumn>();
        foreach (var name in groupBy)
        {
            var source = extract.Data.Columns[extract.Schema.Find(name)?.Name ?? name];
            var picked = source.Clone(new Int64DataFrameColumn("rows", order.Select(g => (long)firstRow[g])));
            result.Add(picked);
        }

        foreach (var name in sums)
        {
            result.AddRange(Sum(extract, name, groupOfRow, order));
        }

        return new DataFrame(result);
    }

    private static IEnumerable<DataFrameColumn> Sum(Extract extract, string name, int[] groupOfRow, int[] order)
    {
        var declared = extract.Schema.Find(name) ?? throw new ArgumentException(
            ExtractMessages.UnknownColumn(extract.Source, name, extract.Data.Columns.Select(c => c.Name)), nameof(name));
        var reasons = extract.ReasonsOf(declared.Name);
        var groupCount = order.Length;
        var missing = new long[groupCount];
        var suppressed = new long[groupCount];
        DataFrameColumn sum;
        if (declared.Type == ExtractColumnType.Count)
        {
            var values = (Int64DataFrameColumn)extract.Data.Columns[declared.Name];
            var totals = new long[groupCount];
            var r = 0;
            foreach (var buffer in values.GetReadOnlyDataBuffers())
            {
                foreach (var value in buffer.Span)
                {
                    if (IsPresent(reasons, r, groupOfRow[r], missing, suppressed))
                    {
                        totals[groupOfRow[r]] = checked(totals[groupOfRow[r]] + value);
                    }

                    r++;
                }
            }

            sum = new Int64DataFrameColumn(declared.Name, order.Select(g => totals[g]));
        }
        else if (declared.Type == ExtractColumnType.Number)
        {
            var values = (DoubleDataFrameColumn)extract.Data.Columns[declared.Name];
            var totals = new double[groupCount];
            var r = 0;
            foreach (var buffer in values.GetReadOnlyDataBuffers())
            {
                foreach (var value in buffer.Span)
                {
                    if (IsPresent(reasons, r, groupOfRow[r], missing, suppressed))
                    {
                        totals[groupOfRow[r]] += value;
                    }

                    r++;
                }
            }

            sum = new DoubleDataFrameColumn(declared.Name, order.Select(g => totals[g]));
        }
        else
        {
            throw new ArgumentException(ExtractMessages.TimeSeriesNeedsNumber(declared.Name), nameof(name));
        }

        return
        [
            sum,
            new Int64DataFrameColumn(declared.Name + "_missing", order.Select(g => missing[g])),
            new Int64DataFrameColumn(declared.Name + "_suppressed", order.Select(g => suppressed[g])),
        ];
    }

    /// <summary>True when the cell holds a value; otherwise counts it as missing (and suppressed) for its group.</summary>
    private static bool IsPresent(MissingReason[]? reasons, int row, int group, long[] missing, long[] suppressed)
    {
        var reason = reasons is null ? MissingReason.Present : reasons[row];
        if (reason == MissingReason.Present)
        {
            return true;
        }

        missing[group]++;
        if (reason == MissingReason.Suppressed)
        {
            suppressed[group]++;
        }

        return false;
    }

    /// <summary>A grouping column as dense ids per row, with each id's rank in the column's sorted distinct values.</summary>
    private sealed class KeyColumn
    {
        private KeyColumn(int[] ids, int[] rank)
        {
            Ids = ids;
            Rank = rank;
            Cardinality = Math.Max(rank.Length, 1);
        }

        public int[] Ids { get; }

        public int[] Rank { get; }

        public long Cardinality { get; }

        public static KeyColumn For(DataFrameColumn column, int rows) => column switch
        {
            StringDataFrameColumn s => BuildStrings(s, rows),
            PrimitiveDataFrameColumn<DateTime> d => BuildDates(d, rows),
            Int64DataFrameColumn l => Build(rows, r => l[r] ?? long.MinValue, Comparer<long>.Default),
            _ => throw new ArgumentException(ExtractMessages.UnsupportedResultType(column.Name, column.DataType.Name), nameof(column)),
        };

        /// <summary>
        /// Codes loaded by the extract readers are interned, so most rows are matched by reference first; a string
        /// not seen by reference is still matched by value, so equal codes always share one group.
        /// </summary>
        private static KeyColumn BuildStrings(StringDataFrameColumn column, int rows)
        {
            var byReference = new Dictionary<string, int>(ReferenceEqualityComparer.Instance);
            var byValue = new Dictionary<string, int>(StringComparer.Ordinal);
            var values = new List<string>();
            var ids = new int[rows];
            var r = 0;
            string? last = null;
            var lastId = -1;
            foreach (var cell in column) // the enumerator walks the column's storage; the indexer checks each row
            {
                var v = cell ?? string.Empty;
                if (!ReferenceEquals(v, last))
                {
                    if (!byReference.TryGetValue(v, out lastId))
                    {
                        if (!byValue.TryGetValue(v, out lastId))
                        {
                            lastId = values.Count;
                            byValue.Add(v, lastId);
                            values.Add(v);
                        }

                        byReference.Add(v, lastId);
                    }

                    last = v;
                }

                ids[r++] = lastId;
            }

            return new KeyColumn(ids, Ranks(values, StringComparer.Ordinal));
        }

        /// <summary>Dates read straight from the column's value and validity buffers (the indexer checks each cell one at a time).</summary>
        private static KeyColumn BuildDates(PrimitiveDataFrameColumn<DateTime> column, int rows)
        {
            var ids = new int[rows];
            var distinct = new Dictionary<DateTime, int>();
            var values = new List<DateTime>();
            var r = 0;
            var last = DateTime.MaxValue;
            var lastId = -1;
            using var validity = column.GetReadOnlyNullBitMapBuffers().GetEnumerator();
            foreach (var buffer in column.GetReadOnlyDataBuffers())
            {
                var bits = validity.MoveNext() ? validity.Current.Span : default;
                var dates = buffer.Span;
                for (var i = 0; i < dates.Length; i++)
                {
                    var valid = (i >> 3) < bits.Length && (bits[i >> 3] & (1 << (i & 7))) != 0;
                    var v = valid ? dates[i] : DateTime.MinValue;
                    if (lastId < 0 || v != last)
                    {
                        if (!distinct.TryGetValue(v, out lastId))
                        {
                            lastId = values.Count;
                            distinct.Add(v, lastId);
                            values.Add(v);
                        }

                        last = v;
                    }

                    ids[r++] = lastId;
                }
            }

            return new KeyColumn(ids, Ranks(values, Comparer<DateTime>.Default));
        }

        private static int[] Ranks<T>(List<T> values, IComparer<T> comparer)
        {
            var sorted = Enumerable.Range(0, values.Count).ToArray();
            Array.Sort(sorted, (a, b) => comparer.Compare(values[a], values[b]));
            var rank = new int[values.Count];
            for (var i = 0; i < sorted.Length; i++)
            {
                rank[sorted[i]] = i;
            }

            return rank;
        }

        private static KeyColumn Build<T>(int rows, Func<int, T> value, IComparer<T> comparer)
            where T : notnull
        {
            var ids = new int[rows];
            var distinct = new Dictionary<T, int>();
            var values = new List<T>();
            for (var r = 0; r < rows; r++)
            {
                var v = value(r);
                if (!distinct.TryGetValue(v, out var id))
                {
                    id = values.Count;
                    distinct.Add(v, id);
                    values.Add(v);
                }

                ids[r] = id;
            }

            return new KeyColumn(ids, Ranks(values, comparer));
        }
    }
}
