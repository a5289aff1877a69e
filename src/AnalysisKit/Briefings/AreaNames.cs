using AnalysisKit.Definitions;
using AnalysisKit.Geography;

namespace AnalysisKit.Briefings;

/// <summary>The names of a briefing's areas: clusters from the lookup, HSCPs and boards from their codes, CHPs from ISD's lookup.</summary>
internal sealed class AreaNames(BriefingPlacement placement, IReadOnlyDictionary<string, string> extra)
{
    private Dictionary<string, string>? clusters;

    public BriefingArea Area(AreaLevel level, string code) => new(level, code, Name(level, code));

    public string Name(AreaLevel level, string code) => level switch
    {
        AreaLevel.Cluster => Clusters().GetValueOrDefault(code, code),
        AreaLevel.Hscp or AreaLevel.Chp => extra.TryGetValue(code, out var name) ? name : Hscp.Find(code) is { } hscp ? hscp.Name + " HSCP" : code,
        AreaLevel.Board => extra.TryGetValue(code, out var board) ? board : HealthBoard.Find(code)?.Name ?? code,
        AreaLevel.Scotland => "Scotland",
        _ => code,
    };

    /// <summary>A few area codes of the level, for an error message.</summary>
    public IReadOnlyList<string> Examples(GeographyLevel level) =>
        placement.Units.Select(u => placement.AreaCode(u.Key, level)).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Take(3).ToList();

    private Dictionary<string, string> Clusters()
    {
        if (clusters is null)
        {
            clusters = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var date in placement.Units.Select(u => u.To).Distinct().Order())
            {
                foreach (var cluster in placement.At(date).Clusters)
                {
                    clusters[cluster.Code] = cluster.Name;
                }
            }
        }

        return clusters;
    }
}
