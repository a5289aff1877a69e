using System.Globalization;
using AnalysisKit.Definitions;
using AnalysisKit.Geography;

namespace AnalysisKit.Briefings;

/// <summary>
/// Where each practice's numbers go: every practice-month is placed in the cluster, HSCP and board the practice
/// belonged to in that month (an annual extract's rows as at the hierarchy date), so a practice that moves cluster,
/// merges or closes within the period is counted where it was. A practice placed in one area all period is one unit
/// (its code); one that moved is one unit per placement (code@area). Implements <see cref="IGeographyLookup"/> over
/// those units, so the hierarchy sums and funnels work on them unchanged.
/// </summary>
internal sealed class BriefingPlacement : IGeographyLookup
{
    private readonly PracticeLookup lookup;
    private readonly Dictionary<DateOnly, PracticeHierarchy> hierarchies = [];
    private readonly Dictionary<string, PlacedUnit> units = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Code, DateOnly Date), string?> keys = [];

    public BriefingPlacement(PracticeLookup lookup, DateOnly effectiveDate, IEnumerable<PracticeMonthValue> values)
    {
        this.lookup = lookup;
        EffectiveDate = effectiveDate;
        Hierarchy = At(effectiveDate);
        var placements = new SortedDictionary<string, List<(DateOnly Date, Practice Practice)>>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            var date = value.Month ?? effectiveDate;
            if (keys.ContainsKey((value.PracticeCode, date)))
            {
                continue;
            }

            var practice = At(date).Practice(value.PracticeCode);
            keys[(value.PracticeCode, date)] = null;
            if (practice is null || !practice.IsComparable)
            {
                continue;
            }

            if (!placements.TryGetValue(practice.Code, out var list))
            {
                placements[practice.Code] = list = [];
            }

            list.Add((date, practice));
        }

        foreach (var (code, list) in placements)
        {
            var groups = list.OrderBy(p => p.Date).GroupBy(p => Place(p.Practice)).ToList();
            foreach (var group in groups)
            {
                var key = groups.Count == 1 ? code : code + "@" + (group.Key.Cluster.Length > 0 ? group.Key.Cluster : group.Key.Hscp);
                var dates = group.Select(g => g.Date).ToList();
                units[key] = new PlacedUnit(key, group.Last().Practice, dates.Min(), dates.Max(), groups.Count > 1);
                foreach (var date in dates)
                {
                    keys[(code, date)] = key;
                }
            }
        }
    }

    /// <inheritdoc />
    public DateOnly EffectiveDate { get; }

    /// <summary>The hierarchy as at the effective date.</summary>
    public PracticeHierarchy Hierarchy { get; }

    /// <summary>Every unit, by key.</summary>
    public IReadOnlyCollection<PlacedUnit> Units => units.Values;

    /// <summary>The hierarchy on a date (cached).</summary>
    public PracticeHierarchy At(DateOnly date)
    {
        if (!hierarchies.TryGetValue(date, out var hierarchy))
        {
            hierarchies[date] = hierarchy = lookup.AsAt(date);
        }

        return hierarchy;
    }

    /// <summary>The unit a practice-month is counted in, or null when the practice is not in the lookup or not open then.</summary>
    public string? KeyOf(PracticeMonthValue value) => keys.GetValueOrDefault((value.PracticeCode, value.Month ?? EffectiveDate));

    /// <summary>The unit with this key.</summary>
    public PlacedUnit Unit(string key) => units[key];

    /// <inheritdoc />
    public string? AreaCode(string practiceCode, GeographyLevel level)
    {
        if (!units.TryGetValue(practiceCode, out var unit))
        {
            return null;
        }

        var practice = unit.Practice;
        return level switch
        {
            GeographyLevel.Practice => unit.Key,
            GeographyLevel.Cluster => practice.ClusterCode.Length > 0 ? practice.ClusterCode : null,
            GeographyLevel.Hscp => practice.HscpCode,
            GeographyLevel.Board => practice.BoardCode,
            _ => HealthBoard.ScotlandCode,
        };
    }

    /// <inheritdoc />
    public bool IsComparable(string practiceCode) => units.ContainsKey(practiceCode);

    private static (string Cluster, string Hscp, string Board) Place(Practice practice) => (practice.ClusterCode, practice.HscpCode, practice.BoardCode);
}

/// <summary>A practice as counted in one place: its key, the practice as at its last month there, and the months it was there.</summary>
/// <param name="Key">The practice code, or code@area for a practice counted in more than one place.</param>
/// <param name="Practice">The practice as at the last date it was counted here.</param>
/// <param name="From">The first date counted here.</param>
/// <param name="To">The last date counted here.</param>
/// <param name="Moved">True when the practice is counted in more than one place in the period.</param>
internal sealed record PlacedUnit(string Key, Practice Practice, DateOnly From, DateOnly To, bool Moved)
{
    /// <summary>"from October 2024", "to September 2024", "January to March 2025" relative to the period, or empty when it covers it.</summary>
    public string Span(DateOnly periodFrom, DateOnly periodTo)
    {
        var starts = From > periodFrom;
        var ends = To < new DateOnly(periodTo.Year, periodTo.Month, 1);
        string Month(DateOnly d) => d.ToString("MMMM yyyy", CultureInfo.InvariantCulture);
        return (starts, ends) switch
        {
            (true, true) => $"{Month(From)} to {Month(To)}",
            (true, false) => "from " + Month(From),
            (false, true) => "to " + Month(To),
            _ => "",
        };
    }
}
