using AnalysisKit.Indicators;
using AnalysisKit.Testing;
using static AnalysisKit.Tests.Indicators.IndicatorTestData;

namespace AnalysisKit.Tests.Indicators;

public class InequalityTests
{
    // Hand-worked example. Quintile populations 1,000, 2,000, 3,000, 2,000, 2,000 (shares 0.1, 0.2, 0.3, 0.2, 0.2);
    // events 50, 80, 105, 60, 40, i.e. rates per 1,000 of 50, 40, 35, 30, 20 (quintile 1 most deprived).
    // Relative ranks (midpoints of cumulative shares): 0.05, 0.2, 0.45, 0.7, 0.9; weighted mean rank 0.5.
    // Weighted mean rate ȳ = 5 + 8 + 10.5 + 6 + 4 = 33.5 = 335 events / 10,000 × 1,000 (the overall rate).
    // Sxx = Σw(x − 0.5)² = 0.02025 + 0.018 + 0.00075 + 0.008 + 0.032 = 0.079.
    // Sxy = Σw(x − 0.5)(y − 33.5) = −0.7425 − 0.39 − 0.0225 − 0.14 − 1.08 = −2.375.
    // Slope = −2.375 / 0.079 = −30.063291; SII = 30.063291; RII = 30.063291 / 33.5 = 0.8974117.
    // Weighted residual sum of squares = 3.8496835, σ² = /3 = 1.2832278, se(slope) = √(σ²/Sxx) = 4.0303090;
    // t(0.975; 3) = 3.1824463 → SII limits 30.063291 ∓ 12.826242 = 17.237049 and 42.889533.
    private static readonly QuintileCount[] Example =
        [new(1, 50, 1000), new(2, 80, 2000), new(3, 105, 3000), new(4, 60, 2000), new(5, 40, 2000)];

    [Fact]
    public void SimdQuintiles_MatchesHandWorkedRegressionOnRidits()
    {
        var breakdown = Inequality.SimdQuintiles(Example, (n, d) => CrudeRate.Calculate(n, d, 0.95, 1000));
        Close.Relative(33.5, breakdown.Overall.Value, 1e-14, "overall rate");
        Close.Relative(30.063291, breakdown.Indices.SlopeIndex, 1e-7, "SII");
        Close.Relative(0.8974117, breakdown.Indices.RelativeIndex, 1e-7, "RII");
        Close.Relative(17.237049, breakdown.Indices.SlopeIndexLower, 1e-7, "SII lower");
        Close.Relative(42.889533, breakdown.Indices.SlopeIndexUpper, 1e-7, "SII upper");
        Close.Relative(44.870584, breakdown.Indices.RelativeIndexPercentAboveAverage, 1e-7, "RII as % above average");
        Assert.Equal([50.0, 40, 35, 30, 20], breakdown.ByQuintile.Select(r => r.Value));
        Assert.Empty(breakdown.Warnings);
    }

    [Fact]
    public void SimdQuintiles_RowOrderDoesNotMatter()
    {
        var shuffled = Example.Reverse().ToArray();
        var breakdown = Inequality.SimdQuintiles(shuffled, (n, d) => CrudeRate.Calculate(n, d, 0.95, 1000));
        Close.Relative(30.063291, breakdown.Indices.SlopeIndex, 1e-7, "SII");
    }

    [Fact]
    public void Indices_AgreeWithPheUpstreamSiiPointEstimates()
    {
        // PHEindicatormethods regresses on rank in the given order with SII = +slope and RII = fitted(1)/fitted(0).
        // With ScotPHO's SII = −slope and the weighted mean ȳ at rank 0.5: PHE SII = −SII and
        // PHE RII = (ȳ − SII/2)/(ȳ + SII/2).
        var file = Upstream("testdata_SII__testdata_SII.csv");
        var groups = file.Rows
            .Where(r => r.Text("TestDescription") is "default (e.g. life expectancy) - default parameters" or "default - testing quintiles")
            .GroupBy(r => (r.Text("TestDescription"), r.Text("Area")))
            .ToList();
        Assert.True(groups.Count >= 3);
        foreach (var group in groups)
        {
            var rows = group.OrderBy(r => r.Double("Quantile")).ToList();
            var populations = rows.Select(r => r.Double("Population")).ToArray();
            var values = rows.Select(r => r.Double("Value")).ToArray();
            var mean = populations.Zip(values, (p, v) => p * v).Sum() / populations.Sum();
            var indices = Inequality.Indices(populations, values, mean);
            var what = $"{group.Key.Item1} {group.Key.Item2}";
            Close.Relative(rows[0].Double("sii"), -indices.SlopeIndex, 1e-9, what + " SII");
            Close.Relative(rows[0].Double("rii"), (mean - indices.SlopeIndex / 2) / (mean + indices.SlopeIndex / 2), 1e-9,
                what + " RII");
        }
    }

    [Fact]
    public void SimdQuintiles_MissingQuintile_ErrorNamesIt()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            Inequality.SimdQuintiles(Example.Where(q => q.Quintile != 3), (n, d) => CrudeRate.Calculate(n, d)));
        Assert.StartsWith("quintiles has no row for SIMD quintile 3; give one row for each of quintiles 1 to 5.", error.Message);
    }

    [Fact]
    public void SimdQuintiles_QuintileOutsideOneToFive_ErrorExplainsTheScale()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            Inequality.SimdQuintiles(Example.Append(new QuintileCount(6, 1, 10)), (n, d) => CrudeRate.Calculate(n, d)));
        Assert.StartsWith("quintiles has a row for SIMD quintile 6; quintiles run from 1 (most deprived) to 5 (least deprived).",
            error.Message);
    }

    [Fact]
    public void SimdQuintiles_QuintileNotCalculated_WarnsAndGivesNaN()
    {
        // A DSR below 10 events is NaN under the PHE convention; here a measure that is NaN for quintile 2.
        var breakdown = Inequality.SimdQuintiles(Example,
            (n, d) => n == 80 ? new IndicatorResult(double.NaN, [new ConfidenceInterval(0.95, double.NaN, double.NaN)],
                IndicatorMethod.Dobson, 1, n, d) : CrudeRate.Calculate(n, d));
        Assert.True(double.IsNaN(breakdown.Indices.SlopeIndex));
        Assert.Equal("The measure could not be calculated for SIMD quintile 2 (NaN), so the SII and RII are NaN.",
            Assert.Single(breakdown.Warnings));
    }

    [Fact]
    public void SimdQuintiles_RepeatedQuintile_ErrorNamesIt()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            Inequality.SimdQuintiles(Example.Append(new QuintileCount(2, 1, 10)), (n, d) => CrudeRate.Calculate(n, d)));
        Assert.StartsWith("quintiles has more than one row for SIMD quintile 2; give one row per quintile.", error.Message);
    }

    [Fact]
    public void Indices_FewerThanThreeGroups_ErrorGivesCounts()
    {
        var error = Assert.Throws<ArgumentException>(() => Inequality.Indices([1.0, 2.0], [3.0, 4.0], 3.5));
        Assert.StartsWith("populations has 2 groups and values 2; the SII needs the same number of each, at least 3.",
            error.Message);
    }
}
