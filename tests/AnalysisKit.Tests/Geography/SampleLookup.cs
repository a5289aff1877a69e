using AnalysisKit.Geography;
using AnalysisKit.Testing;

namespace AnalysisKit.Tests.Geography;

/// <summary>The committed sample lookup in data-samples/geography, read once per test run.</summary>
internal static class SampleLookup
{
    private static readonly Lazy<PracticeLookup> Lookup = new(() => PracticeLookupReader.ReadFolder(RepoPaths.InRepo("data-samples/geography")));

    internal static PracticeLookup Read() => Lookup.Value;
}
