using AnalysisKit.Testing;
using AnalysisKit.Charts;
using AnalysisKit.Disclosure;
using AnalysisKit.Tests.Variation;
using AnalysisKit.Tests.Variation.Funnels;
using AnalysisKit.Variation.Funnels;

namespace AnalysisKit.Tests.Charts;

/// <summary>From each funnel result to a funnel plot in one call: placement from the result's own verdict, limits over the data's range.</summary>
public class FunnelResultChartsTests
{
    private static readonly FunnelChartOptions Options = new("test-funnel", "Test funnel") { UnitNoun = "practices" };


    [Fact]
    public void PheProportion_QofDiabetes_LimitsSpanThePracticesNotFromOne()
    {
        var units = PheFunnelResultTests.QofDiabetes201415();
        var funnel = PheFunnel.ForProportions(units);

        var chart = funnel.ToChart(Options with { UnitNoun = "practices" });

        var outerUpper = ChartJson.Traces(chart)[1]!;
        var x = ChartJson.Numbers(outerUpper["x"]).Select(v => v!.Value).ToList();
        var smallest = units.Min(u => u.Denominator);
        Assert.InRange(x[0], smallest / 1.1 - 1e-9, smallest);
        Assert.InRange(x[^1], units.Max(u => u.Denominator), units.Max(u => u.Denominator) * 1.05 + 1e-9);
        // The package's own grid starts at 1, where its upper 99.8% limit is far above the data (the 0–70% axis);
        // across the practices' range it stays near the 4.8% average (widest at the smallest practice).
        Assert.Equal(1, funnel.Grid[0].X);
        Assert.True(funnel.Grid[0].Upper3s > 50, $"package grid upper limit at N = 1: {funnel.Grid[0].Upper3s}");
        var top = ChartJson.Numbers(outerUpper["y"]).Max()!.Value;
        Assert.True(top < 30, $"the y axis is driven by limits over the practices' range; highest limit drawn {top}");
        Assert.Contains("977 practices", chart.AltText, StringComparison.Ordinal);
        var above = ChartJson.Trace(chart, "Above 99.8% upper limit");
        var below = ChartJson.Trace(chart, "Below 99.8% lower limit");
        Assert.Equal(339, ChartJson.Numbers(above["y"]).Length + ChartJson.Numbers(below["y"]).Length);
    }

    [Fact]
    public void PheProportion_PositionsComeFromTheResultsSignificance()
    {
        var units = VariationTestData.Units("funnel_proportion_input.csv", "numerator", "denominator");
        var funnel = PheFunnel.ForProportions(units);

        var chart = funnel.ToChart(Options, new RecordingDisclosureCheck());

        foreach (var (label, trace) in new[] { ("High (0.001)", "Above 99.8% upper limit"), ("Low (0.001)", "Below 99.8% lower limit"), ("Not significant", "Within 95% limits") })
        {
            var codes = funnel.Units.Where(u => u.Label == label).Select(u => u.Unit.Code).ToList();
            var shown = codes.Count == 0 ? [] : ChartJson.Traces(chart).Where(t => (string?)t!["name"] == trace)
                .SelectMany(t => ChartJson.Numbers(t!["x"])).ToList();
            Assert.Equal(codes.Count, shown.Count);
        }
    }

    [Fact]
    public void DefaultDisclosure_WithholdsASmallNumeratorAndSaysSo()
    {
        var units = Enumerable.Range(1, 12).Select(i => new FunnelUnit($"P{i:00}", i == 3 ? 2 : 40 + i, 800 + (i * 50))).ToList();

        var chart = PheFunnel.ForProportions(units).ToChart(Options);

        var json = ChartRenderer.ToPlotlyJson(chart);
        Assert.DoesNotContain("P03", json, StringComparison.Ordinal);
        Assert.Contains("suppressed by disclosure control", chart.AltText, StringComparison.Ordinal);
    }

    [Fact]
    public void DefaultDisclosure_RefusesASmallDenominatorThatCountsPeople()
    {
        var units = Enumerable.Range(1, 12).Select(i => new FunnelUnit($"P{i:00}", i == 3 ? 0 : 40 + i, i == 3 ? 3 : 800 + (i * 50))).ToList();

        Assert.Throws<UnsafeOutputException>(() => PheFunnel.ForProportions(units).ToChart(Options));
    }

