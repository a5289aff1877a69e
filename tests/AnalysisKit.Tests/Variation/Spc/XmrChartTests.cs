using AnalysisKit.Testing;
using AnalysisKit.Variation.Spc;

namespace AnalysisKit.Tests.Variation.Spc;

public class XmrChartTests
{
    private const double Tolerance = 1e-9;

    [Theory]
    [InlineData("S1_shift_increase", "S1_shift", ImprovementDirection.Increase)]
    [InlineData("S2_trend_neutral", "S2_trend", ImprovementDirection.Neutral)]
    [InlineData("S3_outlier_increase_screened", "S3_outlier", ImprovementDirection.Increase)]
    public void Calculate_ReproducesNhsrPlotTheDotsPoints(string scenario, string series, ImprovementDirection direction)
    {
        var result = XmrChart.Calculate(SpcTestData.Series(series), new XmrOptions(direction));
        var expected = VariationTestData.Read("spc_output_points.csv").Rows.Where(r => r.Text("scenario") == scenario).ToList();
        Assert.Equal(expected.Count, result.Points.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            var row = expected[i];
            var point = result.Points[i];
            var what = $"{scenario}[{i}] {row.Text("month")}";
            Assert.Equal(SpcTestData.Date(row.Text("month")), point.Date);
            Assert.Equal((int)row.Double("rebase_group"), point.RebaseGroup);
            Close.Relative(row.Double("mean_col"), point.Mean, Tolerance, $"{what} mean");
            Close.Relative(row.Double("lpl"), point.LowerLimit, Tolerance, $"{what} lpl");
            Close.Relative(row.Double("upl"), point.UpperLimit, Tolerance, $"{what} upl");
            Assert.Equal(row.Logical("outside_limits"), point.OutsideLimits);
            Assert.Equal((int?)row.Number("relative_to_mean"), point.RelativeToMean);
            Assert.Equal(row.Logical("close_to_limits"), point.CloseToLimits);
            Assert.Equal(row.Text("special_cause_type"), point.SpecialCauseLabel);
            Assert.Equal(row.Logical("special_cause_flag"), point.SpecialCauseFlag);
            Assert.Equal(row.Text("point_type"), XmrChart.Label(point.PointType));
        }
    }

    [Theory]
    [InlineData("S1_shift_increase", "S1_shift", ImprovementDirection.Increase)]
    [InlineData("S2_trend_neutral", "S2_trend", ImprovementDirection.Neutral)]
    [InlineData("S3_outlier_increase_screened", "S3_outlier", ImprovementDirection.Increase)]
    public void Calculate_ReproducesNhsrPlotTheDotsSummary(string scenario, string series, ImprovementDirection direction)
    {
        var result = XmrChart.Calculate(SpcTestData.Series(series), new XmrOptions(direction));
        var row = VariationTestData.Read("spc_output_summary.csv").Rows.Single(r => r.Text("scenario") == scenario);
        var summary = Assert.Single(result.Groups);
        Close.Relative(row.Double("mean_col"), summary.Mean, Tolerance, "mean");
        Close.Relative(row.Double("lpl"), summary.LowerLimit, Tolerance, "lpl");
        Close.Relative(row.Double("upl"), summary.UpperLimit, Tolerance, "upl");
        Assert.Equal((int)row.Double("n"), summary.Count);
        Assert.Equal((int)row.Double("common_cause"), summary.CommonCause);
        Assert.Equal((int)row.Double("special_cause_improvement"), summary.SpecialCauseImprovement);
        Assert.Equal((int)row.Double("special_cause_concern"), summary.SpecialCauseConcern);
        Assert.Equal(row.Text("variation_type"), XmrChart.Label(summary.VariationType));
        Assert.Null(summary.Assurance); // no target given: the package writes "NA"
        var shortFlags = VariationTestData.Read("spc_output_points.csv").Rows.Where(r => r.Text("scenario") == scenario).Select(r => r.Logical("short_group_warning")).Distinct();
        Assert.Equal(shortFlags.Single(), summary.ShortGroup);
    }

    [Fact]
    public void Calculate_WithoutScreening_OutlierMovingRangesWidenTheLimits()
    {
        // Hand-derived: values 10, 10, 10, 40, 10, 10, 10 (and the same again). Moving ranges: 0,0,30,30,0,0 … With
        // screening the two 30s (≥ 3.267·mR̄) are dropped, mR̄ falls and the limits narrow.
        var points = SpcTestData.Monthly(10, 10, 10, 40, 10, 10, 10, 10, 10, 10, 12, 10, 10);
        var screened = XmrChart.Calculate(points, new XmrOptions(ScreenOutliers: true));
        var unscreened = XmrChart.Calculate(points, new XmrOptions(ScreenOutliers: false));
        // mean = (12·10 + 40 + 2 − 10)/13 … computed: Σ = 10·11 + 40 + 12 = 162, mean = 12.4615…; ranges (12):
        // 0,0,30,30,0,0,0,0,0,2,2,0 → mR̄ = 64/12 = 5.3333; screen at 17.42 drops both 30s → mR̄ = 4/10 = 0.4.
        Close.Relative(162.0 / 13 + 2.66 * 64 / 12, unscreened.Points[0].UpperLimit, 1e-12, "unscreened upl");
        Close.Relative(162.0 / 13 + 2.66 * 0.4, screened.Points[0].UpperLimit, 1e-12, "screened upl");
        Assert.Equal(SpecialCauseType.AboveUpperLimit, screened.Points[3].SpecialCauseType);
    }

