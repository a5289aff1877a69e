using AnalysisKit.Variation.Spc;

namespace AnalysisKit.Tests.Variation.Spc;

public class XmrChartValidationTests
{
    [Fact]
    public void Calculate_FewerThanSevenPoints_WarnsThatRunsAndTrendsCannotFire()
    {
        var result = XmrChart.Calculate(SpcTestData.Monthly(1, 2, 3, 4, 5));
        Assert.Contains("only 5 points: the 7-point run and trend rule needs at least 7 points and cannot fire.", result.Warnings);
    }

    [Fact]
    public void Calculate_DatesOutOfOrder_ThrowsNamingRowAndDates()
    {
        var points = new[] { new SpcPoint(new DateOnly(2024, 2, 1), 1), new SpcPoint(new DateOnly(2024, 1, 1), 2) };
        var error = Assert.Throws<ArgumentException>(() => XmrChart.Calculate(points));
        Assert.Equal("points[1]: date 2024-01-01 is not after the previous date 2024-02-01; dates must be strictly increasing " +
                     "(sort the series and remove duplicates). (Parameter 'points')", error.Message);
    }

    [Fact]
    public void Calculate_DuplicateDate_Throws()
    {
        var points = new[] { new SpcPoint(new DateOnly(2024, 1, 1), 1), new SpcPoint(new DateOnly(2024, 1, 1), 2) };
        var error = Assert.Throws<ArgumentException>(() => XmrChart.Calculate(points));
        Assert.StartsWith("points[1]: date 2024-01-01 appears more than once; an SPC chart needs one value per period.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_Empty_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => XmrChart.Calculate(Array.Empty<SpcPoint>()));
        Assert.StartsWith("points is empty: an SPC chart needs at least one point.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_NaNValue_ThrowsAskingForNull()
    {
        var points = new[] { new SpcPoint(new DateOnly(2024, 1, 1), double.NaN) };
        var error = Assert.Throws<ArgumentException>(() => XmrChart.Calculate(points));
        Assert.StartsWith("points[0]: value is NaN; values must be finite numbers (use null for a missing point).", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_FixAfterElevenPoints_ThrowsAsNhsrPlotTheDotsDoes()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() =>
            XmrChart.Calculate(SpcTestData.Series("S1_shift"), new XmrOptions(FixAfterNPoints: 11)));
        Assert.StartsWith("FixAfterNPoints is 11; allowed: at least 12 points, the fewest NHSRplotthedots accepts to fix limits", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_RebaseDateNotInSeries_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            XmrChart.Calculate(SpcTestData.Series("S1_shift"), new XmrOptions(RebaseDates: new[] { new DateOnly(1999, 1, 1) })));
        Assert.StartsWith("rebase date 1999-01-01 is not a date of the series; rebase at the first date of the new period.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_TargetWithNeutralDirection_WarnsAndGivesNoAssurance()
    {
        var result = XmrChart.Calculate(SpcTestData.Series("S2_trend"), new XmrOptions(ImprovementDirection.Neutral, Target: 50));
        Assert.Contains("a target was given but the improvement direction is neutral, so assurance is not assessed.", result.Warnings);
        Assert.Null(result.Groups[^1].Assurance);
    }

    [Fact]
    public void Calculate_SeriesWithMissingValue_S4_KeepsThePointAndIgnoresItForLimits()
    {
        var points = SpcTestData.Series("S4_with_NA");
        var result = XmrChart.Calculate(points);
        var present = points.Where(p => p.Value.HasValue).Select(p => p.Value!.Value).ToList();
        Assert.Equal(points.Count, result.Points.Count);
        Assert.Equal(present.Average(), result.Points[0].Mean, 12);
        Assert.Null(result.Points.Single(p => p.Value is null).OutsideLimits);
    }
    [Fact]
    public void Calculate_GroupWithoutTwoConsecutiveValues_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => XmrChart.Calculate(SpcTestData.Monthly(5, double.NaN, 6)));
        Assert.StartsWith("rebase group 0 (from 2024-01-01) has no two consecutive values, so it has no moving range and no limits;", error.Message, StringComparison.Ordinal);
    }
}
