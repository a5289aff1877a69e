namespace AnalysisKit.Charts;

/// <summary>Everything a population pyramid shows: counts by sex and age band, youngest band first.</summary>
/// <param name="Name">Stable chart name (lower-case letters, digits, hyphens).</param>
/// <param name="Title">Chart title.</param>
/// <param name="UnitLabel">Whose population it is (e.g. "Cluster X").</param>
/// <param name="Bands">The age bands, youngest first, at least one (usually <see cref="Esp2013AgeBands"/>).</param>
public sealed record PopulationPyramidData(string Name, string Title, string UnitLabel, IReadOnlyList<PyramidBand> Bands)
{
    /// <summary>
    /// The 19 age bands of the 2013 European Standard Population (Eurostat, "Revision of the European Standard
    /// Population", 2013): 0-4, 5-9, …, 85-89, 90+.
    /// </summary>
    public static IReadOnlyList<string> Esp2013AgeBands { get; } =
    [
        "0-4", "5-9", "10-14", "15-19", "20-24", "25-29", "30-34", "35-39", "40-44", "45-49",
        "50-54", "55-59", "60-64", "65-69", "70-74", "75-79", "80-84", "85-89", "90+",
    ];
}
