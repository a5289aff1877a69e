using AnalysisKit.Geography;

namespace AnalysisKit.Definitions;

/// <summary>
/// Practice populations by date for denominators taken from the geography rather than the indicator's file: the
/// latest population on or before a date (list size, and by sex and age band when known).
/// </summary>
/// <param name="Population">The practice's population by sex and band on a date, or null when none is known.</param>
/// <param name="ListSize">The practice's list size on a date, or null when none is known.</param>
/// <param name="Bands">The age bands of the populations, or null when only list sizes are known.</param>
public sealed record PopulationSource(
    Func<string, DateOnly, PracticePopulation?> Population,
    Func<string, DateOnly, int?> ListSize,
    AgeBandSet? Bands)
{
    /// <summary>The populations of a dated lookup.</summary>
    public static PopulationSource Of(PracticeLookup lookup)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        var byPractice = lookup.Populations.GroupBy(p => p.PracticeCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(p => p.Date).ToList(), StringComparer.Ordinal);
        PracticePopulation? At(string code, DateOnly date) =>
            byPractice.TryGetValue(code, out var list) ? list.LastOrDefault(p => p.Date <= date) : null;
        return new PopulationSource(At, (code, date) => At(code, date)?.Total, lookup.Populations.FirstOrDefault()?.AgeBands);
    }
}
