using System.Globalization;
using AnalysisKit.Disclosure;
using AnalysisKit.Extracts;
using AnalysisKit.Geography;

namespace AnalysisKit.Briefings;

/// <summary>The data-quality statements of a briefing: months covered, absent rows, missing cells, opted-out and closed practices, suppressed cells.</summary>
internal static class BriefingDataQuality
{
    public static List<string> Statements(
        BriefingOptions options, IReadOnlyList<Practice> practices, IReadOnlyDictionary<string, Extract> extracts,
        SuppressionResult suppressed, int headline, PracticeHierarchy hierarchy)
    {
        var codes = practices.Select(p => p.Code).ToHashSet(StringComparer.Ordinal);
        var months = ((options.LastMonth.Year - options.FirstMonth.Year) * 12) + options.LastMonth.Month - options.FirstMonth.Month + 1;
        var first = options.FirstMonth.ToDateTime(TimeOnly.MinValue);
        var last = options.LastMonth.ToDateTime(TimeOnly.MinValue);
        var statements = new List<string>();
        foreach (var (file, extract) in extracts.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            var data = extract.Data;
            var monthColumn = data.Columns[extract.Schema.Period!];
            var practiceColumn = data.Columns[extract.Schema.Practice!];
            var measures = Samples.SampleExtracts.Measures(extract.Schema).Select(m => data.Columns[m]).ToList();
            var covered = new HashSet<DateTime>();
            var rows = 0;
            var missing = 0;
            var valuesSeen = new Dictionary<string, bool>(StringComparer.Ordinal);
            for (long row = 0; row < data.Rows.Count; row++)
            {
                if (monthColumn[row] is not DateTime month || month < first || month > last || practiceColumn[row] is not string practice || !codes.Contains(practice))
                {
                    continue;
                }

                rows++;
                covered.Add(month);
                var missingHere = measures.Count(m => m[row] is null);
                missing += missingHere;
                valuesSeen[practice] = valuesSeen.GetValueOrDefault(practice) || missingHere < measures.Count;
            }

            var absent = (practices.Count * months) - rows;
            var optedOut = valuesSeen.Count(p => !p.Value);
            statements.Add(string.Create(CultureInfo.InvariantCulture,
                $"{file}: {covered.Count} of {months} months covered; {absent} practice-months without a row; {missing} missing cells; {optedOut} {(optedOut == 1 ? "practice" : "practices")} opted out (every value missing)."));
        }

        // Published counts only: every column of the cluster total and practice rows, the headline column of the
        // quintile subtotal rows (the other quintile subtotals are protected but not published).
        var hidden = 0;
        for (var r = 0; r < suppressed.Table.Rows.Count; r++)
        {
            var keys = suppressed.Table.Rows[r].Keys;
            var quintileSubtotal = keys[0] != suppressed.Table.TotalLabel && keys[^1] == suppressed.Table.TotalLabel;
            for (var c = 0; c < suppressed.Table.CountColumns.Count; c++)
            {
                hidden += suppressed.State(r, c) == CellState.Suppressed && (!quintileSubtotal || c == headline) ? 1 : 0;
            }
        }

        statements.Add(string.Create(CultureInfo.InvariantCulture, $"{hidden} published counts suppressed by disclosure control (cluster totals, SIMD quintile and practice counts)."));
        var excluded = hierarchy.Exclusions.Count(e => string.Equals(hierarchy.Practice(e.PracticeCode)?.ClusterCode, options.ClusterCode, StringComparison.Ordinal));
        statements.Add(string.Create(CultureInfo.InvariantCulture,
            $"{practices.Count} open practices compared; {excluded} closed {(excluded == 1 ? "practice" : "practices")} of the cluster left out (hierarchy as at {hierarchy.EffectiveDate:yyyy-MM-dd})."));
        return statements;
    }
}
