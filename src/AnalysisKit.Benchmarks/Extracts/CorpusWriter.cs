using System.Text;

namespace AnalysisKit.Benchmarks.Extracts;

/// <summary>
/// Writes a corpus CSV file as UTF-8 bytes, field by field, without culture-dependent formatting: integers and
/// fixed-point decimals are written from whole numbers (so a cost of 1234 pence is exactly "12.34"), text is quoted by
/// RFC 4180 when it holds a delimiter, quote or line break. Line endings are LF, or CRLF as Excel writes them.
/// </summary>
internal sealed class CorpusWriter : IDisposable
{
    private readonly FileStream _file;
    private readonly byte[] _buffer = new byte[1 << 16];
    private readonly bool _crlf;
    private int _used;
    private bool _fieldStarted;

    public CorpusWriter(string path, bool crlf = false, bool byteOrderMark = false)
    {
        _file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1, FileOptions.SequentialScan);
        _crlf = crlf;
        if (byteOrderMark)
        {
            Bytes([0xEF, 0xBB, 0xBF]);
        }
    }

    /// <summary>Writes the header row: the names as given, quoted only when they need it.</summary>
    public void Header(params string[] names)
    {
        foreach (var name in names)
        {
            Text(name);
        }

        EndRow();
    }

    /// <summary>A text field, quoted (with inner quotes doubled) when it holds a comma, quote, CR or LF.</summary>
    public void Text(string value)
    {
        Separate();
        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            Utf8(value);
            return;
        }

        Byte((byte)'"');
        Utf8(value.Replace("\"", "\"\"", StringComparison.Ordinal));
        Byte((byte)'"');
    }

    /// <summary>A text field always written in quotes, as some exporters quote every text column.</summary>
    public void Quoted(string value)
    {
        Separate();
        Byte((byte)'"');
        Utf8(value.Replace("\"", "\"\"", StringComparison.Ordinal));
        Byte((byte)'"');
    }

    /// <summary>An empty field.</summary>
    public void Empty() => Separate();

    /// <summary>A whole number.</summary>
    public void Integer(long value) => Decimal(value, 0);

    /// <summary><paramref name="scaled"/> / 10^<paramref name="decimals"/> written with exactly that many decimals, e.g. (1234, 2) → 12.34.</summary>
    public void Decimal(long scaled, int decimals)
    {
        Separate();
        if (scaled < 0)
        {
            Byte((byte)'-');
            scaled = -scaled;
        }

        Span<byte> digits = stackalloc byte[24];
        var n = 0;
        do
        {
            digits[n++] = (byte)('0' + (scaled % 10));
            scaled /= 10;
        }
        while (scaled > 0 || n <= decimals);

        for (var i = n - 1; i >= 0; i--)
        {
            Byte(digits[i]);
            if (i == decimals && decimals > 0)
            {
                Byte((byte)'.');
            }
        }
    }

    /// <summary>A date or month written from its parts by a pattern: y = 4-digit year, M = 2-digit month, d = 2-digit day; other characters as they are.</summary>
    public void Date(int year, int month, int day, string pattern)
    {
        Separate();
        foreach (var c in pattern)
        {
            switch (c)
            {
                case 'y':
                    Two(year / 100);
                    Two(year % 100);
                    break;
                case 'M':
                    Two(month);
                    break;
                case 'd':
                    Two(day);
                    break;
                default:
                    Byte((byte)c);
                    break;
            }
        }
    }

    public void EndRow()
    {
        if (_crlf)
        {
            Byte((byte)'\r');
        }

        Byte((byte)'\n');
        _fieldStarted = false;
    }

    public void Dispose()
    {
        _file.Write(_buffer, 0, _used);
        _file.Dispose();
    }

    private void Two(int value)
    {
        Byte((byte)('0' + (value / 10)));
        Byte((byte)('0' + (value % 10)));
    }

    private void Separate()
    {
        if (_fieldStarted)
        {
            Byte((byte)',');
        }

        _fieldStarted = true;
    }

    private void Utf8(string value)
    {
        if (Encoding.UTF8.GetMaxByteCount(value.Length) > _buffer.Length - _used)
        {
            Flush();
        }

        _used += Encoding.UTF8.GetBytes(value, _buffer.AsSpan(_used));
    }

    private void Bytes(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            Byte(b);
        }
    }

    private void Byte(byte value)
    {
        if (_used == _buffer.Length)
        {
            Flush();
        }

        _buffer[_used++] = value;
    }

    private void Flush()
    {
        _file.Write(_buffer, 0, _used);
        _used = 0;
    }
}
