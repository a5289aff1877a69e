using AnalysisKit.Indicators;
using AnalysisKit.Testing;
using static AnalysisKit.Tests.Indicators.IndicatorTestData;

namespace AnalysisKit.Tests.Indicators;

public class MeanTests
{
    [Fact]
    public void StudentT_MatchesPheUpstreamMeanTestData()
    {
        var values = Upstream("testdata_Mean__testdata_Mean.csv");
        var results = Upstream("testdata_Mean__testdata_Mean_results.csv");
        foreach (var expected in results.Rows)
        {
            var area = expected.Text("area");
            var data = values.Rows.Where(r => area == "No grouping" || r.Text("area") == area).Select(r => r.Double("values"));
            var result = Mean.StudentT(data, (0.95, 0.998));
            Matches(expected, "value_sum", result.Numerator, 1e-13, area);
            Matches(expected, "value_count", result.Denominator, 0, area);
            Matches(expected, "value", result.Value, 1e-13, area);
            Matches(expected, "lower95_0cl", result.Interval(0.95).Lower, 1e-12, area);
            Matches(expected, "upper95_0cl", result.Interval(0.95).Upper, 1e-12, area);
            Matches(expected, "lower99_8cl", result.Interval(0.998).Lower, 1e-12, area);
            Matches(expected, "upper99_8cl", result.Interval(0.998).Upper, 1e-12, area);
        }
    }

    [Fact]
    public void StudentT_HandWorkedExample()
    {
        // Values 2, 4, 6, 8: mean 5, s² = (9 + 1 + 1 + 9)/3 = 20/3, s/√n = √(20/3)/2 = 1.2909944.
        // t(0.975; 3) = 3.1824463 (standard t tables) → limits 5 ∓ 4.1084 = 0.8915 and 9.1085 (to 4 decimals).
        var result = Mean.StudentT([2, 4, 6, 8]);
        Assert.Equal(5.0, result.Value);
        Assert.Equal(0.8915, result.Lower, 4);
        Assert.Equal(9.1085, result.Upper, 4);
        Assert.Equal("Few values: the mean is of 4 values, so its limits are wide.", Assert.Single(result.Warnings));
    }

    [Fact]
    public void StudentT_OneValue_ErrorSaysAtLeastTwo()
    {
        var error = Assert.Throws<ArgumentException>(() => Mean.StudentT([3.0]));
        Assert.Equal("values", error.ParamName);
        Assert.StartsWith("values has 1 value(s); a mean with t-based limits needs at least 2.", error.Message);
    }

    [Fact]
    public void StudentT_NaNValue_ErrorNamesItsPosition()
    {
        var error = Assert.Throws<ArgumentException>(() => Mean.StudentT([3.0, double.NaN]));
        Assert.StartsWith("values[1] = NaN is not a finite number.", error.Message);
    }
}
