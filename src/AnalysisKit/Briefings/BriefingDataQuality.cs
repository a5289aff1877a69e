using System.Globalization;
using AnalysisKit.Definitions;
using AnalysisKit.Extracts;
using AnalysisKit.Geography;

namespace AnalysisKit.Briefings;

/// <summary>
/// The data-quality statements of a briefing: months covered, absent rows and missing values (suppressed in the source
/// counted apart), practices missing from the lookup (file, row, column), duplicates, practices placed by date,
/// suppressed counts and the hierarchy used. Nothing is left out of a total without a line here.
/// </summary>
internal static class BriefingDataQuality
{
    private const int Listed = 3;

    public static List<string> Statements(BriefingArea area, GeographyLevel level, PeriodDefinition period, IReadOnlyList<IndicatorData> data,
        BriefingPlacement placement, IReadOnlyList<PlacedUnit> units, IReadOnlyDictionary<string, string> labels, int suppressedCells)
    {
        var statements = new List<string>();
        var codes = units.Select(u => u.Practice.Code).ToHashSet(StringComparer.Ordinal);
        var levelName = BriefingArea.LevelName(area.Level);
        foreach (var file in data.GroupBy(d => d.Definition.File, StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file.Key);
            var values = file.SelectMany(d => d.Values.Where(v => IndicatorData.InPeriod(v, period) && codes.Contains(v.PracticeCode))).ToList();
            var suppressed = values.Count(v => v.NumeratorReason == MissingReason.Suppressed);
            var otherMissing = values.Count(v => v.Numerator is null && v.NumeratorReason != MissingReason.Suppressed);
            if (period.MonthCount is { } months && file.First().Definition.Month is not null)
            {
                var rows = file.First().Values.Where(v => IndicatorData.InPeriod(v, period) && codes.Contains(v.PracticeCode)).ToList();
                var covered = rows.Select(v => v.Month).Distinct().Count();
                var absent = (codes.Count * months) - rows.Count;
                var optedOut = rows.GroupBy(v => v.PracticeCode).Count(g => file.All(d => d.Values.Where(v => v.PracticeCode == g.Key && IndicatorData.InPeriod(v, period)).All(v => v.Numerator is null)));
                statements.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{name}: {covered} of {months} months covered; {absent} practice-months without a row; {suppressed + otherMissing} missing values ({suppressed} suppressed in the source); {optedOut} {(optedOut == 1 ? "practice" : "practices")} opted out (every value missing)."));
            }
            else
            {
                var present = file.First().Values.Where(v => codes.Contains(v.PracticeCode)).Select(v => v.PracticeCode).Distinct().Count();
                statements.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{name}: {present} of the {levelName}'s {codes.Count} practices have a row; {suppressed + otherMissing} values missing ({suppressed} suppressed in the source file, {otherMissing} not available), each left out of every total."));
            }

            foreach (var indicator in file)
            {
                foreach (var (practice, row, second) in indicator.Duplicates)
                {
                    statements.Add(string.Create(CultureInfo.InvariantCulture,
                        $"{name}: rows {row} and {second}, column {indicator.Definition.Practice}: practice {Shown(practice, labels)} appears twice; both rows are left out of every total, since which is right cannot be told."));
                }
            }
        }

        statements.AddRange(NotInLookup(data, placement, period));
        statements.AddRange(Placed(area, level, period, placement, units, labels));
        statements.Add(string.Create(CultureInfo.InvariantCulture, $"{suppressedCells} published counts suppressed by disclosure control ({levelName} totals, SIMD quintile and {BriefingArea.LevelName(AreaLevel.Practice)} counts)."));
        var excluded = placement.Hierarchy.Exclusions.Count(e => placement.Hierarchy.Practice(e.PracticeCode) is { } p && Matches(p, level, area.Code) && !codes.Contains(p.Code));
        statements.Add(string.Create(CultureInfo.InvariantCulture,
            $"{codes.Count} practices compared; {excluded} closed {(excluded == 1 ? "practice" : "practices")} of the {levelName} left out (hierarchy as at {placement.EffectiveDate:yyyy-MM-dd})."));
        return statements;
    }

