namespace AnalysisKit.Definitions;

/// <summary>
/// A file of prescribing measures (e.g. <c>data-samples/prescribing-measures.json</c>, schema
/// <c>measures.schema.json</c>): a title, the extract the measures read by default (file, practice and month columns),
/// and the measures in the indicator format of a briefing definition. Read with <see cref="Load"/>; a briefing
/// definition names one in <c>$.prescribing.measures</c>.
/// </summary>
/// <param name="SourceFile">The measure file (full path).</param>
/// <param name="Title">Its title.</param>
/// <param name="Measures">The measures, in the file's order; names unique ignoring case.</param>
public sealed record MeasureFile(string SourceFile, string Title, IReadOnlyList<MeasureDefinition> Measures)
{
    /// <summary>The measure named <paramref name="name"/> (ordinal, ignoring case).</summary>
    /// <exception cref="ArgumentException">No such measure (names the ones there are).</exception>
    public MeasureDefinition this[string name] =>
        Measures.FirstOrDefault(m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException(DefinitionMessages.UnknownMeasure(SourceFile, name, Measures.Select(m => m.Name)), nameof(name));

    /// <summary>
    /// Reads and checks a measure file on its own (every error names the file, the JSON path, the value and what is
    /// allowed). Population denominators are checked against a geography when the measures are calculated.
    /// </summary>
    /// <param name="path">The JSON file.</param>
    /// <exception cref="DefinitionException">The file, its JSON path, the value and what is allowed.</exception>
    public static MeasureFile Load(string path) => PrescribingDefinitionReader.ReadMeasureFile(path, null, null);
}
