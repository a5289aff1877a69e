using Microsoft.Data.Analysis;

namespace AnalysisKit.Extracts;

/// <content>Sums over a CSV file read in batches, never held in memory.</content>
public static partial class ExtractSums
{
    /// <summary>Rows parsed and checked per batch before they are added to the totals and dropped.</summary>
    internal const int StreamBatchRows = 1 << 16;

    /// <summary>
    /// Sums count and number columns of a CSV extract by group while reading it, keeping only the totals: the
    /// in-AnalysisKit path for a file too large to load (memory grows with the groups — e.g. 1,000 practices × 12
    /// months — not with the rows). Every row is parsed and checked as <see cref="CsvExtractReader.Load(string, ExtractSchema, ExtractLoadOptions?)"/>
    /// does (markers and <c>…QF</c> flags become missing with their reason; a bad row stops the read with file, row,
    /// column and value), and the result is the one <see cref="SumBy(Extract, IReadOnlyList{string}, IReadOnlyList{string})"/>
    /// gives on the loaded extract: same groups, order, totals (added in row order), <c>_missing</c> and <c>_suppressed</c>.
    /// Checks that need every row — duplicate keys, quarantine, jump warnings — are refused; the missing-month
    /// warnings of a load are not produced. Reads on one core.
    /// </summary>
    /// <param name="path">The CSV file (encoding and delimiter from <paramref name="options"/>).</param>
    /// <param name="schema">The declared columns; its Key must be empty.</param>
    /// <param name="groupBy">One to three Code, Text, Date, Month or Count columns, e.g. practice and month.</param>
    /// <param name="sums">Count columns (summed as Int64, overflow checked) or Number columns (Double).</param>
    /// <param name="options">Delimiter, encoding, markers and row rules; QuarantineBadRows and JumpColumns must be off.</param>
    public static DataFrame SumBy(string path, ExtractSchema schema, IReadOnlyList<string> groupBy, IReadOnlyList<string> sums,
        ExtractLoadOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(groupBy);
        ArgumentNullException.ThrowIfNull(sums);
        options ??= ExtractLoadOptions.Default;
        if (schema.Key.Count > 0)
        {
            throw new ArgumentException(ExtractMessages.StreamNeedsEveryRow("check the key for duplicates"), nameof(schema));
        }

        if (options.QuarantineBadRows)
        {
            throw new ArgumentException(ExtractMessages.StreamNeedsEveryRow("quarantine bad rows"), nameof(options));
        }

        if (options.Rules.JumpColumns.Count > 0)
        {
            throw new ArgumentException(ExtractMessages.StreamNeedsEveryRow("look for jumps between months"), nameof(options));
        }

        return SumInBatches(path, schema, groupBy, sums, options, StreamBatchRows);
    }

    /// <summary>The sums over a file with a given batch size (tests use small batches to cross many batch edges).</summary>
    internal static DataFrame SumInBatches(string path, ExtractSchema schema, IReadOnlyList<string> groupBy, IReadOnlyList<string> sums,
        ExtractLoadOptions options, int batchRows)
    {
        var totals = new GroupTotals(schema, groupBy, sums);
        CsvExtractReader.Stream(path, schema, options, batchRows, totals.Add);
        return totals.ToFrame(schema);
    }
}
