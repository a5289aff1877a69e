using AnalysisKit.Disclosure;

namespace AnalysisKit.Tests.Disclosure;

public sealed class RoundingTests
{
    // Worked by hand at base 10: 15, 25, 35, 45 are exact halves. Half-up moves every half up; half-to-even moves it to
    // the even multiple of 10 (20, 20, 40, 40), as R round() does (../shared/sdc/README.md rule 6: 15 → 20, 25 → 20, 45 → 40).
    [Theory]
    [InlineData(15, 20, 20)]
    [InlineData(25, 30, 20)]
    [InlineData(35, 40, 40)]
    [InlineData(45, 50, 40)]
    [InlineData(14, 10, 10)]
    [InlineData(16, 20, 20)]
    [InlineData(0, 0, 0)]
    [InlineData(4, 0, 0)]
    [InlineData(5, 10, 0)]
    public void ToBase_Base10_HalfUpAndHalfToEvenDifferOnlyAtHalves(long count, long halfUp, long halfToEven)
    {
        Assert.Equal(halfUp, Rounding.ToBase(count, 10, RoundingRule.HalfUp));
        Assert.Equal(halfToEven, Rounding.ToBase(count, 10, RoundingRule.HalfToEven));
    }

    [Fact]
    public void ToBase_Base1_LeavesCountUnchanged() => Assert.Equal(17, Rounding.ToBase(17, 1, RoundingRule.HalfUp));

    [Fact]
    public void ToBase_NegativeCount_IsRefusedWithTheValue()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Rounding.ToBase(-3, 5, RoundingRule.HalfUp));
        Assert.StartsWith("Cannot round count -3: counts must be ≥ 0.", e.Message);
    }

    [Fact]
    public void ToBase_BaseZero_IsRefusedWithTheRange()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Rounding.ToBase(3, 0, RoundingRule.HalfUp));
        Assert.StartsWith("Rounding base 0 is out of range; it must be ≥ 1 (1 means no rounding).", e.Message);
    }
}
