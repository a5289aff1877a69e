using Microsoft.Data.Analysis;

namespace AnalysisKit.Extracts;

/// <summary>
/// Running practice × month (or any ≤ 3-column) totals fed batch by batch from the loader's buffers, for sums over a
/// file that is never held in memory: per group the sum of each count (Int64, overflow checked) or number column
/// (Double, added in row order, so the totals are the ones <see cref="ExtractSums.SumBy(Extract, IReadOnlyList{string}, IReadOnlyList{string})"/>
/// gives on the loaded extract), and how many cells were missing and suppressed. Memory grows with the groups, not the rows.
/// </summary>
internal sealed class GroupTotals
{
    private const int IdBits = 21;

    private readonly int[] _groupColumns;
    private readonly int[] _sumColumns;
    private readonly bool[] _isCount;
    private readonly KeyIds[] _keys;
    private readonly Dictionary<long, int> _groups = [];
    private readonly List<int[]> _groupIds = [];
    private long[][] _countTotals;
    private double[][] _numberTotals;
    private long[][] _missing;
    private long[][] _suppressed;

    public GroupTotals(ExtractSchema schema, IReadOnlyList<string> groupBy, IReadOnlyList<string> sums)
    {
        if (groupBy.Count is 0 or > 3)
        {
            throw new ArgumentException(ExtractMessages.StreamGroupCount(groupBy.Count), nameof(groupBy));
        }

        _groupColumns = groupBy.Select(g => schema.IndexOf(g, "group")).ToArray();
        _sumColumns = sums.Select(s => schema.IndexOf(s, "sum")).ToArray();
        _keys = _groupColumns.Select(c => KeyIds.For(schema.Columns[c])).ToArray();
        _isCount = _sumColumns.Select(c => schema.Columns[c].Type switch
        {
            ExtractColumnType.Count => true,
            ExtractColumnType.Number => false,
            _ => throw new ArgumentException(ExtractMessages.TimeSeriesNeedsNumber(schema.Columns[c].Name), nameof(sums)),
        }).ToArray();
        _countTotals = _sumColumns.Select(_ => new long[16]).ToArray();
        _numberTotals = _sumColumns.Select(_ => new double[16]).ToArray();
        _missing = _sumColumns.Select(_ => new long[16]).ToArray();
        _suppressed = _sumColumns.Select(_ => new long[16]).ToArray();
    }

    /// <summary>Adds the first <paramref name="rows"/> rows of the loader's buffers.</summary>
    public void Add(ColumnBuffer[] buffers, int rows)
    {
        var groupOfRow = new int[rows];
        for (var r = 0; r < rows; r++)
        {
            long key = 0;
            for (var k = 0; k < _keys.Length; k++)
            {
                var id = _keys[k].IdOf(buffers[_groupColumns[k]], r);
                if (id >= 1 << IdBits)
                {
                    throw new InvalidOperationException(ExtractMessages.StreamTooManyKeys(buffers[_groupColumns[k]].Column.Name, 1 << IdBits));
                }

                key |= (long)id << (k * IdBits);
            }

            if (!_groups.TryGetValue(key, out var group))
            {
                group = _groups.Count;
                _groups.Add(key, group);
                _groupIds.Add(Enumerable.Range(0, _keys.Length).Select(k => (int)((key >> (k * IdBits)) & ((1 << IdBits) - 1))).ToArray());
                EnsureGroups(group + 1);
            }

            groupOfRow[r] = group;
        }

        for (var s = 0; s < _sumColumns.Length; s++)
        {
            var buffer = buffers[_sumColumns[s]];
            var reasons = buffer.Reasons;
            for (var r = 0; r < rows; r++)
            {
                var group = groupOfRow[r];
                if (reasons[r] != MissingReason.Present)
                {
                    _missing[s][group]++;
                    if (reasons[r] == MissingReason.Suppressed)
                    {
                        _suppressed[s][group]++;
                    }
                }
                else if (_isCount[s])
                {
                    _countTotals[s][group] = checked(_countTotals[s][group] + buffer.CountAt(r));
                }
                else
                {
                    _numberTotals[s][group] += buffer.NumberAt(r);
                }
            }
        }
    }

