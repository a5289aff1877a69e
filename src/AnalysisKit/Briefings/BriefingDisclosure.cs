using AnalysisKit.Disclosure;
using AnalysisKit.Geography;

namespace AnalysisKit.Briefings;

/// <summary>
/// Disclosure control for a briefing, done once for the whole of Scotland so that every briefing from the same
/// definition (any cluster, HSCP or board) publishes from the same suppressed cells, and no comparator total differenced
/// with the parts published beside it — in this briefing or another — gives a suppressed count back. Two tables, each
/// with every level as hierarchy rows (Scotland, board, HSCP/CHP, cluster, placed practice):
/// the headline by SIMD quintile of the practice with the headline as the total column (so the deprivation table at any
/// level is protected with the practices), and the other indicators (with any counted denominator). The tables share no
/// count, so each is suppressed on its own by <see cref="Suppressor.Apply"/> and checked by <see cref="DisclosureGuard"/>.
/// </summary>
internal sealed class BriefingDisclosure
{
    /// <summary>The key of practices whose SIMD quintile is not known.</summary>
    public const string NotKnown = "not known";

    /// <summary>The headline table's quintile columns: SIMD quintiles 1–5 and not known (the total column follows).</summary>
    public static IReadOnlyList<string> QuintileColumns { get; } = ["1", "2", "3", "4", "5", NotKnown];

    private const string Total = PracticeHierarchyTable.TotalLabel;
    private const string HeadlineTotal = "all quintiles";

    private readonly Dictionary<(GeographyLevel, string), int> rows = [];
    private readonly int headline;
    private readonly List<int> otherColumns = [];

    public BriefingDisclosure(BriefingPlacement placement, IReadOnlyList<IndicatorSums> sums, int headline, SuppressionPolicy policy)
    {
        this.headline = headline;
        HasClusters = placement.Units.Any(u => u.Practice.ClusterCode.Length > 0);
        var levels = HasClusters
            ? new[] { GeographyLevel.Board, GeographyLevel.Hscp, GeographyLevel.Cluster, GeographyLevel.Practice }
            : [GeographyLevel.Board, GeographyLevel.Hscp, GeographyLevel.Practice];
        var units = placement.Units.Select(u => u.Key).Where(k => sums.Any(s => s.ByUnit.ContainsKey(k))).Order(StringComparer.Ordinal).ToList();
        var keys = new List<string[]>();
        foreach (var unit in units)
        {
            var path = levels.Select(l => placement.AreaCode(unit, l)!).ToArray();
            for (var depth = 0; depth <= path.Length; depth++)
            {
                var key = path.Take(depth).Concat(Enumerable.Repeat(Total, path.Length - depth)).ToArray();
                var area = depth == 0 ? (GeographyLevel.Scotland, HealthBoard.ScotlandCode) : (levels[depth - 1], path[depth - 1]);
                if (rows.TryAdd(area, keys.Count))
                {
                    keys.Add(key);
                }
            }
        }

        Area = rows.ToDictionary(r => r.Value, r => r.Key);
        var names = levels.Select(l => l.ToString().ToLowerInvariant()).ToArray();

        // The headline by quintile: each unit's count in its quintile's column, the others missing (read by the attacker as
        // known zeros); every area's row the sums; the total column the headline itself.
        var headlineSums = sums[headline];
        var quintileRows = keys.Select((key, r) =>
        {
            var counts = new long?[QuintileColumns.Count + 1];
            foreach (var unit in UnitsUnder(r, placement))
            {
                if (headlineSums.ByUnit.TryGetValue(unit, out var sum))
                {
                    var q = QuintileIndex(placement.Unit(unit).Practice.SimdQuintile);
                    counts[q] = (counts[q] ?? 0) + sum.Count;
                }
            }

            counts[^1] = counts.Take(QuintileColumns.Count).Any(c => c is not null) ? counts.Take(QuintileColumns.Count).Sum(c => c ?? 0) : null;
            return new TableRow(key, counts, []);
        }).ToList();
        Headline = Suppress(new DisclosureTable("briefing headline by SIMD quintile", names, Total, [.. QuintileColumns, HeadlineTotal], HeadlineTotal, [], quintileRows), policy);

        var columns = new List<string>();
        for (var k = 0; k < sums.Count; k++)
        {
            if (k != headline)
            {
                otherColumns.Add(k);
                columns.Add(sums[k].Definition.Name);
            }
        }

        if (columns.Count > 0)
        {
            var otherRows = keys.Select((key, r) =>
            {
                var under = UnitsUnder(r, placement).ToList();
                return new TableRow(key, otherColumns.Select(k => Sum(under.Select(u => sums[k].ByUnit.GetValueOrDefault(u)?.Count))).ToArray(), []);
            }).ToList();
            Others = Suppress(new DisclosureTable("briefing indicators", names, Total, columns, null, [], otherRows), policy);
        }
    }

