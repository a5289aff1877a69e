using AnalysisKit.Testing;
using AnalysisKit.Variation.Funnels;

namespace AnalysisKit.Tests.Variation;

/// <summary>Reads the reference files copied into TestData/Variation (provenance in PROVENANCE.md there).</summary>
internal static class VariationTestData
{
    internal static ReferenceCsv Read(string file) =>
        ReferenceCsv.Read(Path.Combine(AppContext.BaseDirectory, "TestData", "Variation", file));

    internal static List<FunnelUnit> Units(string file, string numerator, string denominator) =>
        Read(file).Rows.Select(r => new FunnelUnit(r.Text("practice"), r.Double(numerator), r.Double(denominator))).ToList();
}
