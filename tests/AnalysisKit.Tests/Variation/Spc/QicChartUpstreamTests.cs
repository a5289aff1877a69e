using AnalysisKit.Testing;
using AnalysisKit.Variation.Spc;

namespace AnalysisKit.Tests.Variation.Spc;

/// <summary>
/// qicharts2's own test tables (Montgomery's textbook examples), read in place from
/// ../shared/reference/upstream-testdata/qicharts2 (never committed; the tests skip without it). The mapping of
/// outputs to inputs and qic arguments is the table in ../shared/reference/README.md.
/// </summary>
public class QicChartUpstreamTests
{
    private static readonly DateOnly Origin = new(2000, 1, 1);

    private static DateOnly Day(double x) => Origin.AddDays((int)x);

    private static List<QicObservation> Input(string table, string x, string value, string? denominator) =>
        ReferenceCsv.Read(RepoPaths.SharedOrSkip($"reference/upstream-testdata/qicharts2/inputs/{table}.csv")).Rows
            .Select(r => new QicObservation(Day(r.Double(x)), r.Number(value), denominator is null ? null : r.Number(denominator)))
            .ToList();

    private static ReferenceCsv Expected(string name) =>
        ReferenceCsv.Read(RepoPaths.SharedOrSkip($"reference/upstream-testdata/qicharts2/{name}.csv"));

    [Fact]
    public void IChart_Freeze20_ReproducesEx6_5_3()
    {
        // qic(weeks, cost, data = tbl_06.07, chart = "i", freeze = 20)
        var result = QicChart.Calculate(QicChartType.I, Input("tbl_06.07", "weeks", "cost", null), new QicOptions(Freeze: 20));
        QicReference.AssertMatches(Expected("ex_6.5_3"), result, twoSigma: false);
    }

    [Fact]
    public void MrChart_Freeze20_ReproducesEx6_5_4()
    {
        var result = QicChart.Calculate(QicChartType.MR, Input("tbl_06.07", "weeks", "cost", null), new QicOptions(Freeze: 20));
        QicReference.AssertMatches(Expected("ex_6.5_4"), result, twoSigma: false);
    }

    [Fact]
    public void PChart_ExcludeAndPart_ReproducesEx7_1_5()
    {
        // qic(sample, count, size, data = tbl_07.03, chart = "p", exclude = c(15, 23), part = 30)
        var input = Input("tbl_07.03", "sample", "count", "size");
        var options = new QicOptions(PartStartDates: new[] { input[30].Date }, ExcludeDates: new[] { input[14].Date, input[22].Date });
        QicReference.AssertMatches(Expected("ex_7.1_5"), QicChart.Calculate(QicChartType.P, input, options), twoSigma: false);
    }

    [Fact]
    public void PChart_VariableDenominators_ReproducesTbl7_4_1()
    {
        var result = QicChart.Calculate(QicChartType.P, Input("tbl_07.04", "sample", "count", "size"));
        QicReference.AssertMatches(Expected("tbl_7.4_1"), result, twoSigma: false);
    }

    [Fact]
    public void CChart_ExcludeAndFreeze_ReproducesEx7_3_3()
    {
        // qic(sample, count, data = tbl_07.08, chart = "c", exclude = c(6, 20), freeze = 26)
        var input = Input("tbl_07.08", "sample", "count", null);
        var options = new QicOptions(Freeze: 26, ExcludeDates: new[] { input[5].Date, input[19].Date });
        QicReference.AssertMatches(Expected("ex_7.3_3"), QicChart.Calculate(QicChartType.C, input, options), twoSigma: false);
    }

    [Fact]
    public void UChart_ReproducesEx7_4_1()
    {
        var result = QicChart.Calculate(QicChartType.U, Input("tbl_07.10", "sample", "count", "size"));
        QicReference.AssertMatches(Expected("ex_7.4_1"), result, twoSigma: false);
    }

    [Fact]
    public void UChart_Multiply50_ReproducesEx7_5_1()
    {
        // qic(roll, count, meters, data = tbl_07.11, chart = "u", multiply = 50)
        var result = QicChart.Calculate(QicChartType.U, Input("tbl_07.11", "roll", "count", "meters"), new QicOptions(Multiply: 50));
        QicReference.AssertMatches(Expected("ex_7.5_1"), result, twoSigma: false);
    }
}
