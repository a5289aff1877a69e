using AnalysisKit.Indicators;
using AnalysisKit.Testing;
using static AnalysisKit.Tests.Indicators.IndicatorTestData;

namespace AnalysisKit.Tests.Indicators;

public class ProportionTests
{
    // z comes from MathNet's Normal.InvCDF; R's qnorm (Wichura's AS241) returns 1.9599639845400536 for 0.975, one ulp
    // below MathNet's (the true value is 1.95996398454005423…). That last-place difference reaches the limits as at
    // most ~2e-15 relative, so the files are matched to 1e-14: far inside the 1e-9 the issue asks for.
    private const double Tolerance = 1e-14;

    [Fact]
    public void Wilson_MatchesPheIndicatorMethods_At95PercentAsProportionOfOne()
    {
        var file = Read("wilson_proportion_conf95_mult1.csv");
        Assert.Equal(44, file.Rows.Count);
        foreach (var row in file.Rows)
        {
            var result = Proportion.Wilson(row.Number("x") ?? double.NaN, row.Number("n") ?? double.NaN, 0.95, 1);
            var what = $"case {row.Text("case_id")}";
            Matches(row, "value", result.Value, Tolerance, what);
            Matches(row, "lowercl", result.Lower, Tolerance, what);
            Matches(row, "uppercl", result.Upper, Tolerance, what);
            Assert.Equal(IndicatorMethod.Wilson, result.Method);
        }
    }

    [Fact]
    public void Wilson_MatchesPheIndicatorMethods_At95And998PercentAsPercentage()
    {
        var file = Read("wilson_proportion_conf95_998_mult100.csv");
        foreach (var row in file.Rows)
        {
            var result = Proportion.Wilson(row.Number("x") ?? double.NaN, row.Number("n") ?? double.NaN,
                (0.95, 0.998), Multiplier.Percentage);
            var what = $"case {row.Text("case_id")}";
            Matches(row, "value", result.Value, Tolerance, what);
            Matches(row, "lower95_0cl", result.Interval(0.95).Lower, Tolerance, what);
            Matches(row, "upper95_0cl", result.Interval(0.95).Upper, Tolerance, what);
            Matches(row, "lower99_8cl", result.Interval(99.8).Lower, Tolerance, what);
            Matches(row, "upper99_8cl", result.Interval(99.8).Upper, Tolerance, what);
        }
    }

    [Theory]
    [InlineData(10, 10, 0.99999999999999989)]
    [InlineData(1200, 1200, 1.0000000000000002)]
    [InlineData(100, 100, 1.0)]
    [InlineData(4567, 4567, 1.0)]
    public void Wilson_AllEventsObserved_UpperBoundMatchesPheTo1e15(double x, double n, double upper)
    {
        // Subtlety 1 of ../shared/reference/README.md: PHE's upper bound at x = n is the unclamped formula value.
        Assert.True(Math.Abs(Proportion.WilsonLimits(x, n, 0.95).Upper - upper) <= 1e-15 * upper,
            $"x = n = {x}: expected {upper:R}, got {Proportion.WilsonLimits(x, n, 0.95).Upper:R}");
    }

    [Fact]
    public void Wilson_AllEventsObserved_UpperBoundIsNotClampedToOne()
    {
        // PHE gives 1.0000000000000002 at x = n = 1200; clamping would hide the formula's rounding.
        Assert.Equal(1.0000000000000002, Proportion.WilsonLimits(1200, 1200, 0.95).Upper);
    }

    [Fact]
    public void Wilson_NoEventsObserved_LowerBoundIsExactlyZero()
    {
        Assert.Equal(0.0, Proportion.WilsonLimits(0, 1200, 0.95).Lower);
    }

    [Fact]
    public void Wilson_MatchesPheUpstreamTestData_ForOtherLevelsAndNonIntegerCounts()
    {
        var file = Upstream("testdata_Byars_Wilson__testdata_B_W.csv");
        var wilsonRows = file.Rows.Where(r => r.Text("method") == "Wilson").ToList();
        Assert.Equal(6, wilsonRows.Count);
        foreach (var row in wilsonRows)
        {
            var confidence = row.Text("confidence") == "95%" ? 95 : 99.8;
            var limits = Proportion.WilsonLimits(row.Double("x"), row.Double("n"), confidence);
            Matches(row, "lowercl", limits.Lower, 1e-13, $"x={row.Text("x")}");
            Matches(row, "uppercl", limits.Upper, 1e-13, $"x={row.Text("x")}");
        }
    }

    [Fact]
    public void Wilson_MatchesPheUpstreamProportionTestData()
    {
        var file = Upstream("testdata_Proportion__testdata_Prop.csv");
        foreach (var row in file.Rows)
        {
            var result = Proportion.Wilson(row.Number("Numerator") ?? double.NaN,
                row.Number("Denominator") ?? double.NaN, (95, 99.8), row.Double("multiplier"));
            var what = row.Text("Area");
            Matches(row, "value", result.Value, 1e-13, what);
            Matches(row, "lower95_0cl", result.Interval(95).Lower, 1e-13, what);
            Matches(row, "upper95_0cl", result.Interval(95).Upper, 1e-13, what);
            Matches(row, "lower99_8cl", result.Interval(99.8).Lower, 1e-13, what);
            Matches(row, "upper99_8cl", result.Interval(99.8).Upper, 1e-13, what);
        }
    }

