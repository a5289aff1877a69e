using AnalysisKit.Testing;
using AnalysisKit.Variation.Spc;

namespace AnalysisKit.Tests.Variation.Spc;

/// <summary>
/// qicharts2 0.8.1 <c>summary(qic(...))</c>. Expected values: qicharts2's own hai_1–hai_4 tables (read in place from
/// ../shared, columns aLCL.95 and aUCL.95 removed upstream), and tables written by qicharts2's own R code
/// (TestData/Derivations/qicharts2.R sources the package's R files, which need only base R; see PROVENANCE.md).
/// </summary>
public class QicPartSummaryTests
{
    private const double Tolerance = 1e-9;

    [Theory]
    [InlineData("p", "none")]
    [InlineData("pp", "none")]
    [InlineData("u", "none")]
    [InlineData("up", "none")]
    [InlineData("p", "part7_exclude4")]
    [InlineData("pp", "part7_exclude4")]
    [InlineData("u", "part7_exclude4")]
    [InlineData("up", "part7_exclude4")]
    public void Summary_MissingNumerators_ReproducesQicharts2(string chart, string options)
    {
        // 14 months with the numerator missing (denominator present) in months 2 and 10: qic.R keeps complete pairs only.
        var input = MissingNumeratorSeries();
        var qicOptions = options == "none"
            ? new QicOptions(Multiply: Multiply(chart))
            : new QicOptions(PartStartDates: [input[7].Date], ExcludeDates: [input[3].Date], Multiply: Multiply(chart));
        var result = QicChart.Calculate(Type(chart), input, qicOptions);
        var expected = VariationTestData.Read("qic_missing_numerator_summary.csv").Rows
            .Where(r => r.Text("chart") == chart && r.Text("options") == options).ToList();
        AssertSummaries(expected, result.Summary(), $"{chart} {options}", allColumns: true);
    }

    [Fact]
    public void Summary_HospitalInfections_ReproducesUpstreamHai1()
    {
        // summary(qic(month, n, days, data = hospital_infections, chart = "u")): qic sums n and days per month.
        var result = QicChart.Calculate(QicChartType.U, ByMonth(Hospitals()));
        AssertSummaries(Upstream("hai_1").Rows, result.Summary(), "hai_1", allColumns: false);
        AssertSummaries(Derived("hai_1"), result.Summary(), "hai_1 derived", allColumns: true);
    }

    [Fact]
    public void Summary_HospitalInfectionsByInfection_ReproducesUpstreamHai2()
    {
        // facets = ~infection: one chart per infection.
        var rows = Hospitals();
        foreach (var expected in Upstream("hai_2").Rows)
        {
            var infection = expected.Text("facet1");
            var result = QicChart.Calculate(QicChartType.U, ByMonth(rows.Where(r => r.Text("infection") == infection)));
            AssertSummaries([expected], result.Summary(), $"hai_2 {infection}", allColumns: false);
            AssertSummaries(Derived("hai_2").Where(r => r.Text("facet1") == infection).ToList(), result.Summary(),
                $"hai_2 derived {infection}", allColumns: true);
        }
    }

    [Fact]
    public void Summary_HospitalInfectionsByHospitalAndInfection_ReproducesUpstreamHai3()
    {
        // facets = hospital ~ infection: one chart per hospital × infection (18).
        var rows = Hospitals();
        var expectedRows = Upstream("hai_3").Rows;
        Assert.Equal(18, expectedRows.Count);
        foreach (var expected in expectedRows)
        {
            var (hospital, infection) = (expected.Text("facet1"), expected.Text("facet2"));
            var result = QicChart.Calculate(QicChartType.U,
                ByMonth(rows.Where(r => r.Text("hospital") == hospital && r.Text("infection") == infection)));
            AssertSummaries([expected], result.Summary(), $"hai_3 {hospital} {infection}", allColumns: false);
            AssertSummaries(Derived("hai_3").Where(r => r.Text("facet1") == hospital && r.Text("facet2") == infection).ToList(),
                result.Summary(), $"hai_3 derived {hospital} {infection}", allColumns: true);
        }
    }

