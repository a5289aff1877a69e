using AnalysisKit.Testing;
using AnalysisKit.Variation.Funnels;

namespace AnalysisKit.Tests.Variation.Funnels;

/// <summary>
/// PHEindicatormethods' own funnel test tables (tests/testthat/testFunnels.R), read in place from
/// ../shared/reference/upstream-testdata/PHEindicatormethods (never committed; the tests skip without it). The tables
/// are printed rounded (6 to 10 decimal places), so each value is compared to within half a unit of its last printed
/// digit.
/// </summary>
public class PheFunnelUpstreamTests
{

    private static ReferenceCsv Table(string file) =>
        ReferenceCsv.Read(RepoPaths.SharedOrSkip($"reference/upstream-testdata/PHEindicatormethods/{file}"));

    private static List<FunnelUnit> ProportionInputs() =>
        Table("testdata_funnel_prop_inputs.csv").Rows
            .Select((r, i) => new FunnelUnit($"U{i}", r.Double("numerator"), r.Double("denominator")))
            .ToList();

    // The first header of some tables carries a byte-order mark or a line break, so it is looked up by position.
    private static string First(ReferenceCsv table) => table.Header[0];

    [Theory]
    [InlineData("testdata_funnel_prop_outputs.csv", false)]
    [InlineData("testdata_funnel_prop_outputs_with_axis_variation.csv", true)]
    public void ProportionGrid_ReproducesUpstreamTables(string file, bool onlyDenominatorsBelow31000)
    {
        var units = ProportionInputs().Where(u => !onlyDenominatorsBelow31000 || u.Denominator < 31000).ToList();
        var grid = PheFunnel.ProportionGrid(units, multiplier: 100);
        var table = Table(file);
        var expected = table.Rows;
        Assert.Equal(expected.Count, grid.Count);
        for (var i = 0; i < grid.Count; i++)
        {
            var row = expected[i];
            Assert.Equal(row.Double(First(table)), grid[i].X);
            AsPrinted(row, "Lower2s0025limit", grid[i].Lower2s, $"{file} lower 2s [{i}]");
            AsPrinted(row, "Upper2s0025limit", grid[i].Upper2s, $"{file} upper 2s [{i}]");
            AsPrinted(row, "Lower3s0001limit", grid[i].Lower3s, $"{file} lower 3s [{i}]");
            AsPrinted(row, "Upper3s0001limit", grid[i].Upper3s, $"{file} upper 3s [{i}]");
            AsPrinted(row, "Baseline", grid[i].Baseline!.Value, $"{file} baseline [{i}]");
        }
    }

    [Fact]
    public void ProportionSignificance_ReproducesUpstreamLabels()
    {
        var expected = Table("testdata_funnel_prop_inputs.csv").Rows;
        var results = PheFunnel.ProportionSignificance(ProportionInputs());
        for (var i = 0; i < results.Count; i++)
        {
            Assert.True(expected[i].Text("significance") == results[i].Label, $"row {i}: expected {expected[i].Text("significance")}, got {results[i].Label}");
        }
    }

    [Theory]
    [InlineData(false, "count")]
    [InlineData(true, "isr")]
    public void RatioGrid_ReproducesUpstreamTableByReplicatingTheBisection(bool isr, string suffix)
    {
        var inputs = Table("testdata_funnel_ratio_inputs.csv");
        var units = inputs.Rows.Select((r, i) => new FunnelUnit($"U{i}", r.Double(First(inputs)), r.Double("expected"))).ToList();
        var grid = PheFunnel.RatioGrid(units, isr);
        var table = Table("testdata_funnel_ratio_outputs.csv");
        var expected = table.Rows;
        Assert.Equal(expected.Count, grid.Count);
        for (var i = 0; i < grid.Count; i++)
        {
            var row = expected[i];
            Assert.Equal(row.Double(First(table)), grid[i].X);
            AsPrinted(row, $"lower_2s_{suffix}", grid[i].Lower2s, $"lower 2s {suffix} [{i}]");
            AsPrinted(row, $"upper_2s_{suffix}", grid[i].Upper2s, $"upper 2s {suffix} [{i}]");
            AsPrinted(row, $"lower_3s_{suffix}", grid[i].Lower3s, $"lower 3s {suffix} [{i}]");
            AsPrinted(row, $"upper_3s_{suffix}", grid[i].Upper3s, $"upper 3s {suffix} [{i}]");
        }
    }

    [Fact]
    public void RatioSignificance_ReproducesUpstreamLabels()
    {
        var inputs = Table("testdata_funnel_ratio_inputs.csv");
        var rows = inputs.Rows;
        var units = rows.Select((r, i) => new FunnelUnit($"U{i}", r.Double(First(inputs)), r.Double("expected"))).ToList();
        var results = PheFunnel.RatioSignificance(units);
        for (var i = 0; i < results.Count; i++)
        {
            Assert.True(rows[i].Text("significance") == results[i].Label, $"row {i}: expected {rows[i].Text("significance")}, got {results[i].Label}");
        }
    }

