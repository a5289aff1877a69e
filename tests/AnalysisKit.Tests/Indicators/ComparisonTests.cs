using AnalysisKit.Indicators;

namespace AnalysisKit.Tests.Indicators;

public class ComparisonTests
{
    private static IndicatorResult Interval(double value, double lower, double upper) =>
        new(value, [new ConfidenceInterval(0.95, lower, upper)], IndicatorMethod.Wilson, 1, 1, 1);

    [Theory]
    [InlineData(0.39, Significance.Higher)]
    [InlineData(0.40, Significance.NotDifferent)]
    [InlineData(0.50, Significance.NotDifferent)]
    [InlineData(0.60, Significance.NotDifferent)]
    [InlineData(0.61, Significance.Lower)]
    [InlineData(double.NaN, Significance.NotComparable)]
    public void Classify_ComparatorOutsideTheUnitInterval_IsSignificant(double comparator, Significance expected) =>
        Assert.Equal(expected, Comparison.Classify(Interval(0.5, 0.40, 0.60), comparator));

    [Fact]
    public void Classify_UnitWithoutLimits_IsNotComparable() =>
        Assert.Equal(Significance.NotComparable, Comparison.Classify(Interval(double.NaN, double.NaN, double.NaN), 0.5));

    [Fact]
    public void Classify_UsesTheRequestedLevel()
    {
        var unit = Proportion.Wilson(65, 100, (0.95, 0.998));
        // 95%: 0.5525–0.7364; 99.8%: 0.4955–0.7784 (upstream PHE test data). 0.52 is outside the first, inside the second.
        Assert.Equal(Significance.Higher, Comparison.Classify(unit, 0.52, 0.95));
        Assert.Equal(Significance.NotDifferent, Comparison.Classify(unit, 0.52, 99.8));
    }

    [Theory]
    [InlineData(Significance.Higher, Polarity.HigherIsBetter, Assessment.Better)]
    [InlineData(Significance.Higher, Polarity.LowerIsBetter, Assessment.Worse)]
    [InlineData(Significance.Higher, Polarity.NoJudgement, Assessment.Higher)]
    [InlineData(Significance.Lower, Polarity.HigherIsBetter, Assessment.Worse)]
    [InlineData(Significance.Lower, Polarity.LowerIsBetter, Assessment.Better)]
    [InlineData(Significance.Lower, Polarity.NoJudgement, Assessment.Lower)]
    [InlineData(Significance.NotDifferent, Polarity.HigherIsBetter, Assessment.Similar)]
    [InlineData(Significance.NotComparable, Polarity.LowerIsBetter, Assessment.NotComparable)]
    public void Assess_ReadsSignificanceThroughPolarity(Significance significance, Polarity polarity, Assessment expected) =>
        Assert.Equal(expected, Comparison.Assess(significance, polarity));
}
