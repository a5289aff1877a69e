using AnalysisKit.Indicators;

namespace AnalysisKit.Extracts;

/// <summary>
/// Sums a monthly practice extract over a period into one numerator and denominator per practice, ready for rates and
/// for aggregation up the hierarchy (<see cref="HierarchyComparison"/>).
/// </summary>
public static class PracticePeriodTotals
{
    /// <summary>
    /// For each practice, the measure summed over the months from <paramref name="from"/> to <paramref name="to"/>
    /// (inclusive) and the patient-years at risk: the sum of the list size over the same months divided by 12. A month
    /// whose measure is missing, for any reason (suppressed, not available, opted out), adds to neither, so a missing
    /// month never counts as zero events; a practice with no month present is left out and listed in
    /// <paramref name="practicesWithoutData"/>.
    /// </summary>
    /// <param name="extract">A monthly extract whose schema names its <see cref="ExtractSchema.Practice"/> and
    /// <see cref="ExtractSchema.Period"/> columns.</param>
    /// <param name="measure">The count column to sum.</param>
    /// <param name="listSize">The list-size column (patients registered in that month).</param>
    /// <param name="from">The first month of the period (any day in it).</param>
    /// <param name="to">The last month of the period (any day in it); not before <paramref name="from"/>.</param>
    /// <param name="practicesWithoutData">Practices in the extract with no month present in the period, ordinal order.</param>
    /// <returns>One row per practice, ordered by practice code (ordinal); denominators in patient-years.</returns>
    public static IReadOnlyList<PracticeCount> PatientYears(Extract extract, string measure, string listSize,
        DateOnly from, DateOnly to, out IReadOnlyList<string> practicesWithoutData)
    {
        ArgumentNullException.ThrowIfNull(extract);
        var practiceColumn = extract.Schema.Practice
            ?? throw new ArgumentException(ExtractMessages.SchemaLacks(extract.Schema.Name, "Practice"), nameof(extract));
        var periodColumn = extract.Schema.Period
            ?? throw new ArgumentException(ExtractMessages.SchemaLacks(extract.Schema.Name, "Period"), nameof(extract));
        var first = new DateTime(from.Year, from.Month, 1, 0, 0, 0, DateTimeKind.Unspecified);
        var last = new DateTime(to.Year, to.Month, 1, 0, 0, 0, DateTimeKind.Unspecified);
        if (last < first)
        {
            throw new ArgumentOutOfRangeException(nameof(to), to, ExtractMessages.PeriodEndsBeforeItStarts(from, to));
        }

        var practices = extract.Data.Columns[practiceColumn];
        var months = extract.Data.Columns[periodColumn];
        var values = extract.Data.Columns[measure];
        var lists = extract.Data.Columns[listSize];
        var sums = new SortedDictionary<string, (long Events, long PatientMonths)>(StringComparer.Ordinal);
        var seen = new SortedSet<string>(StringComparer.Ordinal);
        for (long row = 0; row < extract.Data.Rows.Count; row++)
        {
            if (months[row] is not DateTime month || month < first || month > last || practices[row] is not string practice)
            {
                continue;
            }

            seen.Add(practice);
            if (values[row] is not long events || lists[row] is not long patients)
            {
                continue;
            }

            var sum = sums.GetValueOrDefault(practice);
            sums[practice] = (sum.Events + events, sum.PatientMonths + patients);
        }

        practicesWithoutData = seen.Where(p => !sums.ContainsKey(p)).ToList();
        return sums.Select(s => new PracticeCount(s.Key, s.Value.Events, s.Value.PatientMonths / 12.0)).ToList();
    }
}
