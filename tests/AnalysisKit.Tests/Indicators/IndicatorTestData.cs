using AnalysisKit.Testing;

namespace AnalysisKit.Tests.Indicators;

/// <summary>Reference files copied into TestData/Indicators (see PROVENANCE.md there) and upstream files in ../shared.</summary>
internal static class IndicatorTestData
{
    public static ReferenceCsv Read(string fileName) =>
        ReferenceCsv.Read(Path.Combine(AppContext.BaseDirectory, "TestData", "Indicators", fileName));

    /// <summary>A sheet of PHEindicatormethods' own test workbooks, read in place from ../shared (skips when absent).</summary>
    public static ReferenceCsv Upstream(string fileName) =>
        ReferenceCsv.Read(RepoPaths.SharedOrSkip(
            "reference/upstream-testdata/PHEindicatormethods/xlsx_sheets_as_csv/" + fileName));

    /// <summary>Asserts a limit or value against R, where R's NA means NaN here.</summary>
    public static void Matches(ReferenceRow row, string column, double actual, double tolerance, string what)
    {
        var expected = row.Number(column);
        if (expected is null)
        {
            Assert.True(double.IsNaN(actual), $"{what} {column}: expected NA (NaN), got {actual:R}");
            return;
        }

        Close.Relative(expected.Value, actual, tolerance, $"{what} {column}");
    }
}
