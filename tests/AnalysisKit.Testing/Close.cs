using Xunit;

namespace AnalysisKit.Testing;

/// <summary>Assertions for numbers compared with reference values at a stated relative tolerance.</summary>
public static class Close
{
    /// <summary>
    /// Asserts |actual − expected| ≤ relativeTolerance·max(|expected|, tiny); NaN equals NaN, infinities must match,
    /// and the message names what was compared.
    /// </summary>
    public static void Relative(double expected, double actual, double relativeTolerance, string what)
    {
        if (double.IsNaN(expected) || double.IsInfinity(expected))
        {
            Assert.True(expected.Equals(actual), $"{what}: expected {expected:R}, got {actual:R}");
            return;
        }

        var scale = Math.Max(Math.Abs(expected), 1e-300);
        var error = Math.Abs(actual - expected) / scale;
        Assert.True(error <= relativeTolerance,
            $"{what}: expected {expected:R}, got {actual:R} (relative error {error:E3} > {relativeTolerance:E1})");
    }
}
