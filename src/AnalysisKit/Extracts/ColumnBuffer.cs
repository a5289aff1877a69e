using System.Globalization;
using Microsoft.Data.Analysis;

namespace AnalysisKit.Extracts;

/// <summary>
/// Growable typed storage for one extract column while streaming: values in a plain array plus a missing-reason byte
/// per row, so a load costs one parse per cell and no boxing. Rows found bad are rolled back with <see cref="Truncate"/>.
/// Parts of a file parsed at the same time each write their own row range of one buffer through <see cref="Range"/>.
/// </summary>
internal abstract class ColumnBuffer
{
    private readonly int _limit = int.MaxValue;
    private MissingReason[] _reasons;

    protected ColumnBuffer(ExtractColumn column, int capacity)
    {
        Column = column;
        _reasons = new MissingReason[capacity];
    }

    /// <summary>A writer over rows [first, limit) of <paramref name="owner"/>'s storage, which it never grows.</summary>
    protected ColumnBuffer(ColumnBuffer owner, int first, int limit)
    {
        if (first < 0 || limit < first || limit > owner._reasons.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(limit));
        }

        Column = owner.Column;
        _reasons = owner._reasons;
        Count = first;
        _limit = limit;
    }

    public ExtractColumn Column { get; }

    public int Count { get; private set; }

    public bool AnyMissing { get; private set; }

    public ReadOnlySpan<MissingReason> Reasons => _reasons.AsSpan(0, Count);

    /// <summary>A buffer for the column's type, sized for <paramref name="capacity"/> rows (it grows past that by doubling).</summary>
    public static ColumnBuffer For(ExtractColumn column, int capacity)
    {
        capacity = Math.Max(capacity, 16);
        return column.Type switch
        {
            ExtractColumnType.Count => new CountBuffer(column, capacity),
            ExtractColumnType.Number => new NumberBuffer(column, capacity),
            ExtractColumnType.Date => new DateBuffer(column, capacity, month: false),
            ExtractColumnType.Month => new DateBuffer(column, capacity, month: true),
            ExtractColumnType.Code => new TextBuffer(column, capacity, intern: true),
            _ => new TextBuffer(column, capacity, intern: false),
        };
    }

    /// <summary>Parses trimmed text into the next row; false (nothing appended) when it is not a value of the type.</summary>
    public bool TryAppend(ReadOnlySpan<char> trimmed)
    {
        EnsureCapacity();
        if (!TryStore(Count, trimmed))
        {
            return false;
        }

        _reasons[Count] = MissingReason.Present;
        Count++;
        return true;
    }

    /// <summary>Appends a missing value with its reason.</summary>
    public void AppendMissing(MissingReason reason)
    {
        EnsureCapacity();
        StoreDefault(Count);
        _reasons[Count] = reason;
        AnyMissing = true;
        Count++;
    }

    public void Truncate(int count) => Count = count;

    /// <summary>
    /// A writer for rows [<paramref name="first"/>, <paramref name="limit"/>) of this buffer's storage, for one part of a
    /// file parsed beside others: it appends from <paramref name="first"/>, and a row past <paramref name="limit"/> throws
    /// <see cref="ColumnRangeFullException"/> instead of growing. Codes are interned per writer.
    /// </summary>
    public ColumnBuffer Range(int first, int limit) => CreateRange(first, limit);

    /// <summary>Takes the row count and missing flag of the last of the range writers, once they have all finished.</summary>
    public void Adopt(IReadOnlyList<ColumnBuffer> ranges)
    {
        Count = ranges[^1].Count;
        AnyMissing = ranges.Any(r => r.AnyMissing);
    }

    /// <summary>The value at a row as invariant text (for quarantine and messages); empty when missing.</summary>
    public string TextAt(int row) => _reasons[row] == MissingReason.Present ? Format(row) : string.Empty;

    public abstract DataFrameColumn Build(string name);

    /// <summary>True when two rows hold equal values or are both missing (for any reason), as a duplicate-key check compares them.</summary>
    public bool SameValue(int a, int b)
    {
        var aPresent = _reasons[a] == MissingReason.Present;
        return aPresent == (_reasons[b] == MissingReason.Present) && (!aPresent || ValuesEqual(a, b));
    }

    /// <summary>A hash of a row's value consistent with <see cref="SameValue"/>.</summary>
    public int ValueHash(int row) => _reasons[row] == MissingReason.Present ? HashOf(row) : 0;

    protected abstract bool ValuesEqual(int a, int b);

    protected abstract int HashOf(int row);

    /// <summary>The value at a row as a double, for checks; NaN when missing or not numeric.</summary>
    public virtual double NumberAt(int row) => double.NaN;

    /// <summary>The count at a row of a Count column (0 when missing); throws for other types.</summary>
    public virtual long CountAt(int row) => throw new InvalidOperationException(Column.Name + " is not a count column.");

    /// <summary>The date at a row of a Date or Month column (default when missing); throws for other types.</summary>
    public virtual DateTime DateAt(int row) => throw new InvalidOperationException(Column.Name + " is not a date column.");

    /// <summary>The string at a row of a Code or Text column (null when missing); throws for other types.</summary>
    public virtual string? StringAt(int row) => throw new InvalidOperationException(Column.Name + " is not a text column.");

    protected abstract bool TryStore(int row, ReadOnlySpan<char> trimmed);

    protected abstract void StoreDefault(int row);

    protected abstract string Format(int row);

    protected abstract void Grow(int capacity);

    protected abstract ColumnBuffer CreateRange(int first, int limit);

    private void EnsureCapacity()
    {
        if (Count < _reasons.Length && Count < _limit)
        {
            return;
        }

        if (_limit != int.MaxValue)
        {
            throw new ColumnRangeFullException();
        }

        var capacity = checked(_reasons.Length * 2);
        Array.Resize(ref _reasons, capacity);
        Grow(capacity);
    }

    /// <summary>A column of 8-byte values (counts, numbers, dates) kept as raw bytes that the DataFrame takes over.</summary>
    private abstract class ValueBuffer : ColumnBuffer
    {
        protected ValueBuffer(ExtractColumn column, int capacity)
            : base(column, capacity) => Values = new(capacity);

        protected ValueBuffer(ValueBuffer owner, int first, int limit)
            : base(owner, first, limit) => Values = owner.Values;

        protected ValueStore Values { get; }

        public override DataFrameColumn Build(string name)
        {
            var (nulls, nullCount) = ValidityBitmap();
            return CreateColumn(name, Values.Release(Count), nulls, Count, nullCount);
        }

        protected abstract DataFrameColumn CreateColumn(string name, ReadOnlyMemory<byte> data, ReadOnlyMemory<byte> nulls, int length, int nullCount);

        protected override void StoreDefault(int row) => Values.Int64(row) = 0;

        protected override void Grow(int capacity) => Values.Grow(capacity);
    }

    private sealed class CountBuffer : ValueBuffer
    {
        public CountBuffer(ExtractColumn column, int capacity)
            : base(column, capacity)
        {
        }

        private CountBuffer(CountBuffer owner, int first, int limit)
            : base(owner, first, limit)
        {
        }

        public override double NumberAt(int row) => _reasons[row] == MissingReason.Present ? Values.Int64(row) : double.NaN;

        public override long CountAt(int row) => Values.Int64(row);

        protected override DataFrameColumn CreateColumn(string name, ReadOnlyMemory<byte> data, ReadOnlyMemory<byte> nulls, int length, int nullCount) =>
            new Int64DataFrameColumn(name, data, nulls, length, nullCount);

        protected override bool TryStore(int row, ReadOnlySpan<char> trimmed) =>
            InvariantNumber.TryParseLong(trimmed, out Values.Int64(row));

        protected override bool ValuesEqual(int a, int b) => Values.Int64(a) == Values.Int64(b);

        protected override int HashOf(int row) => Values.Int64(row).GetHashCode();

        protected override string Format(int row) => Values.Int64(row).ToString(CultureInfo.InvariantCulture);

        protected override ColumnBuffer CreateRange(int first, int limit) => new CountBuffer(this, first, limit);
    }

    private sealed class NumberBuffer : ValueBuffer
    {
        public NumberBuffer(ExtractColumn column, int capacity)
            : base(column, capacity)
        {
        }

        private NumberBuffer(NumberBuffer owner, int first, int limit)
            : base(owner, first, limit)
        {
        }

        public override double NumberAt(int row) => _reasons[row] == MissingReason.Present ? Values.Double(row) : double.NaN;

        protected override DataFrameColumn CreateColumn(string name, ReadOnlyMemory<byte> data, ReadOnlyMemory<byte> nulls, int length, int nullCount) =>
            new DoubleDataFrameColumn(name, data, nulls, length, nullCount);

        protected override bool TryStore(int row, ReadOnlySpan<char> trimmed) =>
            InvariantNumber.TryParseDouble(trimmed, out Values.Double(row)) && double.IsFinite(Values.Double(row));

        protected override bool ValuesEqual(int a, int b) => Values.Double(a).Equals(Values.Double(b));

        protected override int HashOf(int row) => Values.Double(row).GetHashCode();

        protected override string Format(int row) => Values.Double(row).ToString("R", CultureInfo.InvariantCulture);

        protected override ColumnBuffer CreateRange(int first, int limit) => new NumberBuffer(this, first, limit);
    }

    private sealed class DateBuffer : ValueBuffer
    {
        private readonly bool _month;
        private readonly InvariantDate _dates;
        private readonly char[] _lastText = new char[16];
        private int _lastLength = -1;
        private DateTime _lastValue;

        public DateBuffer(ExtractColumn column, int capacity, bool month)
            : base(column, capacity)
        {
            _month = month;
            _dates = InvariantDate.For(column);
        }

        private DateBuffer(DateBuffer owner, int first, int limit)
            : base(owner, first, limit)
        {
            _month = owner._month;
            _dates = owner._dates;
        }

        protected override DataFrameColumn CreateColumn(string name, ReadOnlyMemory<byte> data, ReadOnlyMemory<byte> nulls, int length, int nullCount) =>
            new PrimitiveDataFrameColumn<DateTime>(name, data, nulls, length, nullCount);

        public override DateTime DateAt(int row) => Values.Date(row);

        protected override bool TryStore(int row, ReadOnlySpan<char> trimmed)
        {
            // Extracts repeat the same month (or day) row after row: the last date read is reused when the text is the same.
            if (trimmed.Length == _lastLength && trimmed.SequenceEqual(_lastText.AsSpan(0, _lastLength)))
            {
                Values.Date(row) = _lastValue;
                return true;
            }

            if (!_dates.TryParse(trimmed, out var value) || (_month && value.Day != 1))
            {
                return false;
            }

            Values.Date(row) = value;
            if (trimmed.Length <= _lastText.Length)
            {
                trimmed.CopyTo(_lastText);
                _lastLength = trimmed.Length;
                _lastValue = value;
            }

            return true;
        }

        protected override bool ValuesEqual(int a, int b) => Values.Date(a).Equals(Values.Date(b));

        protected override int HashOf(int row) => Values.Date(row).GetHashCode();

        protected override string Format(int row) =>
            Values.Date(row).ToString(Column.Format ?? (_month ? "yyyy-MM" : "yyyy-MM-dd"), CultureInfo.InvariantCulture);

        protected override ColumnBuffer CreateRange(int first, int limit) => new DateBuffer(this, first, limit);
    }

    /// <summary>
    /// Code and text columns. Codes are always interned. Text is interned while it repeats (descriptions, names): every
    /// 65,536 rows the buffer checks that at most half the rows so far brought a new string, and stops interning for good
    /// once they did not (free text, where a table of every value would only cost). Either way each row holds an equal
    /// string; interning only decides whether equal rows share one.
    /// </summary>
    private sealed class TextBuffer : ColumnBuffer
    {
        private const int TextCheckEvery = 1 << 16;
        private readonly bool _isCode;
        private CodeInterner? _interner;
        private string? _last;
        private string?[] _values;
        private int _stored;

        public TextBuffer(ExtractColumn column, int capacity, bool intern)
            : base(column, capacity)
        {
            _values = new string?[capacity];
            _isCode = intern;
            _interner = new CodeInterner();
        }

        private TextBuffer(TextBuffer owner, int first, int limit)
            : base(owner, first, limit)
        {
            _values = owner._values;
            _isCode = owner._isCode;
            _interner = new CodeInterner();
        }

        public override DataFrameColumn Build(string name)
        {
            // Sized once and filled by index: appending grows the column's list by doubling, and the arrays it leaves
            // behind on the large-object heap raised a 1M-row child's peak memory by about 45 MB (measured).
            var column = new StringDataFrameColumn(name, Count);
            for (var i = 0; i < Count; i++)
            {
                if (_values[i] is { } value)
                {
                    column[i] = value;
                }
            }

            _values = [];
            return column;
        }

        public override string? StringAt(int row) => _values[row];

        protected override bool TryStore(int row, ReadOnlySpan<char> trimmed)
        {
            // Sorted extracts repeat a code for many rows in a row: one comparison with the last one finds it.
            if (_last is not null && trimmed.SequenceEqual(_last))
            {
                _values[row] = _last;
                return true;
            }

            if (_interner is null)
            {
                _values[row] = trimmed.ToString();
                return true;
            }

            _values[row] = _last = _interner.Intern(trimmed);
            if (!_isCode && ++_stored % TextCheckEvery == 0 && _interner.Count * 2 > _stored)
            {
                _interner = null; // mostly distinct: free text, not worth a table
            }

            return true;
        }

        protected override void StoreDefault(int row) => _values[row] = null;

        protected override bool ValuesEqual(int a, int b) => string.Equals(_values[a], _values[b], StringComparison.Ordinal);

        protected override int HashOf(int row) => StringComparer.Ordinal.GetHashCode(_values[row]!);

        protected override string Format(int row) => _values[row] ?? string.Empty;

        protected override void Grow(int capacity) => Array.Resize(ref _values, capacity);

        protected override ColumnBuffer CreateRange(int first, int limit) => new TextBuffer(this, first, limit);
    }

    /// <summary>The validity bitmap (bit set = present) that DataFrame columns hold beside their values.</summary>
    private (ReadOnlyMemory<byte> Nulls, int NullCount) ValidityBitmap()
    {
        var bitmap = new byte[(Count + 7) / 8];
        if (!AnyMissing)
        {
            bitmap.AsSpan().Fill(0xFF);
            if (Count % 8 != 0)
            {
                bitmap[^1] = (byte)((1 << (Count % 8)) - 1);
            }

            return (bitmap, 0);
        }

        var nullCount = 0;
        for (var i = 0; i < Count; i++)
        {
            if (_reasons[i] == MissingReason.Present)
            {
                bitmap[i >> 3] |= (byte)(1 << (i & 7));
            }
            else
            {
                nullCount++;
            }
        }

        return (bitmap, nullCount);
    }
}
