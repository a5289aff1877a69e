using System.Text;
using Sylvan.Data.Csv;

namespace AnalysisKit.Extracts;

/// <summary>
/// Loads a delimited text extract (CSV, TSV) into typed columns, checked against a schema, in one streaming pass with
/// Sylvan.Data.Csv (RFC 4180 quoting, embedded newlines). Counts parse straight from the parser's buffer and repeated
/// codes are interned, so there is no per-cell object or string for numeric columns.
/// </summary>
public static class CsvExtractReader
{
    /// <summary>Loads an extract file.</summary>
    /// <param name="path">The file; UTF-8 by default (a BOM is honoured), or the encoding in <paramref name="options"/>.</param>
    /// <param name="schema">The declared columns and key; other source columns are listed on the result as ignored.</param>
    /// <param name="options">Delimiter, encoding, checks and quarantine; <see cref="ExtractLoadOptions.Default"/> when null.</param>
    /// <exception cref="ExtractLoadException">The file is missing, empty, wrongly encoded or malformed, lacks a declared
    /// column, or has rows with errors and quarantine was not asked for.</exception>
    public static Extract Load(string path, ExtractSchema schema, ExtractLoadOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(schema);
        options ??= ExtractLoadOptions.Default;
        if (!File.Exists(path))
        {
            throw new ExtractLoadException(ExtractMessages.FileNotFound(path));
        }

        if (LoadInParts(path, schema, options) is { } extract)
        {
            return extract;
        }

        using var text = new StreamReader(path, options.Encoding, detectEncodingFromByteOrderMarks: false);
        return Load(text, Path.GetFileName(path), schema, options, EstimateRows(path));
    }

    /// <summary>
    /// Parses a large file as several parts at once (see <see cref="CsvChunks"/>); null when the file is small, cannot be
    /// split safely, or any part disagrees with the plan or has a problem row — then the caller reads it in one pass.
    /// </summary>
    internal static Extract? LoadInParts(string path, ExtractSchema schema, ExtractLoadOptions options)
    {
        var plan = CsvChunks.Plan(path, options.Encoding, options.Delimiter, options.MaxDegreeOfParallelism,
            options.ParallelMinimumBytes);
        if (plan is null)
        {
            return null;
        }

        using var file = File.OpenHandle(path);
        var preamble = options.Encoding.Preamble;
        var disposables = new List<IDisposable>();
        try
        {
            var sources = new List<IExtractRowSource>();
            long recordsBefore = 0;
            foreach (var chunk in plan)
            {
                // A later part starting with the encoding's byte-order mark would have it skipped as if it began the file.
                if (chunk.Start > 0 && preamble.Length > 0 && StartsWith(file, chunk.Start, preamble))
                {
                    return null;
                }

                var text = new StreamReader(new FileRangeStream(file, chunk.Start, chunk.Length), options.Encoding,
                    detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
                disposables.Add(text);
                var reader = CsvDataReader.Create(text, ReaderOptions(options, hasHeaders: chunk.Start == 0));
                disposables.Add(reader);
                sources.Add(chunk.Start == 0
                    ? new CsvRowSource(reader, Path.GetFileName(path))
                    : new CsvRowSource(reader, Path.GetFileName(path), sources[0].Header, recordsBefore + 1));
                recordsBefore += chunk.Records;
            }

            return ExtractLoader.TryLoadParts(sources, plan.Select(c => c.Records).ToList(), schema, options);
        }
        catch (Exception)
        {
            return null; // whatever went wrong is found again, and reported with its row, by the one-pass load
        }
        finally
        {
            foreach (var disposable in disposables)
            {
                disposable.Dispose();
            }
        }
    }

    private static bool StartsWith(Microsoft.Win32.SafeHandles.SafeFileHandle file, long offset, ReadOnlySpan<byte> prefix)
    {
        Span<byte> head = stackalloc byte[prefix.Length];
        return RandomAccess.Read(file, head, offset) == prefix.Length && head.SequenceEqual(prefix);
    }

    private static CsvDataReaderOptions ReaderOptions(ExtractLoadOptions options, bool hasHeaders) => new()
    {
        HasHeaders = hasHeaders,
        Delimiter = options.Delimiter,
        BufferSize = 1 << 16,
        MaxBufferSize = Math.Max(1 << 16, options.MaxFieldLength + (1 << 12)),
    };

    /// <summary>Rows expected from the file's size and the line length in its first 64 KiB (+5%), to size buffers once.</summary>
    private static int EstimateRows(string path)
    {
        using var stream = File.OpenRead(path);
        var sample = new byte[1 << 16];
        var read = stream.ReadAtLeast(sample, sample.Length, throwOnEndOfStream: false);
        var lines = sample.AsSpan(0, read).Count((byte)'\n');
        if (lines < 2 || read < sample.Length)
        {
            return Math.Max(lines, 16);
        }

        var estimate = stream.Length / ((double)read / lines) * 1.05;
        return (int)Math.Min(estimate, Array.MaxLength / 8);
    }

    /// <summary>Loads an extract from text already open (e.g. a string in a test or a notebook).</summary>
    /// <param name="text">The CSV text, header first.</param>
    /// <param name="source">The name used in problems, e.g. the file name.</param>
    /// <param name="schema">The declared columns.</param>
    /// <param name="options">Delimiter, checks and quarantine (its encoding is not used).</param>
    public static Extract Load(TextReader text, string source, ExtractSchema schema, ExtractLoadOptions? options = null) =>
        Load(text, source, schema, options, expectedRows: 1024);

    private static Extract Load(TextReader text, string source, ExtractSchema schema, ExtractLoadOptions? options, int expectedRows)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(schema);
        options ??= ExtractLoadOptions.Default;
        return Read(text, source, options, rows => ExtractLoader.Load(rows, schema, options, expectedRows));
    }