    /// <summary>The totals as ExtractSums lays them out: group columns, then each sum with its _missing and _suppressed, groups in ascending key order.</summary>
    public DataFrame ToFrame(ExtractSchema schema)
    {
        var order = Enumerable.Range(0, _groups.Count).ToArray();
        Array.Sort(order, (a, b) =>
        {
            for (var k = 0; k < _keys.Length; k++)
            {
                var c = _keys[k].Compare(_groupIds[a][k], _groupIds[b][k]);
                if (c != 0)
                {
                    return c;
                }
            }

            return 0;
        });

        var columns = new List<DataFrameColumn>();
        for (var k = 0; k < _keys.Length; k++)
        {
            var key = k;
            columns.Add(_keys[k].Column(schema.Columns[_groupColumns[k]].Name, order.Select(g => _groupIds[g][key])));
        }

        for (var s = 0; s < _sumColumns.Length; s++)
        {
            var name = schema.Columns[_sumColumns[s]].Name;
            var sum = s;
            columns.Add(_isCount[s]
                ? new Int64DataFrameColumn(name, order.Select(g => _countTotals[sum][g]))
                : new DoubleDataFrameColumn(name, order.Select(g => _numberTotals[sum][g])));
            columns.Add(new Int64DataFrameColumn(name + "_missing", order.Select(g => _missing[sum][g])));
            columns.Add(new Int64DataFrameColumn(name + "_suppressed", order.Select(g => _suppressed[sum][g])));
        }

        return new DataFrame(columns);
    }

    private void EnsureGroups(int count)
    {
        if (_sumColumns.Length == 0 || count <= _missing[0].Length)
        {
            return;
        }

        var size = Math.Max(count, _missing[0].Length * 2);
        for (var s = 0; s < _sumColumns.Length; s++)
        {
            Array.Resize(ref _countTotals[s], size);
            Array.Resize(ref _numberTotals[s], size);
            Array.Resize(ref _missing[s], size);
            Array.Resize(ref _suppressed[s], size);
        }
    }

    /// <summary>Small ids for one grouping column's distinct values (a missing cell is its own id, sorted first, shown as missing).</summary>
    private abstract class KeyIds
    {
        public static KeyIds For(ExtractColumn column) => column.Type switch
        {
            ExtractColumnType.Code or ExtractColumnType.Text => new StringIds(),
            ExtractColumnType.Date or ExtractColumnType.Month => new DateIds(),
            ExtractColumnType.Count => new CountIds(),
            _ => throw new ArgumentException(ExtractMessages.UnsupportedResultType(column.Name, nameof(Double)), nameof(column)),
        };

        public abstract int IdOf(ColumnBuffer buffer, int row);

        public abstract int Compare(int a, int b);

        public abstract DataFrameColumn Column(string name, IEnumerable<int> ids);
    }

    private sealed class StringIds : KeyIds
    {
        private readonly Dictionary<string, int> _byReference = new(ReferenceEqualityComparer.Instance);
        private readonly Dictionary<string, int> _byValue = new(StringComparer.Ordinal);
        private readonly List<string?> _values = [null]; // id 0: missing

        public override int IdOf(ColumnBuffer buffer, int row)
        {
            if (buffer.Reasons[row] != MissingReason.Present)
            {
                return 0;
            }

            var value = buffer.StringAt(row)!;
            if (!_byReference.TryGetValue(value, out var id))
            {
                if (!_byValue.TryGetValue(value, out id))
                {
                    id = _values.Count;
                    _values.Add(value);
                    _byValue.Add(value, id);
                }

                _byReference.Add(value, id);
            }

            return id;
        }

        public override int Compare(int a, int b) => string.CompareOrdinal(_values[a] ?? string.Empty, _values[b] ?? string.Empty);

        public override DataFrameColumn Column(string name, IEnumerable<int> ids) => new StringDataFrameColumn(name, ids.Select(i => _values[i]));
    }

    private sealed class DateIds : KeyIds
    {
        private readonly Dictionary<long, int> _ids = [];
        private readonly List<DateTime?> _values = [null];

        public override int IdOf(ColumnBuffer buffer, int row)
        {
            if (buffer.Reasons[row] != MissingReason.Present)
            {
                return 0;
            }

            var value = buffer.DateAt(row);
            if (!_ids.TryGetValue(value.Ticks, out var id))
            {
                id = _values.Count;
                _values.Add(value);
                _ids.Add(value.Ticks, id);
            }

            return id;
        }

        public override int Compare(int a, int b) => (_values[a] ?? DateTime.MinValue).CompareTo(_values[b] ?? DateTime.MinValue);

        public override DataFrameColumn Column(string name, IEnumerable<int> ids) => new PrimitiveDataFrameColumn<DateTime>(name, ids.Select(i => _values[i]));
    }

    private sealed class CountIds : KeyIds
    {
        private readonly Dictionary<long, int> _ids = [];
        private readonly List<long?> _values = [null];

        public override int IdOf(ColumnBuffer buffer, int row)
        {
            if (buffer.Reasons[row] != MissingReason.Present)
            {
                return 0;
            }

            var value = buffer.CountAt(row);
            if (!_ids.TryGetValue(value, out var id))
            {
                id = _values.Count;
                _values.Add(value);
                _ids.Add(value, id);
            }

            return id;
        }

        public override int Compare(int a, int b) => (_values[a] ?? long.MinValue).CompareTo(_values[b] ?? long.MinValue);

        public override DataFrameColumn Column(string name, IEnumerable<int> ids) => new Int64DataFrameColumn(name, ids.Select(i => _values[i]));
    }
}