    [Fact]
    public void LabelsAndHighlight_NameAndRingTheChosenUnit()
    {
        var units = VariationTestData.Units("funnel_proportion_input.csv", "numerator", "denominator");
        var labels = units.ToDictionary(u => u.Code, u => u.Code == "P02" ? "Practice B" : "Practice " + u.Code);

        var chart = PheFunnel.ForProportions(units).ToChart(Options with { Labels = labels, Highlight = ["P02"] }, new RecordingDisclosureCheck());

        var ring = ChartJson.Trace(chart, "Highlighted");
        Assert.Equal("circle-open", (string?)ring["marker"]!["symbol"]);
        Assert.Single(ChartJson.Layout(chart)["annotations"]!.AsArray(), a => (string?)a!["text"] == "Practice B");
        Assert.Contains("Highlighted: Practice B", chart.AltText, StringComparison.Ordinal);
        Assert.DoesNotContain("\"P02\"", ChartRenderer.ToPlotlyJson(chart), StringComparison.Ordinal);
    }

    [Fact]
    public void Overdispersed_UsesTheResultsOutliersAndAdjustedLimits()
    {
        var units = VariationTestData.Units("fp_PR_OD_default_input.csv", "numerator", "denominator");
        var fit = OverdispersedFunnel.Fit(units, OverdispersedFunnelMethod.Proportion, multiplier: 100);

        var chart = fit.ToChart(Options, new RecordingDisclosureCheck());

        var outside = fit.Units.Count(u => u.Outlier998 != FunnelOutlier.None);
        var shown = ChartJson.Traces(chart).Where(t => ((string?)t!["name"])!.Contains("99.8% upper", StringComparison.Ordinal) || ((string?)t!["name"])!.Contains("99.8% lower", StringComparison.Ordinal))
            .Sum(t => ChartJson.Numbers(t!["y"]).Length);
        Assert.Equal(outside, shown);
        var outerUpper = ChartJson.Traces(chart)[1]!;
        var x0 = ChartJson.Numbers(outerUpper["x"])[0]!.Value;
        Close.Relative(fit.LimitsAt(x0).Upper998, ChartJson.Numbers(outerUpper["y"])[0]!.Value, 1e-12, "outer upper at the first grid point");
        Assert.True(fit.AdjustedLimitsUsed);
    }

    [Fact]
    public void Hsmr_DrawsOnePlusMinusZTimesSpreadAroundOne()
    {
        var units = new[] { new FunnelUnit("H1", 120, 100), new FunnelUnit("H2", 80, 95.5), new FunnelUnit("H3", 410, 400.2), new FunnelUnit("H4", 260, 300) };
        var fit = HsmrFunnel.Fit(units);

        var chart = fit.ToChart(Options with { UnitNoun = "hospitals" }, new RecordingDisclosureCheck());

        // At each hospital's own predicted count the drawn line must equal the fit's limits there.
        var outerUpper = ChartJson.Traces(chart)[1]!;
        var xs = ChartJson.Numbers(outerUpper["x"]).Select(v => v!.Value).ToList();
        var ys = ChartJson.Numbers(outerUpper["y"]).Select(v => v!.Value).ToList();
        for (var i = 0; i < xs.Count; i++)
        {
            Assert.Equal(HsmrFunnel.LimitsAt(xs[i], fit.DispersionFactor).Upper998, ys[i], 12);
        }

        Assert.Equal(fit.Units[0].Limits, HsmrFunnel.LimitsAt(100, fit.DispersionFactor));
        Assert.Contains("Target 1.00", ChartJson.Traces(chart).Select(t => (string?)t!["name"]));
    }

    [Fact]
    public void Grid_RunsFromJustBelowTheSmallestToJustAboveTheLargest()
    {
        var grid = FunnelResultCharts.Grid(200, 20000);

        Assert.Equal(FunnelResultCharts.GridPoints, grid.Count);
        Assert.Equal(200 / 1.1, grid[0], 9);
        Assert.Equal(21000, grid[^1], 6);
        Assert.All(grid.Zip(grid.Skip(1)), p => Assert.True(p.Second > p.First));
    }

}
