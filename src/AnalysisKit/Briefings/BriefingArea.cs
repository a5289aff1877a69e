using AnalysisKit.Definitions;

namespace AnalysisKit.Briefings;

/// <summary>An area a briefing is about or compares with: its level, code and name.</summary>
/// <param name="Level">Cluster, HSCP/CHP, board or Scotland (or Practice for a unit).</param>
/// <param name="Code">The area's code (a cluster's name in PHS open data, where clusters have no code).</param>
/// <param name="Name">The area's name, e.g. "Fife 3", "Fife HSCP", "NHS Fife", "Scotland".</param>
public sealed record BriefingArea(AreaLevel Level, string Code, string Name)
{
    /// <summary>The level in words as the page uses it: cluster, HSCP, CHP, board, Scotland.</summary>
    public static string LevelName(AreaLevel level) => level switch
    {
        AreaLevel.Practice => "practice",
        AreaLevel.Cluster => "cluster",
        AreaLevel.Hscp => "HSCP",
        AreaLevel.Chp => "CHP",
        AreaLevel.Board => "board",
        _ => "Scotland",
    };

    /// <summary>The geography level the area's practices are summed to.</summary>
    public static Geography.GeographyLevel GeographyLevel(AreaLevel level) => level switch
    {
        AreaLevel.Practice => Geography.GeographyLevel.Practice,
        AreaLevel.Cluster => Geography.GeographyLevel.Cluster,
        AreaLevel.Hscp or AreaLevel.Chp => Geography.GeographyLevel.Hscp,
        AreaLevel.Board => Geography.GeographyLevel.Board,
        _ => Geography.GeographyLevel.Scotland,
    };
}
