using AnalysisKit.Geography;
using AnalysisKit.Testing;

namespace AnalysisKit.Tests.Geography;

/// <summary>The committed sample lookup in data-samples/geography, read once per test run.</summary>
internal static class SampleLookup
{
    private static readonly Lazy<PracticeLookup> Lookup = new(() => PracticeLookupReader.Read(
        RepoPaths.InRepo("data-samples/geography/practice-lookup.csv"),
        RepoPaths.InRepo("data-samples/geography/practice-populations.csv")));

    internal static PracticeLookup Read() => Lookup.Value;
}
