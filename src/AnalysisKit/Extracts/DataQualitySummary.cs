using System.Globalization;
using System.Text;
using Microsoft.Data.Analysis;

namespace AnalysisKit.Extracts;

/// <summary>
/// The data quality of one extract, overall and per practice: rows loaded and quarantined, errors and warnings,
/// missing and suppressed cells by column, months covered, and register coding completeness. Briefings show it so
/// readers can see the quality of the data behind each number.
/// </summary>
public sealed class DataQualitySummary
{
    private DataQualitySummary(Extract extract, IReadOnlyList<ColumnQuality> columns, IReadOnlyList<PracticeQuality> practices,
        DateTime? firstMonth, DateTime? lastMonth)
    {
        Source = extract.Source;
        RowsLoaded = extract.Data.Rows.Count;
        RowsQuarantined = extract.Quarantine.Rows.Count;
        Errors = extract.Problems.Count(p => p.IsError);
        Warnings = extract.Problems.Count(p => !p.IsError);
        Columns = columns;
        Practices = practices;
        FirstMonth = firstMonth;
        LastMonth = lastMonth;
    }

    /// <summary>The file (and sheet) summarised.</summary>
    public string Source { get; }

    /// <summary>Rows in the loaded data.</summary>
    public long RowsLoaded { get; }

    /// <summary>Rows set aside with their reasons.</summary>
    public long RowsQuarantined { get; }

    /// <summary>Error problems (each belongs to a quarantined row).</summary>
    public int Errors { get; }

    /// <summary>Warnings (missing months, implausible jumps).</summary>
    public int Warnings { get; }

    /// <summary>Missing cells by reason for each declared column, in schema order.</summary>
    public IReadOnlyList<ColumnQuality> Columns { get; }

    /// <summary>Per-practice quality in practice-code order; empty when the schema names no practice column.</summary>
    public IReadOnlyList<PracticeQuality> Practices { get; }

    /// <summary>The first month with data, or null when the schema names no month period.</summary>
    public DateTime? FirstMonth { get; }

    /// <summary>The last month with data, or null.</summary>
    public DateTime? LastMonth { get; }

    /// <summary>
    /// The summary as Markdown for a briefing: one line of totals, a table by column, and a table by practice.
    /// Same summary, same text (invariant culture, no timestamps).
    /// </summary>
    public string ToMarkdown()
    {
        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        text.Append(inv, $"**Data quality: {Source}**: {RowsLoaded:N0} rows loaded, {RowsQuarantined:N0} quarantined, ");
        text.Append(inv, $"{Errors:N0} errors, {Warnings:N0} warnings");
        if (FirstMonth is { } first && LastMonth is { } last)
        {
            text.Append(inv, $"; months {first:yyyy-MM} to {last:yyyy-MM}");
        }

        text.Append(".\n\n| column | present | blank | suppressed | not available | not applicable |\n|---|---:|---:|---:|---:|---:|\n");
        foreach (var c in Columns)
        {
            text.Append(inv, $"| {c.Column} | {c.Present:N0} | {c.Blank:N0} | {c.Suppressed:N0} | {c.NotAvailable:N0} | {c.NotApplicable:N0} |\n");
        }

        if (Practices.Count > 0)
        {
            text.Append("\n| practice | rows | months covered | months missing | missing cells | suppressed cells | register completeness |\n");
            text.Append("|---|---:|---:|---:|---:|---:|---:|\n");
            foreach (var p in Practices)
            {
                var completeness = p.RegisterCompleteness is { } share ? (share * 100).ToString("F1", inv) + "%" : "n/a";
                text.Append(inv,
                    $"| {p.Practice} | {p.Rows:N0} | {p.MonthsCovered:N0} | {p.MonthsMissing:N0} | {p.MissingCells:N0} | {p.SuppressedCells:N0} | {completeness} |\n");
            }
        }

        return text.ToString();
    }

    internal static DataQualitySummary Of(Extract extract)
    {
        var schema = extract.Schema;
        var rows = extract.Data.Rows.Count;
        var reasons = schema.Columns.Select(c => extract.ReasonsOf(c.Name)).ToList();
        var columns = schema.Columns.Select((c, i) =>
        {
            var r = reasons[i];
            long Count(MissingReason reason) => r is null ? (reason == MissingReason.Present ? rows : 0) : r.LongCount(x => x == reason);
            return new ColumnQuality(c.Name, Count(MissingReason.Present), Count(MissingReason.Blank), Count(MissingReason.Suppressed),
                Count(MissingReason.NotAvailable), Count(MissingReason.NotApplicable));
        }).ToList();

        var months = MonthsOf(extract);
        DateTime? first = months?.Where(m => m.HasValue).Select(m => m!.Value).DefaultIfEmpty().Min();
        DateTime? last = months?.Where(m => m.HasValue).Select(m => m!.Value).DefaultIfEmpty().Max();
        if (months is null || months.All(m => m is null))
        {
            first = last = null;
        }

        var practices = new List<PracticeQuality>();
        if (schema.Practice is not null)
        {
            var codes = (StringDataFrameColumn)extract.Data.Columns[schema.Practice];
            var registers = extract.Rules.RegisterColumns.Select(c => schema.IndexOf(c, "register")).ToArray();
            var span = first is { } f && last is { } l ? ((l.Year - f.Year) * 12) + l.Month - f.Month + 1 : 0;
            foreach (var group in Enumerable.Range(0, checked((int)rows)).GroupBy(r => codes[r] ?? string.Empty, StringComparer.Ordinal)
                         .OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                long missing = 0, suppressed = 0, registerCells = 0, registerPresent = 0;
                foreach (var row in group)
                {
                    for (var c = 0; c < reasons.Count; c++)
                    {
                        var reason = reasons[c]?[row] ?? MissingReason.Present;
                        missing += reason == MissingReason.Present ? 0 : 1;
                        suppressed += reason == MissingReason.Suppressed ? 1 : 0;
                        if (registers.Contains(c))
                        {
                            registerCells++;
                            registerPresent += reason == MissingReason.Present ? 1 : 0;
                        }
                    }
                }

                var covered = months is null ? 0 : group.Select(r => months[r]).Where(m => m.HasValue).Distinct().Count();
                practices.Add(new PracticeQuality(group.Key, group.LongCount(), covered, months is null ? 0 : span - covered,
                    missing, suppressed, registers.Length == 0 ? null : (double)registerPresent / registerCells));
            }
        }

        return new DataQualitySummary(extract, columns, practices, first, last);
    }

    private static List<DateTime?>? MonthsOf(Extract extract)
    {
        var period = extract.Schema.Period is null ? null : extract.Schema.Find(extract.Schema.Period);
        if (period is null || period.Type != ExtractColumnType.Month)
        {
            return null;
        }

        var column = (PrimitiveDataFrameColumn<DateTime>)extract.Data.Columns[period.Name];
        return Enumerable.Range(0, checked((int)column.Length)).Select(i => column[i]).ToList();
    }
}