    [Fact]
    public void Wilson_FullConfidence_LimitsAreZeroAndOneEvenWhenMissing()
    {
        var result = Proportion.Wilson(double.NaN, 10, 1.0, 100);
        Assert.Equal(0.0, result.Lower);
        Assert.Equal(100.0, result.Upper);
        Assert.True(double.IsNaN(result.Value));
    }

    [Fact]
    public void Wilson_MissingNumerator_WarnsAndGivesNaN()
    {
        var result = Proportion.Wilson(double.NaN, 10);
        Assert.True(double.IsNaN(result.Lower));
        Assert.Equal("numerator is missing (NaN), so the value and limits are NaN.", Assert.Single(result.Warnings));
    }

    [Fact]
    public void Wilson_NumeratorAboveDenominator_ErrorNamesBothValues()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Proportion.Wilson(11, 10));
        Assert.Equal("numerator", error.ParamName);
        Assert.StartsWith("numerator = 11 is greater than denominator = 10; a proportion needs numerator ≤ denominator.",
            error.Message);
    }

    [Theory]
    [InlineData(-1, 10, "numerator")]
    [InlineData(1, 0, "denominator")]
    [InlineData(1, -5, "denominator")]
    public void Wilson_InvalidCounts_ErrorNamesTheArgument(double numerator, double denominator, string argument)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Proportion.Wilson(numerator, denominator));
        Assert.Equal(argument, error.ParamName);
    }

    [Fact]
    public void Wilson_RecordsMethodConfidenceAndMultiplier()
    {
        var result = Proportion.Wilson(65, 100, 99.8, 100);
        Assert.Equal(0.998, Assert.Single(result.Confidence));
        Assert.Equal(100.0, result.Multiplier);
        Assert.Equal(65.0, result.Numerator);
        Assert.Equal(100.0, result.Denominator);
    }

    [Fact]
    public void Wilson_At90Percent_MatchesTheFormulaWorkedIndependently()
    {
        // z(0.90) = Φ⁻¹(0.95) = 1.6448536269514715 (Python statistics.NormalDist, Wichura's AS241). For 65/100:
        // (130 + z² ∓ z√(z² + 4·65·0.35)) / 2 / (100 + z²) = 0.5685335442834738 and 0.7235636394815741.
        var result = Proportion.Wilson(65, 100, 90);
        Close.Relative(0.5685335442834738, result.Lower, 1e-14, "lower");
        Close.Relative(0.7235636394815741, result.Upper, 1e-14, "upper");
    }

    [Fact]
    public void Wilson_ToString_IsInvariantAndNamesMethodAndMultiplier()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            // Limits from the upstream PHE test data: 65/100 → 55.254–73.636 (95%), 49.549–77.835 (99.8%).
            Assert.Equal("65 (95%: 55.254–73.636; 99.8%: 49.549–77.835) Wilson, multiplier 100",
                Proportion.Wilson(65, 100, (95, 99.8), 100).ToString());
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Wilson_ScotPhoConvention_RoundedTo2dpAgreesWithPheWithinHalfAHundredth()
    {
        // Subtlety 10 of ../shared/reference/README.md: ScotPHO percentages (z = 1.96, rounded half up to 2 dp for
        // publication) agree with PHE's unrounded Wilson within 0.005.
        var file = Read("wilson_proportion_conf95_998_mult100.csv");
        foreach (var row in file.Rows.Where(r => !r.IsNA("x") && !r.IsNA("n")))
        {
            var scotPho = Proportion.Wilson(row.Double("x"), row.Double("n"), 0.95, 100, PublicationConvention.ScotPho);
            var what = $"case {row.Text("case_id")}";
            Assert.True(Math.Abs(DisplayRounding.HalfUp(scotPho.Lower, 2) - row.Double("lower95_0cl")) <= 0.005 + 1e-12, what + " lower");
            Assert.True(Math.Abs(DisplayRounding.HalfUp(scotPho.Upper, 2) - row.Double("upper95_0cl")) <= 0.005 + 1e-12, what + " upper");
        }
    }

    [Fact]
    public void Wilson_ScotPhoConvention_ClampsAtOneAndMatchesHandWorking()
    {
        // 65/100 with z = 1.96: (130 + 3.8416 ∓ 1.96√(3.8416 + 91)) / (2 × 103.8416): √94.8416 = 9.7386652,
        // × 1.96 = 19.087784 → (133.8416 ∓ 19.087784) / 207.6832 = 114.753816 / 207.6832 = 0.5525426
        // and 152.929384 / 207.6832 = 0.7363590.
        var result = Proportion.Wilson(65, 100, 0.95, 1, PublicationConvention.ScotPho);
        Close.Relative(0.5525426, result.Lower, 1e-7, "lower");
        Close.Relative(0.7363590, result.Upper, 1e-7, "upper");
        Assert.Equal(1.0, Proportion.ScotPhoWilsonLimits(10, 10).Upper);
    }
}
