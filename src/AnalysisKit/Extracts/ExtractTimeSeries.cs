using System.Globalization;
using Deedle;
using Microsoft.Data.Analysis;

namespace AnalysisKit.Extracts;

/// <summary>
/// Converts a practice × month extract to a Deedle frame for time-series work: one row per month (sorted), one column
/// per practice (sorted by code). A missing or suppressed cell is Deedle's missing value; its reason stays on the
/// <see cref="Extract"/> (<see cref="Extract.Reason"/>), since a Deedle frame cannot carry one.
/// </summary>
public static class ExtractTimeSeries
{
    /// <summary>The series of one count or number column, months × practices.</summary>
    /// <param name="extract">An extract whose schema names its Practice and a Month Period column.</param>
    /// <param name="column">A Count or Number column, e.g. <c>items</c>.</param>
    public static Frame<DateTime, string> ToDeedle(Extract extract, string column)
    {
        ArgumentNullException.ThrowIfNull(extract);
        ArgumentException.ThrowIfNullOrWhiteSpace(column);
        var schema = extract.Schema;
        var period = schema.Period is null ? null : schema.Find(schema.Period);
        if (schema.Practice is null || period is null || period.Type != ExtractColumnType.Month)
        {
            throw new ArgumentException(ExtractMessages.TimeSeriesNeedsPracticeAndMonth(schema.Name), nameof(extract));
        }

        var declared = schema.Find(column);
        if (declared is null || declared.Type is not (ExtractColumnType.Count or ExtractColumnType.Number))
        {
            throw new ArgumentException(ExtractMessages.TimeSeriesNeedsNumber(column), nameof(column));
        }

        var practices = (StringDataFrameColumn)extract.Data.Columns[schema.Practice];
        var months = (PrimitiveDataFrameColumn<DateTime>)extract.Data.Columns[period.Name];
        var values = extract.Data.Columns[declared.Name];
        var byPractice = new SortedDictionary<string, SortedDictionary<DateTime, double>>(StringComparer.Ordinal);
        for (long r = 0; r < extract.Data.Rows.Count; r++)
        {
            var practice = practices[r];
            var month = months[r];
            if (practice is null || month is null)
            {
                continue;
            }

            if (!byPractice.TryGetValue(practice, out var series))
            {
                series = [];
                byPractice[practice] = series;
            }

            var value = values[r] is { } v ? Convert.ToDouble(v, CultureInfo.InvariantCulture) : double.NaN;
            if (!series.TryAdd(month.Value, value))
            {
                throw new ArgumentException(
                    ExtractMessages.TimeSeriesDuplicate(practice, month.Value.ToString("yyyy-MM", CultureInfo.InvariantCulture)), nameof(extract));
            }
        }

        var columns = byPractice.Select(p => KeyValuePair.Create(p.Key, new Series<DateTime, double>(p.Value.Keys, p.Value.Values)));
        return Frame.FromColumns(columns).SortRowsByKey();
    }
}
