using AnalysisKit.Indicators;
using AnalysisKit.Testing;

namespace AnalysisKit.Tests.Indicators;

public class ConfidenceLevelsTests
{
    [Theory]
    [InlineData(0.95, 0.95)]
    [InlineData(95, 0.95)]
    [InlineData(99.8, 0.998)]
    [InlineData(1, 1)]
    [InlineData(100, 1)]
    public void ToFraction_AcceptsFractionsAndPercentages(double confidence, double fraction) =>
        Assert.Equal(fraction, ConfidenceLevels.ToFraction(confidence), 15);

    [Theory]
    [InlineData(0)]
    [InlineData(-0.95)]
    [InlineData(100.5)]
    [InlineData(double.NaN)]
    public void ToFraction_OutsideRange_ErrorNamesArgumentValueAndRange(double confidence)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ConfidenceLevels.ToFraction(confidence));
        Assert.Equal("confidence", error.ParamName);
        Assert.Contains("is outside the allowed range: give a fraction in (0, 1] such as 0.95, or a percentage in (1, 100] " +
                        "such as 95.", error.Message);
    }

    [Fact]
    public void ToFraction_ErrorShowsTheValue()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ConfidenceLevels.ToFraction(150));
        Assert.StartsWith("confidence = 150 is outside the allowed range", error.Message);
    }

    [Theory]
    [InlineData(0.95, 1.959963984540054)]
    [InlineData(0.998, 3.090232306167813)]
    [InlineData(0.99, 2.5758293035489004)]
    public void ZScore_MatchesPublishedNormalQuantiles(double confidence, double z) =>
        // Published values of Φ⁻¹(1 − α/2) (R qnorm, Python statistics.NormalDist.inv_cdf; agree to 1e-15).
        Close.Relative(z, ConfidenceLevels.ZScore(confidence), 1e-15, $"z at {confidence}");

    [Fact]
    public void Default_IsNinetyFivePercent() =>
        Assert.Equal([0.95], default(ConfidenceLevels).Fractions);

    [Fact]
    public void TwoLevels_FromTupleKeepOrderAndLabel()
    {
        ConfidenceLevels levels = (95, 99.8);
        Assert.Equal([0.95, 0.998], levels.Fractions);
        Assert.Equal("95%, 99.8%", levels.ToString());
        Assert.Equal(ConfidenceLevels.NinetyFiveAndNinetyNinePointEight, levels);
    }

    [Fact]
    public void RepeatedLevel_ErrorSaysGiveEachOnce()
    {
        var error = Assert.Throws<ArgumentException>(() => new ConfidenceLevels(0.95, 95));
        Assert.StartsWith("confidence lists the same level twice (0.95, 95); give each level once.", error.Message);
    }

    [Fact]
    public void NoLevel_ErrorSaysGiveOne()
    {
        var error = Assert.Throws<ArgumentException>(() => new ConfidenceLevels(Array.Empty<double>()));
        Assert.StartsWith("confidence must hold at least one level, e.g. 0.95 or (0.95, 0.998).", error.Message);
    }

    [Fact]
    public void Interval_AtAMissingLevel_ErrorListsTheLevelsHeld()
    {
        var result = Proportion.Wilson(5, 10);
        var error = Assert.Throws<ArgumentException>(() => result.Interval(99.8));
        Assert.StartsWith("This result has no interval at confidence = 99.8; it has 0.95.", error.Message);
    }
}
