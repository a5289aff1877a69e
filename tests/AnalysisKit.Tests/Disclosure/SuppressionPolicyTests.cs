using AnalysisKit.Disclosure;

namespace AnalysisKit.Tests.Disclosure;

public sealed class SuppressionPolicyTests
{
    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(4, true)]
    [InlineData(5, false)]
    public void PhsPracticeUnder5_HidesOneToFourAndShowsZero(long count, bool small) =>
        Assert.Equal(small, SuppressionPolicy.PhsPracticeUnder5.IsSmall(count));

    [Theory]
    [InlineData(0, false)]
    [InlineData(9, true)]
    [InlineData(10, false)]
    public void Under10_HidesOneToNine(long count, bool small) => Assert.Equal(small, SuppressionPolicy.Under10.IsSmall(count));

    [Fact]
    public void SdcShinyApp_IsLessThanOrEqualWithZeroSuppressionSwitch()
    {
        var keepZeros = SuppressionPolicy.SdcShinyApp(condition: 3);
        var hideZeros = SuppressionPolicy.SdcShinyApp(condition: 3, noZeroSuppression: false);

        Assert.True(keepZeros.IsSmall(3));
        Assert.False(keepZeros.IsSmall(4));
        Assert.False(keepZeros.IsSmall(0));
        Assert.True(hideZeros.IsSmall(0));
        Assert.Equal(SecondaryMethod.PhsRowsOnly, keepZeros.Secondary);
        Assert.Equal(RoundingRule.HalfToEven, keepZeros.RoundingRule);
    }

    [Fact]
    public void ProtectionWidth_IsTheSmallestPublishableCount()
    {
        Assert.Equal(5, SuppressionPolicy.PhsPracticeUnder5.ProtectionWidth);
        Assert.Equal(10, SuppressionPolicy.Under10.ProtectionWidth);
        Assert.Equal(4, SuppressionPolicy.SdcShinyApp(condition: 3).ProtectionWidth);
    }

    [Fact]
    public void Presets_AreFoundByName() =>
        Assert.Equal(["phs-practice-under-5", "sdcshinyapp-10", "under-10"], SuppressionPolicy.Presets.Keys.Order(StringComparer.Ordinal));

    [Fact]
    public void Describe_StatesRangeZerosMarkerAndSecondary() =>
        Assert.Equal("counts 1–4 (< 5) suppressed; true zeros shown; marker '*'; secondary Complete; rounding none",
            SuppressionPolicy.PhsPracticeUnder5.Describe());

    [Fact]
    public void Presets_NoneKeepsStandardisedRates() =>
        Assert.All(SuppressionPolicy.Presets.Values, p => Assert.False(p.KeepStandardisedRates));

    [Fact]
    public void KeepStandardisedRates_WithoutAReason_IsRefused()
    {
        var e = Assert.Throws<ArgumentException>(() => new SuppressionPolicy("scotpho", 5, ThresholdComparison.LessThan, true, "*", false, 1,
            RoundingRule.HalfUp, true, SecondaryMethod.Complete));

        Assert.StartsWith(DisclosureMessages.KeepRatesNeedsReason("scotpho"), e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void KeepStandardisedRates_WithAReason_IsRecordedInTheDescription()
    {
        var policy = new SuppressionPolicy("scotpho", 5, ThresholdComparison.LessThan, true, "*", false, 1,
            RoundingRule.HalfUp, true, SecondaryMethod.Complete, keepStandardisedRatesReason: " ScotPHO profile indicator 20101 ");

        Assert.Equal("ScotPHO profile indicator 20101", policy.KeepStandardisedRatesReason);
        Assert.EndsWith("; standardised rates and their limits KEPT beside suppressed counts (opt-in: ScotPHO profile indicator 20101)", policy.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_MarkerOtherThanStarOrC_IsRefused()
    {
        var e = Assert.Throws<ArgumentException>(() => new SuppressionPolicy("x", 5, ThresholdComparison.LessThan, true, "#", false, 1,
            RoundingRule.HalfUp, false, SecondaryMethod.Complete));
        Assert.StartsWith("Suppression marker '#' is not allowed; use '*' or 'c' (open data must use 'c').", e.Message);
    }

    [Fact]
    public void Constructor_ThresholdZero_IsRefused()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new SuppressionPolicy("x", 0, ThresholdComparison.LessThan, true, "*", false, 1,
            RoundingRule.HalfUp, false, SecondaryMethod.Complete));
        Assert.StartsWith("Suppression threshold 0 is out of range; it must be ≥ 1", e.Message);
    }

    [Fact]
    public void Footnote_HasPhsWordingMarkerAndZeroBlankMeaning()
    {
        var footnote = SuppressionPolicy.PhsPracticeUnder5.Footnote;

        Assert.StartsWith("Statistical disclosure control has been applied to protect patient confidentiality. Therefore, the figures " +
                          "presented here may not be additive and may differ from previous publications.", footnote);
        Assert.Contains("* indicates value has been suppressed according to PHS Statistical Disclosure Control Protocol.", footnote);
        Assert.EndsWith("0 is a true zero. A blank cell means no data (missing); it is neither a zero nor a suppressed value.", footnote);
    }
}
