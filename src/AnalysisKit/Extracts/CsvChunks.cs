using System.Text;

namespace AnalysisKit.Extracts;

/// <summary>
/// Splits a large CSV file into byte ranges that each start at a record boundary, so the ranges can be parsed at the
/// same time, and counts the records in every range but the last so each parser knows the row it starts at.
/// A boundary is a line feed outside a quoted field: when a range before the last holds a quote character, the quote
/// state is followed from the start of the file (a quote opens a quoted field only at the start of a field, and
/// <c>""</c> inside one is an escaped quote, as RFC 4180 and Sylvan.Data.Csv read it); the last range's line feeds are
/// only counted, as an upper bound on its records. The plan is a guess that the
/// loader checks — every range must parse to exactly the counted records — and any disagreement falls back to one
/// sequential pass.
/// </summary>
internal static class CsvChunks
{
    private const int BlockSize = 1 << 20;

    /// <summary>One range of the file: bytes [Start, Start + Length), holding <see cref="Records"/> data records.</summary>
    /// <param name="Start">The byte offset of the range's first byte (0 for the range that holds the header).</param>
    /// <param name="Length">The range's length in bytes.</param>
    /// <param name="Records">Data records in the range (the header excluded); an upper bound for the last range.</param>
    internal readonly record struct Chunk(long Start, long Length, int Records);

    /// <summary>
    /// Plans <paramref name="parts"/> ranges, or null when the file should be read in one pass: too small, an
    /// encoding in which a line feed byte can be part of another character, or no record boundary near a split.
    /// </summary>
    public static Chunk[]? Plan(string path, Encoding encoding, char delimiter, int parts, long minimumBytes)
    {
        if (parts < 2 || !IsLineFeedSafe(encoding) || delimiter > 0x7F || delimiter is '"' or '\n' or '\r')
        {
            return null;
        }

        using var file = File.OpenHandle(path);
        var length = RandomAccess.GetLength(file);
        if (length < minimumBytes)
        {
            return null;
        }

        parts = (int)Math.Min(parts, Math.Max(1, length / Math.Max(1, minimumBytes / 2)));
        var scan = new Scan((byte)delimiter);
        var buffer = new byte[BlockSize];
        var chunks = new List<Chunk>();
        long chunkStart = 0;
        long lineFeeds = 0;
        long offset = 0;
        var boundaryAfter = length / parts;
        while (offset < length)
        {
            var read = RandomAccess.Read(file, buffer, offset);
            if (read <= 0)
            {
                break;
            }

            var block = buffer.AsSpan(0, read);
            var cursor = 0;
            while (cursor < block.Length)
            {
                var remaining = block[cursor..];
                var wantBoundary = chunks.Count < parts - 1;
                if (!wantBoundary)
                {
                    lineFeeds += remaining.Count((byte)'\n'); // the last range needs only an upper bound: no quote state
                    break;
                }

                // Count records up to the split point, then find the first record end at or after it.
                var toSplit = (int)Math.Clamp(boundaryAfter - (offset + cursor), 0, remaining.Length);
                lineFeeds += scan.Count(remaining[..toSplit]);
                cursor += toSplit;
                if (cursor == block.Length)
                {
                    break;
                }

                var end = scan.FindRecordEnd(block[cursor..]);
                if (end < 0)
                {
                    lineFeeds += scan.Count(block[cursor..]);
                    cursor = block.Length;
                    break;
                }

                lineFeeds += scan.Count(block.Slice(cursor, end + 1));
                cursor += end + 1;
                var split = offset + cursor;
                var records = lineFeeds - (chunks.Count == 0 ? 1 : 0); // the first range's first line is the header
                if (records <= 0 || records > int.MaxValue || split >= length)
                {
                    return null;
                }

                chunks.Add(new Chunk(chunkStart, split - chunkStart, (int)records));
                chunkStart = split;
                lineFeeds = 0;
                boundaryAfter = split + ((length - split) / (parts - chunks.Count));
            }

            offset += read;
        }

        if (chunks.Count != parts - 1)
        {
            return null;
        }

        // The last range: every line feed may end a record, plus a last record without one.
        var last = lineFeeds + 1;
        if (last > int.MaxValue)
        {
            return null;
        }

        chunks.Add(new Chunk(chunkStart, length - chunkStart, (int)last));
        return chunks.ToArray();
    }