    /// <summary>
    /// Reads a file row by row with the same parsing, checks and messages as <see cref="Load(string, ExtractSchema, ExtractLoadOptions?)"/>,
    /// handing each batch of at most <paramref name="batchRows"/> rows to <paramref name="onBatch"/> and keeping none
    /// (see <see cref="ExtractSums.SumBy(string, ExtractSchema, IReadOnlyList{string}, IReadOnlyList{string}, ExtractLoadOptions?)"/>).
    /// </summary>
    internal static void Stream(string path, ExtractSchema schema, ExtractLoadOptions options, int batchRows, Action<ColumnBuffer[], int> onBatch)
    {
        if (!File.Exists(path))
        {
            throw new ExtractLoadException(ExtractMessages.FileNotFound(path));
        }

        using var text = new StreamReader(path, options.Encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
        Read<object?>(text, Path.GetFileName(path), options, rows =>
        {
            ExtractLoader.Stream(rows, schema, options, batchRows, onBatch);
            return null;
        });
    }

    private static T Read<T>(TextReader text, string source, ExtractLoadOptions options, Func<IExtractRowSource, T> read)
    {
        CsvRowSource? rows = null;
        try
        {
            if (text.Peek() < 0)
            {
                throw new ExtractLoadException(ExtractMessages.NoHeader(source));
            }

            using var reader = CsvDataReader.Create(text, ReaderOptions(options, hasHeaders: true));
            rows = new CsvRowSource(reader, source);
            return read(rows);
        }
        catch (DecoderFallbackException e)
        {
            var row = rows?.LastRow ?? 1;
            throw new ExtractLoadException(ExtractMessages.InvalidEncoding(source, EncodingName(options.Encoding),
                $"after row {row}: {e.Message}"), e);
        }
        catch (CsvRecordTooLargeException e)
        {
            var row = rows?.LastRow ?? 1;
            throw new ExtractLoadException(ExtractMessages.RecordTooLarge(source, row + 1, options.MaxFieldLength), e);
        }
        catch (CsvFormatException e)
        {
            throw new ExtractLoadException(ExtractMessages.MalformedCsv(source, e.RowNumber + 1, e.Message), e);
        }
    }

    private static string EncodingName(Encoding encoding) => encoding.WebName;
}
