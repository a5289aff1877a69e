using AnalysisKit.Geography;

namespace AnalysisKit.Definitions;

/// <summary>Reads a definition's geography (<see cref="GeographySource"/>) into a dated <see cref="PracticeLookup"/> and the names of its areas.</summary>
public static class GeographyLoader
{
    /// <summary>Reads the lookup (and populations) in the source's format.</summary>
    /// <param name="source">The geography of a definition file.</param>
    /// <exception cref="LookupFileException">A file that does not fit its format (file, line, column, value).</exception>
    public static LoadedGeography Load(GeographySource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var listSizes = new Dictionary<string, int>(StringComparer.Ordinal);
        var lookup = source.Format switch
        {
            GeographyFormat.AnalysisKitLookup => PracticeLookupReader.Read(source.Lookup, source.Populations!),
            GeographyFormat.PhsOpenData => OpenDataPracticeReader.Read(source.Lookup, source.Populations!),
            _ => IsdQofLookupReader.Read(source.Lookup, names, listSizes),
        };
        if (source.Simd is { } simd)
        {
            lookup = SimdLookup.AddQuintiles(lookup, source.Lookup, simd);
        }

        return new LoadedGeography(lookup, names) { ListSizes = listSizes };
    }
}

/// <summary>A geography as loaded: the dated lookup and the names of areas the lookup gives only by code (ISD's CHPs).</summary>
/// <param name="Lookup">The dated practice lookup with populations.</param>
/// <param name="AreaNames">Area names by code, beside the built-in HSCP and board names.</param>
public sealed record LoadedGeography(PracticeLookup Lookup, IReadOnlyDictionary<string, string> AreaNames)
{
    /// <summary>List sizes given by the lookup itself (ISD's List Size), by practice; empty when the populations give them.</summary>
    public IReadOnlyDictionary<string, int> ListSizes { get; init; } = new Dictionary<string, int>();

    /// <summary>The populations for denominators: the lookup's dated populations, or its own list sizes when it has none.</summary>
    public PopulationSource Populations() =>
        Lookup.Populations.Count > 0 || ListSizes.Count == 0
            ? PopulationSource.Of(Lookup)
            : new PopulationSource((_, _) => null, (code, _) => ListSizes.TryGetValue(code, out var size) ? size : null, null);
}
