using Microsoft.Data.Analysis;

namespace AnalysisKit.Extracts;

/// <summary>
/// A loaded extract: typed columns in a <see cref="DataFrame"/>, and beside them why each missing cell is missing
/// (suppressed, not available, not applicable, blank) so that suppressed, zero and missing stay distinct downstream;
/// the rows quarantined with their reasons; and every problem and warning found. Every source row is either in
/// <see cref="Data"/> or in <see cref="Quarantine"/>: <c>RowsRead == Data.Rows.Count + Quarantine.Rows.Count</c>.
/// </summary>
public sealed class Extract
{
    private readonly IReadOnlyDictionary<string, MissingReason[]> _reasons;

    internal Extract(
        string source,
        ExtractSchema schema,
        DataFrame data,
        IReadOnlyDictionary<string, MissingReason[]> reasons,
        DataFrame quarantine,
        IReadOnlyList<ExtractProblem> problems,
        IReadOnlyList<string> ignoredColumns,
        IReadOnlyList<string> notes,
        ExtractRules rules)
    {
        Source = source;
        Schema = schema;
        Data = data;
        _reasons = reasons;
        Quarantine = quarantine;
        Problems = problems;
        IgnoredColumns = ignoredColumns;
        Notes = notes;
        Rules = rules;
    }

    /// <summary>The file (and sheet) loaded.</summary>
    public string Source { get; }

    /// <summary>The schema the extract was checked against.</summary>
    public ExtractSchema Schema { get; }

    /// <summary>The checks that were run while loading.</summary>
    public ExtractRules Rules { get; }

    /// <summary>
    /// The good rows, one typed column per declared column (Count → Int64, Number → Double, Date and Month → DateTime,
    /// Code and Text → string) plus any PHS <c>…QF</c> qualifier columns as text. A missing cell is null; ask
    /// <see cref="Reason"/> why.
    /// </summary>
    public DataFrame Data { get; }

    /// <summary>
    /// Rows moved aside because they had errors (only when quarantine was asked for): <c>SourceRow</c>, <c>Problems</c>
    /// (every reason, separated by "; ") and the row's original text in every source column.
    /// </summary>
    public DataFrame Quarantine { get; }

    /// <summary>Every problem found: errors (each one's row is in <see cref="Quarantine"/>) and warnings.</summary>
    public IReadOnlyList<ExtractProblem> Problems { get; }

    /// <summary>The warnings only: statistical caveats such as missing months and implausible jumps.</summary>
    public IReadOnlyList<ExtractProblem> Warnings => Problems.Where(p => !p.IsError).ToList();

    /// <summary>Source columns not declared in the schema, so not loaded (listed so nothing is lost unseen).</summary>
    public IReadOnlyList<string> IgnoredColumns { get; }

    /// <summary>Notes about source rows that were not records, e.g. footnotes below a worksheet's table.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>How many data rows the source offered: loaded plus quarantined.</summary>
    public long RowsRead => Data.Rows.Count + Quarantine.Rows.Count;

    /// <summary>Why the cell at <paramref name="row"/> (0-based row of <see cref="Data"/>) of a column is missing, or Present.</summary>
    public MissingReason Reason(string column, long row)
    {
        var reasons = ReasonsOf(column);
        if (reasons is null)
        {
            if (row < 0 || row >= Data.Rows.Count)
            {
                throw new ArgumentOutOfRangeException(nameof(row), row, ExtractMessages.RowOutOfRange(row, Data.Rows.Count));
            }

            return MissingReason.Present;
        }

        return row >= 0 && row < reasons.Length
            ? reasons[row]
            : throw new ArgumentOutOfRangeException(nameof(row), row, ExtractMessages.RowOutOfRange(row, Data.Rows.Count));
    }

    /// <summary>How many cells of a column have the given reason (Present counts values).</summary>
    public long Count(string column, MissingReason reason)
    {
        var reasons = ReasonsOf(column);
        return reasons is null
            ? reason == MissingReason.Present ? Data.Rows.Count : 0
            : reasons.LongCount(r => r == reason);
    }

    /// <summary>The data-quality summary of this extract, overall and per practice.</summary>
    public DataQualitySummary Quality() => DataQualitySummary.Of(this);

    internal MissingReason[]? ReasonsOf(string column)
    {
        if (!Data.Columns.Any(c => string.Equals(c.Name, column, StringComparison.Ordinal)))
        {
            throw new ArgumentException(
                ExtractMessages.UnknownColumn(Source, column, Data.Columns.Select(c => c.Name)), nameof(column));
        }

        return _reasons.TryGetValue(column, out var reasons) ? reasons : null;
    }
}
