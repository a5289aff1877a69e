namespace AnalysisKit.Benchmarks.Extracts;

/// <summary>The benchmark corpus: one file of each shape of extract AnalysisKit must read as fast as DuckDB.</summary>
internal static class ExtractCorpus
{
    public static IReadOnlyList<CorpusFile> Files { get; } =
    [
        new PrescriptionsInTheCommunityFile(),
        new IsoDatesFile(),
        new UkDatesFile(),
        new ManyCodesFile(),
        new LongTextFile(),
        new QualifierFlagsFile(),
    ];

    public static CorpusFile Named(string name) => Files.Single(f => f.Name == name);
}
