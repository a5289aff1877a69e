namespace AnalysisKit.Geography;

/// <summary>Placeholder: ISD QOF lookups are read in Part B.</summary>
public static class IsdQofLookupReader
{
    /// <summary>Not yet.</summary>
    public static PracticeLookup Read(string path, string? populationsPath, IDictionary<string, string> names) => throw new NotSupportedException(path + populationsPath + names.Count);
}
