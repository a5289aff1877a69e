using AnalysisKit.Testing;
using AnalysisKit.Variation.Funnels;

namespace AnalysisKit.Tests.Variation.Funnels;

/// <summary>
/// PHEindicatormethods 2.1.0 <c>calculate_funnel_points</c>, against the package's own test table
/// testdata_funnel_rate_input_funnels.csv (read in place from ../shared; its columns rate_chart, denominator_derived,
/// …_crude and …_crude_with_denom are the expected outputs of the three calls in testFunnels.R). The table prints
/// 10 significant digits (≤ 5e-10 relative), so the 1e-9 tolerance holds.
/// </summary>
public class PheFunnelPointsTests
{
    private static IReadOnlyList<ReferenceRow> Rows() =>
        ReferenceCsv.Read(RepoPaths.SharedOrSkip("reference/upstream-testdata/PHEindicatormethods/testdata_funnel_rate_input_funnels.csv")).Rows;

    [Fact]
    public void RatePoints_DsrWithFewerThanTenEvents_ReproducesUpstream()
    {
        // calculate_funnel_points(numerator = ev, rate = rate, rate_type = "dsr", years_of_data = 3, multiplier = 1e5)
        // with the largest ev replaced by 5: that unit gets neither a chart rate nor a population.
        var rows = Rows();
        var maxEv = rows.Max(r => r.Double("ev"));
        var units = rows.Select((r, i) => new PheRateUnit($"U{i}", r.Double("ev") == maxEv ? 5 : r.Double("ev"), r.Double("rate"))).ToList();
        AssertPoints(rows, PheFunnel.RatePoints(units, directlyStandardised: true, multiplier: 1e5, yearsOfData: 3),
            "rate_chart", "denominator_derived");
    }

    [Fact]
    public void RatePoints_Crude_ReproducesUpstream()
    {
        // calculate_funnel_points(numerator = ev, rate = rate, rate_type = "crude", years_of_data = 3, multiplier = 1e5)
        var rows = Rows();
        var units = rows.Select((r, i) => new PheRateUnit($"U{i}", r.Double("ev"), r.Double("rate"))).ToList();
        AssertPoints(rows, PheFunnel.RatePoints(units, directlyStandardised: false, multiplier: 1e5, yearsOfData: 3),
            "rate_chart_crude", "denominator_derived_crude");
    }

    [Fact]
    public void RatePoints_CrudeWithZeroEventsAndDenominators_ReproducesUpstream()
    {
        // calculate_funnel_points(numerator = ev, denominator = pop, rate = rate, rate_type = "crude", years_of_data = 5,
        // multiplier = 1e5) with the largest ev set to 0: that unit's population is pop / 5 (6883 / 5 = 1376.6), the
        // others' still come from their rates.
        var rows = Rows();
        var maxEv = rows.Max(r => r.Double("ev"));
        var units = rows.Select((r, i) => new PheRateUnit($"U{i}", r.Double("ev") == maxEv ? 0 : r.Double("ev"), r.Double("rate"), r.Double("pop"))).ToList();
        var points = PheFunnel.RatePoints(units, directlyStandardised: false, multiplier: 1e5, yearsOfData: 5);
        AssertPoints(rows, points, "rate_chart_crude_with_denom", "denominator_derived_crude_with_denom");
        Assert.Equal(1376.6, points.Single(p => p.Unit.Numerator == 0).AnnualPopulation!.Value, 10);
    }

    [Fact]
    public void RatePoints_ZeroEventsWithoutDenominator_ErrorNamesTheUnit()
    {
        var units = new[] { new PheRateUnit("A", 12, 40), new PheRateUnit("B", 0, 0) };
        var error = Assert.Throws<ArgumentException>(() => PheFunnel.RatePoints(units, directlyStandardised: true, 1e5, 3));
        Assert.StartsWith("units[1] (unit 'B'): 0 events and no denominator; PHEindicatormethods' calculate_funnel_points " +
                          "needs the denominator of every unit with 0 events (its annual population cannot be derived from a " +
                          "rate of 0).", error.Message);
    }

    [Fact]
    public void RatePoints_HandWorked_PopulationIsImpliedByTheRatePerYear()
    {
        // 30 events at 150 per 100,000 over 2 years: 100,000 × 30 / 150 = 20,000 person-years, 10,000 a year.
        var point = Assert.Single(PheFunnel.RatePoints([new PheRateUnit("A", 30, 150)], directlyStandardised: false, 1e5, 2));
        Assert.Equal(10_000, point.AnnualPopulation);
        Assert.Equal(150, point.ChartRate);
    }

    private static void AssertPoints(IReadOnlyList<ReferenceRow> rows, IReadOnlyList<PheFunnelRatePoint> points, string rateColumn, string populationColumn)
    {
        Assert.Equal(rows.Count, points.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            Same(rows[i].Number(rateColumn), points[i].ChartRate, $"row {i + 1} {rateColumn}");
            Same(rows[i].Number(populationColumn), points[i].AnnualPopulation, $"row {i + 1} {populationColumn}");
        }
    }

    private static void Same(double? expected, double? actual, string what)
    {
        if (expected is null)
        {
            Assert.True(actual is null, $"{what}: expected NA, got {actual}");
            return;
        }

        Close.Relative(expected.Value, actual!.Value, 1e-9, what);
    }
}
