using System.Globalization;
using AnalysisKit.Variation.Spc;

namespace AnalysisKit.Tests.Variation.Spc;

internal static class SpcTestData
{
    internal static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static List<SpcPoint> Series(string series) =>
        VariationTestData.Read("spc_input_series.csv").Rows
            .Where(r => r.Text("series") == series)
            .Select(r => new SpcPoint(Date(r.Text("month")), r.Number("value")))
            .ToList();

    /// <summary>Monthly points from 2024-01 with the given values (NaN = missing).</summary>
    internal static List<SpcPoint> Monthly(params double[] values) =>
        values.Select((v, i) => new SpcPoint(new DateOnly(2024, 1, 1).AddMonths(i), double.IsNaN(v) ? null : v)).ToList();
}