    public static TheoryData<string, bool, string> RateGrids => new()
    {
        // calculate_funnel_limits(numerator = ev, rate = rate, multiplier = 1e5, statistic = "rate", rate_type = "dsr", years_of_data = 3)
        { "testdata_funnel_rate_outputs.csv", true, "as given" },
        // the same, crude, with the largest ev replaced by 5
        { "testdata_funnel_rate_outputs_2.csv", false, "largest ev = 5" },
        // crude with pop = 1e5·ev/rate, the largest ev (and its rate) set to 0, rows with pop > max(pop)/2, denominator = pop
        { "testdata_funnel_rate_outputs_3.csv", false, "zero events with denominator" },
    };

    [Theory]
    [MemberData(nameof(RateGrids))]
    public void RateGrid_ReproducesUpstreamTables(string file, bool dsr, string variant)
    {
        var input = Table("testdata_funnel_rate_input_funnels.csv").Rows.Select(r => (Ev: r.Double("ev"), Rate: r.Double("rate"))).ToList();
        var maxEv = input.Max(r => r.Ev);
        List<PheRateUnit> units;
        if (variant == "as given")
        {
            units = input.Select((r, i) => new PheRateUnit($"U{i}", r.Ev, r.Rate)).ToList();
        }
        else if (variant == "largest ev = 5")
        {
            units = input.Select((r, i) => new PheRateUnit($"U{i}", r.Ev == maxEv ? 5 : r.Ev, r.Rate)).ToList();
        }
        else
        {
            var withPop = input.Select((r, i) => new PheRateUnit($"U{i}", r.Ev == maxEv ? 0 : r.Ev, r.Ev == maxEv ? 0 : r.Rate, 1e5 * r.Ev / r.Rate)).ToList();
            var maxPop = withPop.Max(u => u.Denominator!.Value);
            units = withPop.Where(u => u.Denominator > maxPop / 2).ToList();
        }

        var grid = PheFunnel.RateGrid(units, dsr, multiplier: 1e5, yearsOfData: 3);
        var expected = Table(file).Rows;
        Assert.Equal(expected.Count, grid.Count);
        for (var i = 0; i < grid.Count; i++)
        {
            var row = expected[i];
            Assert.Equal(row.Double("Events"), grid[i].X);
            AsPrinted(row, "lower_2s_limit", grid[i].Lower2s, $"{file} lower 2s [{i}]");
            AsPrinted(row, "upper_2s_limit", grid[i].Upper2s, $"{file} upper 2s [{i}]");
            AsPrinted(row, "lower_3s_limit", grid[i].Lower3s, $"{file} lower 3s [{i}]");
            AsPrinted(row, "upper_3s_limit", grid[i].Upper3s, $"{file} upper 3s [{i}]");
            AsPrinted(row, "baseline", grid[i].Baseline!.Value, $"{file} baseline [{i}]");
        }
    }

    [Theory]
    [InlineData("rate_dsr", true, 1e5, true, "dsr_per_100000_with_0")]
    [InlineData("rate_dsr", true, 1e5, false, "dsr_per_100000_without_0")]
    [InlineData("rate_dsr", true, 100, false, "dsr_per_100_without_0")]
    [InlineData("rate_crude_per_100000", false, 1e5, true, "crude_per_100000_with_0")]
    [InlineData("rate_crude_per_100", false, 100, true, "crude_per_100_with_0")]
    [InlineData("rate_crude_per_100000", false, 1e5, false, "crude_per_100000_without_0")]
    [InlineData("rate_crude_per_100", false, 100, false, "crude_per_100_without_0")]
    public void RateSignificance_ReproducesUpstreamLabels(string rateColumn, bool dsr, double multiplier, bool withZero, string expectedColumn)
    {
        var rows = Table("testdata_funnel_rate_dsr_inputs.csv").Rows.Where(r => withZero || r.Double("count") != 0).ToList();
        var units = rows.Select((r, i) => new PheRateUnit($"U{i}", r.Double("count"), r.Number(rateColumn) ?? double.NaN, r.Double("pop"))).ToList();
        var results = PheFunnel.RateSignificance(units, dsr, multiplier);
        for (var i = 0; i < results.Count; i++)
        {
            Assert.True(rows[i].Text(expectedColumn) == results[i].Label, $"{expectedColumn} row {i}: expected {rows[i].Text(expectedColumn)}, got {results[i].Label}");
        }
    }

    /// <summary>Asserts |actual − printed| ≤ half a unit in the printed value's last decimal place.</summary>
    private static void AsPrinted(ReferenceRow row, string column, double actual, string what)
    {
        var text = row.Text(column);
        var point = text.IndexOf('.', StringComparison.Ordinal);
        var decimals = point < 0 ? 0 : text.Length - point - 1;
        var expected = row.Double(column);
        var tolerance = 0.5 * Math.Pow(10, -decimals) * (1 + 1e-9) + 1e-12 * Math.Abs(expected);
        Assert.True(Math.Abs(actual - expected) <= tolerance, $"{what}: printed {text}, got {actual:R} (difference {Math.Abs(actual - expected):E2} > {tolerance:E2})");
    }
}