    /// <summary>UTF-8 and single-byte Western encodings: a 0x0A byte is always a line feed and never inside a character.</summary>
    private static bool IsLineFeedSafe(Encoding encoding) =>
        encoding.CodePage is 65001 or 1252 or 28591 or 20127 or 28605;

    /// <summary>
    /// The quote state carried across blocks, from the start of the file to the last split (the last range needs only an
    /// upper bound on its records, so its line feeds are counted without it).
    /// </summary>
    private sealed class Scan(byte delimiter)
    {
        private const byte Quote = (byte)'"';
        private const byte LineFeed = (byte)'\n';
        private State _state = State.FieldStart;

        private enum State
        {
            FieldStart,
            Unquoted,
            Quoted,
            QuoteInQuoted,
        }

        /// <summary>
        /// Record ends (line feeds outside quotes) in the bytes, advancing the quote state over them. The bytes are
        /// searched for the next quote (vectorised), line feeds before it are counted in bulk, and only the quote itself
        /// is stepped over one byte at a time, so a file with a quoted field on every row is scanned near memory speed.
        /// </summary>
        public long Count(ReadOnlySpan<byte> bytes)
        {
            long ends = 0;
            while (!bytes.IsEmpty)
            {
                if (_state == State.QuoteInQuoted)
                {
                    ends += Step(bytes[0]) ? 1 : 0;
                    bytes = bytes[1..];
                    continue;
                }

                var quote = bytes.IndexOf(Quote);
                if (_state == State.Quoted)
                {
                    if (quote < 0)
                    {
                        return ends; // the quoted field goes on past these bytes
                    }

                    _state = State.QuoteInQuoted;
                    bytes = bytes[(quote + 1)..];
                    continue;
                }

                // Outside quotes: a quote only opens a field right after a delimiter or line feed.
                var plain = quote < 0 ? bytes : bytes[..quote];
                ends += plain.Count(LineFeed);
                if (!plain.IsEmpty)
                {
                    var lastByte = plain[^1];
                    _state = lastByte == LineFeed || lastByte == delimiter ? State.FieldStart : State.Unquoted;
                }

                if (quote < 0)
                {
                    return ends;
                }

                Step(Quote);
                bytes = bytes[(quote + 1)..];
            }

            return ends;
        }

        /// <summary>The index of the first record-ending line feed, or -1; the state is not advanced.</summary>
        public int FindRecordEnd(ReadOnlySpan<byte> bytes)
        {
            var saved = _state;
            try
            {
                if (_state is State.FieldStart or State.Unquoted)
                {
                    var quote = bytes.IndexOf(Quote);
                    var lineFeed = bytes.IndexOf(LineFeed);
                    if (lineFeed >= 0 && (quote < 0 || lineFeed < quote))
                    {
                        return lineFeed;
                    }
                }

                for (var i = 0; i < bytes.Length; i++)
                {
                    if (Step(bytes[i]))
                    {
                        return i;
                    }
                }

                return -1;
            }
            finally
            {
                _state = saved;
            }
        }

        /// <summary>Advances over one byte; true when it ends a record.</summary>
        private bool Step(byte b)
        {
            switch (_state)
            {
                case State.Quoted:
                    if (b == Quote)
                    {
                        _state = State.QuoteInQuoted;
                    }

                    return false;
                case State.QuoteInQuoted:
                    _state = b == Quote ? State.Quoted : b == delimiter ? State.FieldStart : b == LineFeed ? State.FieldStart : State.Unquoted;
                    return b == LineFeed;
                case State.FieldStart:
                    _state = b == Quote ? State.Quoted : b == delimiter || b == LineFeed ? State.FieldStart : State.Unquoted;
                    return b == LineFeed;
                default:
                    _state = b == delimiter || b == LineFeed ? State.FieldStart : State.Unquoted;
                    return b == LineFeed;
            }
        }
    }
}