    [Fact]
    public void Summary_HospitalsAsCategoriesPer10000Days_ReproducesUpstreamHai4()
    {
        // qic(reorder(hospital, days), n, days, data = hospital_infections[month >= 2016-07], chart = "u",
        // multiply = 10000, facets = ~infection): x is the hospital, its levels ordered by mean days over all rows
        // (ties keep alphabetical order); qic sums n and days per hospital. Categorical x turns qicharts2's runs
        // signal off; here the runs rules do not fire either (longest run ≤ 6, crossings ≥ 1), so the columns agree.
        var rows = Hospitals().Where(r => SpcTestData.Date(r.Text("month")) >= new DateOnly(2016, 7, 1)).ToList();
        var levels = rows.GroupBy(r => r.Text("hospital"))
            .OrderBy(g => g.Average(r => r.Double("days"))).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).ToList();
        foreach (var expected in Upstream("hai_4").Rows)
        {
            var infection = expected.Text("facet1");
            var observations = levels.Select((hospital, i) =>
            {
                var group = rows.Where(r => r.Text("hospital") == hospital && r.Text("infection") == infection).ToList();
                return new QicObservation(new DateOnly(2000, 1, 1).AddDays(i), group.Sum(r => r.Double("n")), group.Sum(r => r.Double("days")));
            }).ToList();
            var result = QicChart.Calculate(QicChartType.U, observations, new QicOptions(Multiply: 10000));
            AssertSummaries([expected], result.Summary(), $"hai_4 {infection}", allColumns: false);
            AssertSummaries(Derived("hai_4").Where(r => r.Text("facet1") == infection).ToList(), result.Summary(),
                $"hai_4 derived {infection}", allColumns: true);
        }
    }

    [Fact]
    public void Summary_PartWithoutLimits_AveragesAreNullAsRsNaN()
    {
        // A run chart has no limits: qicharts2's mean(NA, na.rm = TRUE) is NaN; the centre line is the median (hand: 3).
        var observations = new double[] { 1, 5, 3, 2, 4 }
            .Select((v, i) => new QicObservation(new DateOnly(2024, 1, 1).AddMonths(i), v)).ToList();
        var summary = Assert.Single(QicChart.Calculate(QicChartType.Run, observations).Summary());
        Assert.Null(summary.AverageLower);
        Assert.Null(summary.AverageUpper95);
        Assert.Equal(3, summary.CentreLine);
        Assert.Equal(0, summary.SigmaSignals);
    }

    internal static List<QicObservation> MissingNumeratorSeries() =>
        VariationTestData.Read("qic_missing_numerator_points.csv").Rows
            .Where(r => r.Text("chart") == "p")
            .Select(r => new QicObservation(SpcTestData.Date(r.Text("month")), r.Number("num"), r.Double("den")))
            .ToList();

    internal static QicChartType Type(string chart) => chart switch
    {
        "p" => QicChartType.P,
        "pp" => QicChartType.PPrime,
        "u" => QicChartType.U,
        _ => QicChartType.UPrime,
    };

    internal static double Multiply(string chart) => chart is "u" or "up" ? 1000 : 1;

    private static ReferenceCsv Upstream(string name) =>
        ReferenceCsv.Read(RepoPaths.SharedOrSkip($"reference/upstream-testdata/qicharts2/{name}.csv"));

    private static List<ReferenceRow> Derived(string test) =>
        VariationTestData.Read("qic_hai_summary_all_columns.csv").Rows.Where(r => r.Text("test") == test).ToList();

    private static IReadOnlyList<ReferenceRow> Hospitals() =>
        ReferenceCsv.Read(RepoPaths.SharedOrSkip("reference/upstream-testdata/qicharts2/inputs/hospital_infections.csv")).Rows;

    private static List<QicObservation> ByMonth(IEnumerable<ReferenceRow> rows) =>
        rows.GroupBy(r => SpcTestData.Date(r.Text("month")))
            .OrderBy(g => g.Key)
            .Select(g => new QicObservation(g.Key, g.Sum(r => r.Double("n")), g.Sum(r => r.Double("days"))))
            .ToList();

    private static void AssertSummaries(IReadOnlyList<ReferenceRow> expected, IReadOnlyList<QicPartSummary> actual, string what, bool allColumns)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            var row = expected[i];
            var s = actual[i];
            var at = $"{what} part {i + 1}";
            Assert.Equal((int)row.Double("part"), s.Part);
            Assert.Equal((int)row.Double("n.obs"), s.Observations);
            Assert.Equal((int)row.Double("n.useful"), s.UsefulObservations);
            Assert.Equal((int?)row.Number("longest.run"), s.LongestRun);
            Assert.Equal((int?)row.Number("longest.run.max"), s.LongestRunMax);
            Assert.Equal((int?)row.Number("n.crossings"), s.Crossings);
            Assert.Equal((int?)row.Number("n.crossings.min"), s.CrossingsMin);
            Assert.True((row.Double("runs.signal") == 1) == s.RunsSignal, $"{at} runs.signal");
            Same(row.Number("aLCL"), s.AverageLower, $"{at} aLCL");
            Same(row.Number("CL"), s.CentreLine, $"{at} CL");
            Same(row.Number("aUCL"), s.AverageUpper, $"{at} aUCL");
            if (allColumns)
            {
                Same(row.Number("aLCL.95"), s.AverageLower95, $"{at} aLCL.95");
                Same(row.Number("aUCL.95"), s.AverageUpper95, $"{at} aUCL.95");
            }

            Assert.Equal((int)row.Double("sigma.signal"), s.SigmaSignals);
        }
    }

    private static void Same(double? expected, double? actual, string what)
    {
        if (expected is null || double.IsNaN(expected.Value))
        {
            Assert.True(actual is null, $"{what}: expected NaN/NA, got {actual}");
            return;
        }

        Assert.True(actual is not null, $"{what}: expected {expected}, got null");
        if (expected.Value == 0)
        {
            Assert.True(Math.Abs(actual!.Value) < 1e-12, $"{what}: expected 0, got {actual}");
            return;
        }

        Close.Relative(expected.Value, actual!.Value, Tolerance, what);
    }
}