    [Fact]
    public void Calculate_RebaseAtChangeDate_RecomputesLimitsPerGroup()
    {
        var points = SpcTestData.Series("S1_shift");
        var change = points[15].Date; // the step in S1_shift is at month 16
        var result = XmrChart.Calculate(points, new XmrOptions(RebaseDates: new[] { change }));
        Assert.Equal(2, result.Groups.Count);
        Assert.All(result.Points.Take(15), p => Assert.Equal(0, p.RebaseGroup));
        Assert.All(result.Points.Skip(15), p => Assert.Equal(1, p.RebaseGroup));
        var before = points.Take(15).Average(p => p.Value!.Value);
        var after = points.Skip(15).Average(p => p.Value!.Value);
        Close.Relative(before, result.Groups[0].Mean, 1e-12, "mean before");
        Close.Relative(after, result.Groups[1].Mean, 1e-12, "mean after");
        Assert.True(result.Groups[1].Mean > result.Groups[0].Mean + 5);
    }

    [Fact]
    public void Calculate_FixAfterNPoints_UsesOnlyTheFirstNForLimits()
    {
        var points = SpcTestData.Series("S1_shift");
        var result = XmrChart.Calculate(points, new XmrOptions(FixAfterNPoints: 12));
        Close.Relative(points.Take(12).Average(p => p.Value!.Value), result.Points[^1].Mean, 1e-12, "fixed mean");
        Assert.All(result.Points.Skip(12), p => Assert.Null(p.FixY));
        // After the step the later points sit above a mean fixed on the earlier level.
        Assert.Contains(result.Points.Skip(15), p => p.PointType == SpcPointType.SpecialCauseImprovement);
    }

    [Theory]
    [InlineData(ImprovementDirection.Increase, 200.0, AssuranceType.ConsistentFail)]
    [InlineData(ImprovementDirection.Decrease, 200.0, AssuranceType.ConsistentPass)]
    [InlineData(ImprovementDirection.Increase, 0.0, AssuranceType.ConsistentPass)]
    [InlineData(ImprovementDirection.Decrease, 0.0, AssuranceType.ConsistentFail)]
    [InlineData(ImprovementDirection.Increase, 100.0, AssuranceType.Inconsistent)]
    public void Calculate_Target_GivesAssuranceFromTheLastPointsLimits(ImprovementDirection direction, double target, AssuranceType expected)
    {
        // S3_outlier's limits are 14.80–25.48 (reference summary); 20 is between, 200 above, 0 below.
        var points = SpcTestData.Series("S3_outlier");
        var result = XmrChart.Calculate(points, new XmrOptions(direction, Target: target == 100 ? 20 : target));
        Assert.Equal(expected, result.Groups[^1].Assurance);
    }

    [Fact]
    public void Calculate_MissingValue_IsCommonCauseAndStopsATrendThroughIt()
    {
        // Eight rising points with the 4th missing: no 7-point window avoids the gap, so no trend fires; with the gap
        // filled (12.5) the same eight points form a trend. Limits are wide (mR̄ = 42/12 = 3.5), so nothing is outside.
        double[] Values(double fourth) => new[] { 10.0, 11, 12, fourth, 13, 14, 15, 16, 9, 14, 9, 14, 9, 14, 9 };
        var withGap = XmrChart.Calculate(SpcTestData.Monthly(Values(double.NaN)));
        var filled = XmrChart.Calculate(SpcTestData.Monthly(Values(12.5)));

        Assert.All(filled.Points.Take(8), p => Assert.Equal(SpecialCauseType.TrendIncreasing, p.SpecialCauseType));
        Assert.All(withGap.Points.Take(8), p => Assert.Equal(SpecialCauseType.CommonCause, p.SpecialCauseType));
        Assert.Null(withGap.Points[3].RelativeToMean);
        Assert.Null(withGap.Points[3].OutsideLimits);
    }