    /// <summary>A practice outside the area is named by code (it is in no table of this briefing); one inside by its label.</summary>
    private static string Shown(string practice, IReadOnlyDictionary<string, string> labels) => labels.GetValueOrDefault(practice, practice);

    private static bool Matches(Practice practice, GeographyLevel level, string code) => level switch
    {
        GeographyLevel.Cluster => practice.ClusterCode == code,
        GeographyLevel.Hscp => practice.HscpCode == code,
        GeographyLevel.Board => practice.BoardCode == code,
        _ => true,
    };

    /// <summary>Rows whose practice the lookup does not know on the row's date: in no total, so said with file, row and column.</summary>
    private static IEnumerable<string> NotInLookup(IReadOnlyList<IndicatorData> data, BriefingPlacement placement, PeriodDefinition period)
    {
        foreach (var file in data.GroupBy(d => d.Definition.File, StringComparer.Ordinal))
        {
            var unknown = file.First().Values.Where(v => IndicatorData.InPeriod(v, period) && placement.At(v.Month ?? placement.EffectiveDate).Practice(v.PracticeCode) is null)
                .GroupBy(v => v.PracticeCode, StringComparer.Ordinal).ToList();
            if (unknown.Count == 0)
            {
                continue;
            }

            var first = unknown.Take(Listed).Select(g => string.Create(CultureInfo.InvariantCulture, $"row {g.First().SourceRow} ({g.Key})"));
            var more = unknown.Count > Listed ? string.Create(CultureInfo.InvariantCulture, $" and {unknown.Count - Listed} more") : "";
            yield return string.Create(CultureInfo.InvariantCulture,
                $"{Path.GetFileName(file.Key)}, column {file.First().Definition.Practice}: {unknown.Count} {(unknown.Count == 1 ? "practice is" : "practices are")} not in the lookup on the row's date, so {(unknown.Count == 1 ? "its values are" : "their values are")} in no total (not even Scotland's): {string.Join(", ", first)}{more}.");
        }
    }

    /// <summary>Practices of the area counted for part of the period only: moved in or out, merged or closed, placed by date.</summary>
    private static IEnumerable<string> Placed(BriefingArea area, GeographyLevel level, PeriodDefinition period, BriefingPlacement placement,
        IReadOnlyList<PlacedUnit> units, IReadOnlyDictionary<string, string> labels)
    {
        if (period.From is not { } from || period.To is not { } to)
        {
            yield break;
        }

        foreach (var unit in units.Where(u => u.Span(from, to).Length > 0).OrderBy(u => u.Practice.Code, StringComparer.Ordinal))
        {
            var before = placement.At(from).Practice(unit.Practice.Code);
            var after = placement.At(to).Practice(unit.Practice.Code);
            var how = new List<string>();
            if (unit.From > from)
            {
                how.Add(before is { IsComparable: true } && !Matches(before, level, area.Code) ? $"moved in from {AreaOf(before, level)}" : "opened or joined");
            }

            if (unit.To < to)
            {
                how.Add(after is null || !after.IsComparable ? $"closed or merged{(after?.Note is { Length: > 0 } note ? " (" + note + ")" : "")}" : $"moved to {AreaOf(after, level)}");
            }

            yield return $"{Shown(unit.Practice.Code, labels)} is counted in {area.Name} {unit.Span(from, to)} only: it {string.Join(" and ", how)} within the period, and each month is counted where the lookup places it that month.";
        }
    }

    private static string AreaOf(Practice practice, GeographyLevel level) => level switch
    {
        GeographyLevel.Cluster => practice.ClusterCode,
        GeographyLevel.Hscp => practice.HscpCode,
        _ => practice.BoardCode,
    };
}
