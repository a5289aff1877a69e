using AnalysisKit.Testing;
using AnalysisKit.Variation.Spc;

namespace AnalysisKit.Tests.Variation.Spc;

/// <summary>Compares a <see cref="QicResult"/> row by row with a <c>qic(...)$data</c> table written by qicharts2.</summary>
internal static class QicReference
{
    private const double Tolerance = 1e-9;

    internal static void AssertMatches(ReferenceCsv expected, QicResult result, bool twoSigma)
    {
        Assert.Equal(expected.Rows.Count, result.Points.Count);
        for (var i = 0; i < expected.Rows.Count; i++)
        {
            var row = expected.Rows[i];
            var point = result.Points[i];
            var what = $"{Path.GetFileName(expected.Path)} row {i + 1}";
            Same(row.Number("y"), point.Y, $"{what} y");
            Same(row.Number("cl"), point.CentreLine, $"{what} cl");
            Same(row.Number("lcl"), point.Lower, $"{what} lcl");
            Same(row.Number("ucl"), point.Upper, $"{what} ucl");
            if (twoSigma)
            {
                Same(row.Number("lcl.95"), point.Lower95, $"{what} lcl.95");
                Same(row.Number("ucl.95"), point.Upper95, $"{what} ucl.95");
            }

            Assert.Equal((int)row.Double("part"), point.Part);
            Assert.Equal(row.Logical("baseline"), point.Baseline);
            Assert.Equal(row.Logical("include"), point.Include);
            Assert.True(row.Logical("sigma.signal") == point.SigmaSignal, $"{what} sigma.signal");
            var runs = result.Parts[point.Part - 1];
            Assert.Equal((int)row.Double("n.obs"), runs.Observations);
            Assert.Equal((int)row.Double("n.useful"), runs.UsefulObservations);
            Assert.True(row.Logical("runs.signal") == runs.Signal, $"{what} runs.signal");
            Assert.Equal((int?)row.Number("longest.run"), runs.LongestRun);
            Assert.Equal((int?)row.Number("longest.run.max"), runs.LongestRunMax);
            Assert.Equal((int?)row.Number("n.crossings"), runs.Crossings);
            Assert.Equal((int?)row.Number("n.crossings.min"), runs.CrossingsMin);
        }
    }

    private static void Same(double? expected, double? actual, string what)
    {
        if (expected is null)
        {
            Assert.True(actual is null, $"{what}: expected NA, got {actual}");
            return;
        }

        Assert.True(actual is not null, $"{what}: expected {expected}, got null");
        if (expected.Value == 0)
        {
            Assert.True(Math.Abs(actual!.Value) < 1e-12, $"{what}: expected 0, got {actual}");
            return;
        }

        Close.Relative(expected.Value, actual!.Value, Tolerance, what);
    }
}