    [Fact]
    public void Calculate_PointOnTheMean_BreaksARun()
    {
        // Hand-derived: 13, 15, 13, 12, 15, 13, 15, 11, 9, 11, 9, 11, 9, 12 has mean 168/14 = 12 exactly, so the 4th
        // point sits on the mean and splits seven high points into runs of 3. mR̄ = 29/13 = 2.23: limits 6.07–17.93 and
        // the close band 8.05–15.95 hold every point, so no other rule fires. With the 4th point 13 instead, the mean is
        // 169/14 = 12.07 and the first seven points form a run above (and the last seven a run below).
        double[] Values(double fourth) => new[] { 13.0, 15, 13, fourth, 15, 13, 15, 11, 9, 11, 9, 11, 9, 12 };
        var onMean = XmrChart.Calculate(SpcTestData.Monthly(Values(12)));
        var offMean = XmrChart.Calculate(SpcTestData.Monthly(Values(13)));

        Assert.Equal(12, onMean.Points[0].Mean, 14);
        Assert.Equal(0, onMean.Points[3].RelativeToMean);
        Assert.All(onMean.Points, p => Assert.Equal(SpecialCauseType.CommonCause, p.SpecialCauseType));
        Assert.All(offMean.Points.Take(7), p => Assert.Equal(SpecialCauseType.RunAbove, p.SpecialCauseType));
        Assert.All(offMean.Points.Skip(7), p => Assert.Equal(SpecialCauseType.RunBelow, p.SpecialCauseType));
    }

    [Fact]
    public void Calculate_TwoInThree_FlagsOnlyTheClosePointsAndNeedsAllThreeOnOneSide()
    {
        // Hand-derived: 9, 11 alternating with 15, 15.5, X inserted. With X = 11: mean 150.5/14 = 10.75, mR̄ = 31/13 =
        // 2.385, close band above 10.75 + (2/3)·2.66·2.385 = 14.98, so 15 and 15.5 are close; the window 15, 15.5, 11
        // is all above the mean, so both close points are flagged and 11 is not. With X = 9 (below the mean) no
        // window holding both close points is on one side, and nothing fires.
        double[] Values(double x) => new[] { 9.0, 11, 9, 11, 9, 11, 9, 15, 15.5, x, 9, 11, 9, 11 };
        var fires = XmrChart.Calculate(SpcTestData.Monthly(Values(11)));
        var quiet = XmrChart.Calculate(SpcTestData.Monthly(Values(9)));

        Assert.Equal(SpecialCauseType.TwoInThreeAbove, fires.Points[7].SpecialCauseType);
        Assert.Equal(SpecialCauseType.TwoInThreeAbove, fires.Points[8].SpecialCauseType);
        Assert.Equal(SpecialCauseType.CommonCause, fires.Points[9].SpecialCauseType);
        Assert.True(quiet.Points[7].CloseToLimits);
        Assert.All(quiet.Points, p => Assert.Equal(SpecialCauseType.CommonCause, p.SpecialCauseType));
    }

    [Fact]
    public void Calculate_ShortSeries_WarnsOnTheResult()
    {
        var result = XmrChart.Calculate(SpcTestData.Series("S5_short_8"));
        Assert.Contains("rebase group 0 has 8 points (fewer than 13): its limits are trial limits, to be revised as points are added (NHSRplotthedots short_group_warning).", result.Warnings);
        Assert.True(result.Groups[0].ShortGroup);
    }

    [Fact]
    public void Calculate_DecreasingTrend_LabelledDecreasingAndOutsideTakesPrecedence()
    {
        // Hand-derived: mean = 227/14 = 16.214, every moving range is 1 so mR̄ = 1: upl = 18.874, lpl = 13.554.
        // The first two points (20, 19) are above the upper limit, which outranks their membership of the falling
        // 7-point trend; the next five (18 … 14) are labelled as the trend.
        var values = new[] { 20.0, 19, 18, 17, 16, 15, 14, 15, 16, 15, 16, 15, 16, 15 };
        var result = XmrChart.Calculate(SpcTestData.Monthly(values), new XmrOptions(ImprovementDirection.Decrease));
        Assert.Equal(SpecialCauseType.AboveUpperLimit, result.Points[0].SpecialCauseType);
        Assert.Equal(SpcPointType.SpecialCauseConcern, result.Points[0].PointType);
        Assert.Equal(SpecialCauseType.AboveUpperLimit, result.Points[1].SpecialCauseType);
        Assert.All(result.Points.Skip(2).Take(5), p => Assert.Equal(SpecialCauseType.TrendDecreasing, p.SpecialCauseType));
        // From the fifth point every value is below the mean: a run, which ranks below the trend where they overlap.
        Assert.Equal(SpecialCauseType.RunBelow, result.Points[7].SpecialCauseType);
        Assert.Equal(SpcPointType.SpecialCauseImprovement, result.Points[5].PointType);
        Assert.Equal("7 Point Trend (Decreasing)", result.Points[5].SpecialCauseLabel);
    }
}
