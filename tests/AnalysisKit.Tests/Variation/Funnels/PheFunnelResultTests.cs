using AnalysisKit.Testing;
using AnalysisKit.Variation.Funnels;

namespace AnalysisKit.Tests.Variation.Funnels;

/// <summary>
/// The whole PHE funnel and its over-dispersion check. Expected figures come from the packages' own R code
/// (TestData/Derivations/qof_overdispersion.R: PHEindicatormethods' sigma_adjustment, FunnelPlotR's PR steps, R's qchisq),
/// and from the published reference tables in TestData/Variation.
/// </summary>
public class PheFunnelResultTests
{
    private static Dictionary<string, string> Figures(string file) =>
        VariationTestData.Read(file).Rows.ToDictionary(r => r.Text("measure"), r => r.Text("value"));

    private static double D(Dictionary<string, string> f, string key) => double.Parse(f[key], System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>ISD's QOF 2014/15 diabetes register over list size, read in place: "-" left out, a practice listed twice keeps its first row.</summary>
    internal static List<FunnelUnit> QofDiabetes201415()
    {
        var path = RepoPaths.SharedOrSkip("open-data/scot-qof-isd-2009-2016/csv/qof_scot_201415_practice_prevalence_Data_sheet.csv");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return ReferenceCsv.Read(path).Rows
            .Where(r => r.Text("dmreg") != "-" && seen.Add(r.Text("practice")))
            .Select(r => new FunnelUnit(r.Text("practice"), r.Double("dmreg"), r.Double("pop"))).ToList();
    }

    [Fact]
    public void ForProportions_QofDiabetes_SaysPheLimitsAreTooNarrowAndWhatToUseInstead()
    {
        var expected = Figures("qof_201415_diabetes_overdispersion.csv");
        var units = QofDiabetes201415();

        var funnel = PheFunnel.ForProportions(units);

        var check = funnel.Dispersion!;
        Assert.Equal(977, units.Count);
        Assert.Equal(int.Parse(expected["practices"], System.Globalization.CultureInfo.InvariantCulture), check.Units);
        Assert.Equal((int)(D(expected, "phe_high_0.001") + D(expected, "phe_low_0.001")), check.OutsideOuter); // 339
        Assert.Equal(339, check.OutsideOuter);
        Close.Relative(D(expected, "fp_phi"), check.Phi, 1e-12, "phi"); // 7.40
        Assert.Equal((int)D(expected, "fp_outliers_99.8"), check.OverdispersedOutsideOuter); // 42
        Close.Relative(D(expected, "chisq95_threshold"), check.Threshold, 1e-9, "threshold");
        Assert.True(check.IsOverdispersed);
        Assert.Equal(OverdispersedFunnelMethod.Proportion, check.Method);
        Close.Relative(D(expected, "average_proportion") * 100, funnel.Target, 1e-14, "target");
        var warning = Assert.Single(funnel.Warnings);
        Assert.Equal(check.Summary, warning);
        Assert.Equal(
            "over-dispersion: phi = 7.40 (chance alone keeps it below 1.07 for 977 units 95% of the time): the units vary about 7.4 times " +
            "as much as the PHE limits allow, so those limits are too narrow: 339 of 977 units lie outside the 99.8% limits, where chance " +
            "alone would put about 2 units. Use OverdispersedFunnel.Fit(units, OverdispersedFunnelMethod.Proportion), whose limits add the " +
            "between-unit variance (tau²): 42 units lie outside its 99.8% limits.", warning);
    }

    [Fact]
    public void ForProportions_BinomialUnits_SaysPheLimitsFit()
    {
        var expected = Figures("binomial_no_overdispersion.csv");
        var units = VariationTestData.Units("binomial_no_overdispersion_input.csv", "numerator", "denominator");

        var funnel = PheFunnel.ForProportions(units);

        var check = funnel.Dispersion!;
        Assert.False(check.IsOverdispersed);
        Assert.Empty(funnel.Warnings);
        Close.Relative(D(expected, "fp_phi"), check.Phi, 1e-12, "phi");
        Close.Relative(D(expected, "chisq95_threshold"), check.Threshold, 1e-9, "threshold");
        Assert.Equal((int)(D(expected, "phe_high_0.001") + D(expected, "phe_low_0.001")), check.OutsideOuter);
        Assert.Equal("no over-dispersion: phi = 0.76 (chance alone keeps it below 1.16 for 200 units 95% of the time), so the PHE limits " +
                     "fit these units: 0 of 200 units lie outside the 99.8% limits, about 0 units by chance.", check.Summary);
    }

    [Fact]
    public void ForProportions_FunnelPlotRReferenceInput_PhiIsThePackages()
    {
        var units = VariationTestData.Units("fp_PR_OD_default_input.csv", "numerator", "denominator");
        var summary = VariationTestData.Read("fp_summary_phi_tau2.csv").Rows.Single(r => r.Text("scenario") == "PR_OD_default");

        var check = PheFunnel.ForProportions(units).Dispersion!;

        Close.Relative(summary.Double("phi"), check.Phi, 1e-12, "phi");
        Assert.Equal((int)summary.Double("n_outliers_limit99"), check.OverdispersedOutsideOuter);
        Assert.True(check.IsOverdispersed);
    }

    [Fact]
    public void ForProportions_FewerThanTenUnits_GivesNoVerdict()
    {
        var units = Enumerable.Range(0, 5).Select(i => new FunnelUnit($"P{i}", 10 + (i * 30), 1000)).ToList();

        var check = PheFunnel.ForProportions(units).Dispersion!;

        Assert.False(check.IsOverdispersed);
        Assert.Equal("only 5 units: over-dispersion cannot be judged from fewer than 10 units, so the PHE limits are shown as they are.", check.Summary);
    }

    [Fact]
    public void ForProportions_UnitsAndGridAreThePackages()
    {
        var units = VariationTestData.Units("funnel_proportion_input.csv", "numerator", "denominator");
        var significance = VariationTestData.Read("funnel_proportion_significance.csv").Rows;

        var funnel = PheFunnel.ForProportions(units);

        Assert.Equal(significance.Select(r => r.Text("significance")), funnel.Units.Select(u => u.Label));
        Assert.Equal(VariationTestData.Read("funnel_proportion_limits_mult100.csv").Rows.Count, funnel.Grid.Count);
    }

    [Fact]
    public void LimitsAt_Proportion_EqualsThePackagesLimitsAtItsGridPopulations()
    {
        var units = VariationTestData.Units("funnel_proportion_input.csv", "numerator", "denominator");
        var funnel = PheFunnel.ForProportions(units);

        foreach (var row in VariationTestData.Read("funnel_proportion_limits_mult100.csv").Rows)
        {
            var limits = funnel.LimitsAt(row.Double("Population"));
            Close.Relative(row.Double("upper_3s_limit"), limits.Upper998, 1e-12, "upper_3s_limit");
            Assert.Equal(row.Double("lower_3s_limit"), limits.Lower998, 1e-10);
            Close.Relative(row.Double("upper_2s_limit"), limits.Upper95, 1e-12, "upper_2s_limit");
            Assert.Equal(row.Double("lower_2s_limit"), limits.Lower95, 1e-10);
        }
    }

    [Fact]
    public void LimitsAt_Ratio_PassesThroughThePackagesLimitAtEachWholeNumberOfEvents()
    {
        // RatioGrid reproduces the package's table (PheFunnelUpstreamTests); at O events its upper 99.8% limit is O/E(O) - 1
        // ("count"), so at x = E(O) = O / (limit + 1) the interpolated line must pass through limit + 1 exactly.
        var units = new[] { new FunnelUnit("A", 12, 10.5), new FunnelUnit("B", 40, 52.3), new FunnelUnit("C", 150, 139.9), new FunnelUnit("D", 75, 80) };
        var funnel = PheFunnel.ForRatios(units);
        foreach (var point in PheFunnel.RatioGrid(units).Where(g => g.X >= 2).Take(40))
        {
            Close.Relative(point.Upper3s + 1, funnel.LimitsAt(point.X / (point.Upper3s + 1)).Upper998, 1e-9, $"upper 99.8% at O = {point.X}");
            Close.Relative(point.Lower2s + 1, funnel.LimitsAt(point.X / (point.Lower2s + 1)).Lower95, 1e-9, $"lower 95% at O = {point.X}");
        }
    }

    [Fact]
    public void LimitsAt_Ratio_LowerLimitIsZeroBelowMinusLogP()
    {
        // With 0 events P(X <= 0) = exp(-E), so the lower 95% limit leaves 0 at E = -ln(0.025) = 3.689 (hand derivation).
        var funnel = PheFunnel.ForRatios([new FunnelUnit("A", 5, 4), new FunnelUnit("B", 9, 10)]);
        Assert.Equal(0, funnel.LimitsAt(3.6).Lower95);
        Assert.True(funnel.LimitsAt(3.8).Lower95 > 0);
    }
}
