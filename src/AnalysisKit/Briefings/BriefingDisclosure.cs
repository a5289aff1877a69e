using AnalysisKit.Disclosure;
using AnalysisKit.Geography;

namespace AnalysisKit.Briefings;

/// <summary>
/// Disclosure control for a briefing, done once for the whole of Scotland, so that every briefing from the same
/// definition (any cluster, HSCP or board) publishes from the same suppressed cells, and no comparator total differenced
/// with the parts published beside it — in this briefing or another — gives a suppressed count back. One table: every
/// indicator a column, every level a hierarchy of rows (Scotland, board, HSCP/CHP, cluster, then the SIMD quintile of the
/// practice within the lowest area, then the placed practice), suppressed by <see cref="Suppressor.Apply(DisclosureTable, SuppressionPolicy)"/> and checked by
/// <see cref="DisclosureGuard"/>. A quintile subtotal above the lowest area (an HSCP's or board's practices in quintile 1)
/// is not a cell of the table: it is published only when every lowest-area subtotal it adds up is published, so it is a
/// sum of published cells and tells an attacker nothing new; otherwise it is suppressed.
/// </summary>
internal sealed class BriefingDisclosure
{
    /// <summary>The key of practices whose SIMD quintile is not known.</summary>
    public const string NotKnown = "not known";

    private const string Total = PracticeHierarchyTable.TotalLabel;

    private readonly Dictionary<(GeographyLevel, string), int> rows = [];
    private readonly Dictionary<(string Area, string Quintile), int> quintileRows = [];
    private readonly List<(int Row, string Quintile, string Unit)> quintileCells = [];
    private readonly BriefingPlacement placement;
    private readonly int headline;

    public BriefingDisclosure(BriefingPlacement placement, IReadOnlyList<IndicatorSums> sums, int headline, SuppressionPolicy policy, ReleaseHistory? history = null)
    {
        this.placement = placement;
        this.headline = headline;
        HasClusters = placement.Units.Any(u => u.Practice.ClusterCode.Length > 0);
        LowestArea = HasClusters ? GeographyLevel.Cluster : GeographyLevel.Hscp;
        var areaLevels = HasClusters ? new[] { GeographyLevel.Board, GeographyLevel.Hscp, GeographyLevel.Cluster } : [GeographyLevel.Board, GeographyLevel.Hscp];
        var units = placement.Units.Select(u => u.Key).Where(k => sums.Any(s => s.ByUnit.ContainsKey(k))).Order(StringComparer.Ordinal).ToList();
        var tableRows = new List<(string[] Keys, List<string> Units)>();
        void AddTo(int row, string unit) => tableRows[row].Units.Add(unit);
        foreach (var unit in units)
        {
            var areas = areaLevels.Select(l => placement.AreaCode(unit, l)!).ToArray();
            var quintile = QuintileKey(placement.Unit(unit).Practice.SimdQuintile);
            var path = areas.Append(quintile).Append(unit).ToArray();
            for (var depth = 0; depth <= path.Length; depth++)
            {
                var key = path.Take(depth).Concat(Enumerable.Repeat(Total, path.Length - depth)).ToArray();
                int row;
                if (depth == areas.Length + 1)
                {
                    if (!quintileRows.TryGetValue((areas[^1], quintile), out row))
                    {
                        quintileRows[(areas[^1], quintile)] = row = tableRows.Count;
                        quintileCells.Add((row, quintile, unit));
                        tableRows.Add((key, []));
                    }
                }
                else
                {
                    var area = depth == 0 ? (GeographyLevel.Scotland, HealthBoard.ScotlandCode)
                        : depth == path.Length ? (GeographyLevel.Practice, unit)
                        : (areaLevels[depth - 1], path[depth - 1]);
                    if (!rows.TryGetValue(area, out row))
                    {
                        rows[area] = row = tableRows.Count;
                        tableRows.Add((key, []));
                    }
                }

                AddTo(row, unit);
            }
        }

        var names = areaLevels.Select(l => l.ToString().ToLowerInvariant()).Append("SIMD quintile").Append("practice").ToArray();
        var table = new DisclosureTable("briefing counts", names, Total, sums.Select(s => s.Definition.Name).ToArray(), null, [],
            tableRows.Select(r => new TableRow(r.Keys, sums.Select(s => Sum(r.Units.Select(u => s.ByUnit.GetValueOrDefault(u)?.Count))).ToArray(), [])).ToList());
        Result = Suppressor.Apply(table, policy, history);
        DisclosureGuard.EnsureSafe(Result);
    }

    /// <summary>True when the geography has clusters (ISD's CHP-era lookups do not).</summary>
    public bool HasClusters { get; }

    /// <summary>The lowest area level of the table: clusters, or HSCPs/CHPs when there are no clusters.</summary>
    public GeographyLevel LowestArea { get; }

    /// <summary>The suppressed table.</summary>
    public SuppressionResult Result { get; }

    /// <summary>The quintile key of a practice: 1–5, or not known.</summary>
    public static string QuintileKey(int? quintile) => quintile?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? NotKnown;

    /// <summary>Whether an area's (or unit's) count of indicator <paramref name="indicator"/> is published, zero, missing or suppressed.</summary>
    public CellState State(GeographyLevel level, string code, int indicator) =>
        rows.TryGetValue((level, code), out var row) ? Result.State(row, indicator) : CellState.Missing;

    /// <summary>The published text of an area's count: the count, or the policy's marker.</summary>
    public string Text(GeographyLevel level, string code, int indicator) =>
        rows.TryGetValue((level, code), out var row) ? Result.Text(row, indicator) : "";

    /// <summary>The count as published (after any rounding), or null when not published.</summary>
    public long? Published(GeographyLevel level, string code, int indicator) =>
        rows.TryGetValue((level, code), out var row) ? Result.PublishedCount(row, indicator) : null;

    /// <summary>
    /// An area's headline count in one quintile and its state: a cell of the table for the lowest area; above it, the
    /// sum of the lowest areas' cells when every one is published, else suppressed.
    /// </summary>
    public (CellState State, long? Count) Quintile(GeographyLevel level, string code, string quintile)
    {
        var cells = quintileCells.Where(c => c.Quintile == quintile && string.Equals(placement.AreaCode(c.Unit, level), code, StringComparison.Ordinal))
            .Select(c => c.Row).ToList();
        if (cells.Count == 0)
        {
            return (CellState.Missing, null);
        }

        if (cells.Exists(r => Result.State(r, headline) == CellState.Suppressed))
        {
            return (CellState.Suppressed, null);
        }

        var published = cells.Select(r => Result.PublishedCount(r, headline)).Where(c => c is not null).ToList();
        return published.Count == 0 ? (CellState.Missing, null) : (published.Sum(c => c!.Value) == 0 ? CellState.Zero : CellState.Published, published.Sum(c => c!.Value));
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
}
