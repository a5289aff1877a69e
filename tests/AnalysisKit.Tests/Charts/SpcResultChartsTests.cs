using AnalysisKit.Charts;
using AnalysisKit.Disclosure;
using AnalysisKit.Tests.Variation.Spc;
using AnalysisKit.Variation.Spc;

namespace AnalysisKit.Tests.Charts;

/// <summary>From an XmR or qicharts2 result to an SPC chart in one call.</summary>
public class SpcResultChartsTests
{
    private static readonly SpcChartOptions Options = new("test-spc", "Test SPC", "Items");

    [Fact]
    public void Xmr_KeepsTheResultsPointTypesLimitsAndRebaseDates()
    {
        var series = SpcTestData.Series("S3_outlier");
        var rebase = series[12].Date;
        var xmr = XmrChart.Calculate(series, new XmrOptions(ImprovementDirection.Decrease, RebaseDates: [rebase], Target: 10));

        var chart = xmr.ToChart(Options);

        var json = ChartRenderer.ToPlotlyJson(chart);
        Assert.Contains("Change: " + ChartFormat.Month(rebase), json, StringComparison.Ordinal);
        Assert.Contains("Target 10.0", ChartJson.Traces(chart).Select(t => (string?)t!["name"]));
        var concern = xmr.Points.Count(p => p.PointType == SpcPointType.SpecialCauseConcern);
        var drawn = ChartJson.Traces(chart).Where(t => ((string?)t!["name"])?.StartsWith("Special cause: concern (", StringComparison.Ordinal) == true).Sum(t => ChartJson.Numbers(t!["y"]).Length);
        Assert.Equal(concern, drawn);
        var upper = ChartJson.Trace(chart, "Upper process limit");
        Assert.Contains(xmr.Points[^1].UpperLimit, ChartJson.Numbers(upper["y"]));
    }

    [Fact]
    public void Qic_CChartWithASmallCount_IsRefusedByTheDefaultCheck()
    {
        var observations = new[] { 5.0, 6, 5, 7, 4, 6, 5, 30, 5, 6, 4, 5 }.Select((v, i) => new QicObservation(new DateOnly(2023, 1, 1).AddMonths(i), v)).ToList();
        var chart = QicChart.Calculate(QicChartType.C, observations);

        Assert.Throws<UnsafeOutputException>(() => chart.ToChart(ImprovementDirection.Increase, Options));
        var figure = chart.ToChart(ImprovementDirection.Increase, Options, new RecordingDisclosureCheck(refuseBelow: 0));
        Assert.Contains("1 point of special cause improvement", figure.AltText, StringComparison.Ordinal);
    }

    [Fact]
    public void Qic_PChart_ChecksEachMonthsCountAndDrawsPartsAsChanges()
    {
        var observations = Enumerable.Range(0, 24).Select(i => new QicObservation(new DateOnly(2022, 1, 1).AddMonths(i), 40 + (i % 5) + (i >= 12 ? 15 : 0), 400)).ToList();
        var chart = QicChart.Calculate(QicChartType.P, observations, new QicOptions(PartStartDates: [observations[12].Date], Multiply: 100));
        var check = new RecordingDisclosureCheck();

        var figure = chart.ToChart(ImprovementDirection.Increase, Options, check);

        Assert.Equal(observations.Select(o => (long)o.Value!.Value), check.Calls.Select(c => c.Count));
        Assert.Contains("Limits recalculated from " + ChartFormat.Month(observations[12].Date), figure.AltText, StringComparison.Ordinal);
    }
}
