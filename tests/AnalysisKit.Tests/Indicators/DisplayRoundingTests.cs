using AnalysisKit.Indicators;
using static AnalysisKit.Tests.Indicators.IndicatorTestData;

namespace AnalysisKit.Tests.Indicators;

public class DisplayRoundingTests
{
    [Fact]
    public void HalfUp_MatchesPhsMethodsRoundHalfUpExactly()
    {
        var file = Read("round_half_up.csv");
        Assert.Equal(48, file.Rows.Count);
        foreach (var row in file.Rows)
        {
            var x = row.Double("x");
            var digits = (int)row.Double("digits");
            Assert.True(row.Double("round_half_up") == DisplayRounding.HalfUp(x, digits),
                $"round_half_up({x:R}, {digits}): expected {row.Double("round_half_up"):R}, got {DisplayRounding.HalfUp(x, digits):R}");
        }
    }

    [Fact]
    public void HalfToEven_MatchesBaseRRound()
    {
        var file = Read("round_half_up.csv");
        foreach (var row in file.Rows)
        {
            var x = row.Double("x");
            var digits = (int)row.Double("digits");
            Assert.True(row.Double("base_round_half_even") == DisplayRounding.HalfToEven(x, digits),
                $"round({x:R}, {digits}): expected {row.Double("base_round_half_even"):R}, got {DisplayRounding.HalfToEven(x, digits):R}");
        }
    }

    [Theory]
    [InlineData(2.5, 3)]
    [InlineData(-2.5, -3)]
    [InlineData(0.5, 1)]
    public void HalfUp_HalvesGoAwayFromZero(double value, double expected) =>
        Assert.Equal(expected, DisplayRounding.HalfUp(value));

    [Fact]
    public void HalfUp_NegativeDigits_ErrorNamesTheValue()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => DisplayRounding.HalfUp(1.5, -1));
        Assert.Equal("digits", error.ParamName);
        Assert.StartsWith("digits = -1 is not valid: give a number of decimal places from 0 to 15.", error.Message);
    }
}