    /// <summary>True when the geography has clusters (ISD's CHP-era lookups do not).</summary>
    public bool HasClusters { get; }

    /// <summary>The headline table, suppressed.</summary>
    public SuppressionResult Headline { get; }

    /// <summary>The other indicators' table, suppressed, or null when there is only the headline.</summary>
    public SuppressionResult? Others { get; }

    /// <summary>The area of each row (the Scotland row has Scotland's code).</summary>
    public IReadOnlyDictionary<int, (GeographyLevel Level, string Code)> Area { get; }

    /// <summary>Whether an area's (or unit's) count of indicator <paramref name="indicator"/> is published, zero, missing or suppressed.</summary>
    public CellState State(GeographyLevel level, string code, int indicator) =>
        rows.TryGetValue((level, code), out var row) ? Result(indicator, out var column).State(row, column) : CellState.Missing;

    /// <summary>The published text of an area's count: the count, or the policy's marker.</summary>
    public string Text(GeographyLevel level, string code, int indicator) =>
        rows.TryGetValue((level, code), out var row) ? Result(indicator, out var column).Text(row, column) : "";

    /// <summary>The count as published (after any rounding), or null when not published.</summary>
    public long? Published(GeographyLevel level, string code, int indicator) =>
        rows.TryGetValue((level, code), out var row) ? Result(indicator, out var column).PublishedCount(row, column) : null;

    /// <summary>The state of an area's headline count in one quintile column (0–4 for quintiles 1–5, 5 for not known).</summary>
    public CellState QuintileState(GeographyLevel level, string code, int quintile) =>
        rows.TryGetValue((level, code), out var row) ? Headline.State(row, quintile) : CellState.Missing;

    /// <summary>An area's published headline count in one quintile column, or null.</summary>
    public long? QuintileCount(GeographyLevel level, string code, int quintile) =>
        rows.TryGetValue((level, code), out var row) ? Headline.PublishedCount(row, quintile) : null;

    /// <summary>The column of the quintile table for a practice's quintile (5 when not known).</summary>
    public static int QuintileIndex(int? quintile) => quintile is { } q ? q - 1 : QuintileColumns.Count - 1;

    private SuppressionResult Result(int indicator, out int column)
    {
        if (indicator == headline)
        {
            column = QuintileColumns.Count;
            return Headline;
        }

        column = otherColumns.IndexOf(indicator);
        return Others!;
    }

    private IEnumerable<string> UnitsUnder(int row, BriefingPlacement placement)
    {
        var (level, code) = Area[row];
        return level == GeographyLevel.Practice ? [code] : placement.Units.Select(u => u.Key).Where(k => placement.AreaCode(k, level) == code);
    }

    private static long? Sum(IEnumerable<long?> counts)
    {
        long? total = null;
        foreach (var count in counts)
        {
            if (count is { } c)
            {
                total = (total ?? 0) + c;
            }
        }

        return total;
    }

    private static SuppressionResult Suppress(DisclosureTable table, SuppressionPolicy policy)
    {
        var result = Suppressor.Apply(table, policy);
        DisclosureGuard.EnsureSafe(result);
        return result;
    }
}
