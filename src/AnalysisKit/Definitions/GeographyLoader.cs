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
        var lookup = source.Format switch
        {
            GeographyFormat.AnalysisKitLookup => PracticeLookupReader.Read(source.Lookup, source.Populations!),
            GeographyFormat.PhsOpenData => OpenDataPracticeReader.Read(source.Lookup, source.Populations!),
            _ => IsdQofLookupReader.Read(source.Lookup, source.Populations, names),
        };
        if (source.Simd is { } simd)
        {
            lookup = SimdLookup.AddQuintiles(lookup, source.Lookup, simd);
        }

        return new LoadedGeography(lookup, names);
    }
}

/// <summary>A geography as loaded: the dated lookup and the names of areas the lookup gives only by code (ISD's CHPs).</summary>
/// <param name="Lookup">The dated practice lookup with populations.</param>
/// <param name="AreaNames">Area names by code, beside the built-in HSCP and board names.</param>
public sealed record LoadedGeography(PracticeLookup Lookup, IReadOnlyDictionary<string, string> AreaNames);
