using AnalysisKit.Testing;
using AnalysisKit.Variation.Spc;

namespace AnalysisKit.Tests.Variation.Spc;

public class QicChartTests
{
    private const double Tolerance = 1e-9;

    private static List<QicObservation> FromInput(string file, string value, string? denominator) =>
        VariationTestData.Read(file).Rows
            .Select(r => new QicObservation(SpcTestData.Date(r.Text("month")), r.Number(value), denominator is null ? null : r.Number(denominator)))
            .ToList();

    [Fact]
    public void Calculate_PChart_ReproducesQicharts2()
    {
        var result = QicChart.Calculate(QicChartType.P, FromInput("qic_input_p.csv", "num", "den"));
        QicReference.AssertMatches(VariationTestData.Read("qic_p_chart.csv"), result, twoSigma: true);
    }

    [Fact]
    public void Calculate_UChartPer1000_ReproducesQicharts2()
    {
        var result = QicChart.Calculate(QicChartType.U, FromInput("qic_input_u.csv", "num", "den"), new QicOptions(Multiply: 1000));
        QicReference.AssertMatches(VariationTestData.Read("qic_u_chart_per1000.csv"), result, twoSigma: true);
    }

    [Fact]
    public void Calculate_IChartScreened_ReproducesQicharts2AndUses2Point6596NotNhsrs2Point66()
    {
        var series = SpcTestData.Series("S3_outlier").Select(p => new QicObservation(p.Date, p.Value)).ToList();
        var result = QicChart.Calculate(QicChartType.I, series);
        QicReference.AssertMatches(VariationTestData.Read("qic_i_chart_S3_outlier.csv"), result, twoSigma: true);

        // README subtlety 8: the same series on NHSRplotthedots gives lpl 14.798483 (2.66·mR̄), qicharts2 14.799338.
        var xmr = XmrChart.Calculate(SpcTestData.Series("S3_outlier"));
        Assert.NotEqual(xmr.Points[0].LowerLimit, result.Points[0].Lower!.Value, 6);
    }

    [Fact]
    public void Calculate_PPrime_WidensLimitsByTheMovingRangeOfZ()
    {
        // Hand-derived Laney P′: four periods of n = 10000 with proportions 0.10, 0.12, 0.10, 0.12. CL = 0.11,
        // σᵢ = √(0.11·0.89/10000) = 0.0031289; zᵢ = ±0.01/0.0031289 = ±3.19601; mR(z) = 6.39201 (×3), σ_z = 6.39201/1.128
        // = 5.66668; P′ UCL = 0.11 + 3·0.0031289·5.66668 = 0.163192.
        var observations = new[] { 1000.0, 1200, 1000, 1200 }
            .Select((v, i) => new QicObservation(new DateOnly(2024, 1, 1).AddMonths(i), v, 10000)).ToList();
        var p = QicChart.Calculate(QicChartType.P, observations);
        var prime = QicChart.Calculate(QicChartType.PPrime, observations);
        Close.Relative(0.11 + 3 * Math.Sqrt(0.11 * 0.89 / 10000), p.Points[0].Upper!.Value, 1e-12, "P UCL");
        Close.Relative(0.163192, prime.Points[0].Upper!.Value, 1e-5, "P′ UCL");
    }

    [Fact]
    public void Calculate_UPrime_LargeDenominatorsNoLongerFlagEveryPoint()
    {
        // Rates 20, 22, 19, 23, 21 per 1000 on denominators of 10⁶: the U chart's limits (±0.00014) flag almost every
        // point, the U′ chart's (σ_z ≫ 1) flag none.
        var rates = new[] { 0.020, 0.022, 0.019, 0.023, 0.021, 0.020, 0.022, 0.019, 0.023, 0.021 };
        var observations = rates.Select((r, i) => new QicObservation(new DateOnly(2024, 1, 1).AddMonths(i), r * 1_000_000, 1_000_000)).ToList();
        var u = QicChart.Calculate(QicChartType.U, observations);
        var prime = QicChart.Calculate(QicChartType.UPrime, observations);
        Assert.True(u.Points.Count(p => p.SigmaSignal) >= 8);
        Assert.DoesNotContain(prime.Points, p => p.SigmaSignal);
    }

    [Fact]
    public void Calculate_MissingDenominator_ThrowsNamingTheRow()
    {
        var observations = new[] { new QicObservation(new DateOnly(2024, 1, 1), 3, 10), new QicObservation(new DateOnly(2024, 2, 1), 3, null) };
        var error = Assert.Throws<ArgumentException>(() => QicChart.Calculate(QicChartType.P, observations));
        Assert.StartsWith("observations[1]: the denominator is missing but the numerator is present;", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_DuplicateDate_Throws()
    {
        var observations = new[] { new QicObservation(new DateOnly(2024, 1, 1), 3), new QicObservation(new DateOnly(2024, 1, 1), 4) };
        var error = Assert.Throws<ArgumentException>(() => QicChart.Calculate(QicChartType.C, observations));
        Assert.StartsWith("observations[1]: date 2024-01-01 appears more than once;", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_DatesOutOfOrder_Throws()
    {
        var observations = new[] { new QicObservation(new DateOnly(2024, 2, 1), 3), new QicObservation(new DateOnly(2024, 1, 1), 4) };
        var error = Assert.Throws<ArgumentException>(() => QicChart.Calculate(QicChartType.C, observations));
        Assert.StartsWith("observations[1]: date 2024-01-01 is not after the previous date 2024-02-01;", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_FewPoints_WarnsThatRunsRulesNeedMore()
    {
        var observations = Enumerable.Range(0, 6).Select(i => new QicObservation(new DateOnly(2024, 1, 1).AddMonths(i), i % 2 == 0 ? 3 : 5)).ToList();
        var result = QicChart.Calculate(QicChartType.C, observations);
        Assert.Contains("only 6 points: the Anhøj runs (part 1) rule needs at least 10 points and cannot fire.", result.Warnings);
    }
    [Fact]
    public void Calculate_IChartWithMissingPoint_IgnoresItForLimitsAndRunsAsQicharts2Does()
    {
        // Hand-derived: y = 1, 3, NA, 5, 7. CL = mean(1, 3, 5, 7) = 4; moving ranges 2, NA, NA, 2 → mR̄ = 2 (nothing
        // reaches 3.267·2); UCL = 4 + 3·2/1.128 = 9.31915. The missing point stays, with no signal; n.obs counts it
        // (5), n.useful does not (4).
        var values = new double?[] { 1, 3, null, 5, 7 };
        var observations = values.Select((v, i) => new QicObservation(new DateOnly(2024, 1, 1).AddMonths(i), v)).ToList();
        var result = QicChart.Calculate(QicChartType.I, observations);
        Close.Relative(4, result.Points[0].CentreLine, 1e-15, "CL");
        Close.Relative(4 + 3 * 2 / 1.128, result.Points[0].Upper!.Value, 1e-14, "UCL");
        Assert.Null(result.Points[2].Y);
        Assert.False(result.Points[2].SigmaSignal);
        Assert.Equal(5, result.Parts[0].Observations);
        Assert.Equal(4, result.Parts[0].UsefulObservations);
    }

    [Fact]
    public void Calculate_PartAtChangeDate_RecomputesCentreLineAfterIt()
    {
        // A PDSA change at the 13th month: part 2 has its own centre line (mean of its own counts).
        var counts = Enumerable.Repeat(10.0, 12).Concat(Enumerable.Repeat(4.0, 12)).Select((v, i) => v + (i % 3) - 1).ToArray();
        var observations = counts.Select((v, i) => new QicObservation(new DateOnly(2023, 1, 1).AddMonths(i), v)).ToList();
        var result = QicChart.Calculate(QicChartType.C, observations, new QicOptions(PartStartDates: new[] { observations[12].Date }));
        Assert.Equal(2, result.Parts.Count);
        Close.Relative(counts.Take(12).Average(), result.Points[0].CentreLine, 1e-15, "CL before");
        Close.Relative(counts.Skip(12).Average(), result.Points[12].CentreLine, 1e-15, "CL after");
        Assert.Equal(2, result.Points[12].Part);
    }
    [Fact]
    public void Calculate_PChartMissingNumerator_DropsItsDenominatorFromTheCentreLine()
    {
        // qicharts2 keeps complete (y, n) pairs only: with 10/100, missing/900, 30/100 the CL is 40/200 = 0.2, not 40/1100.
        var observations = new[]
        {
            new QicObservation(new DateOnly(2024, 1, 1), 10, 100),
            new QicObservation(new DateOnly(2024, 2, 1), null, 900),
            new QicObservation(new DateOnly(2024, 3, 1), 30, 100),
        };
        var result = QicChart.Calculate(QicChartType.P, observations);
        Assert.Equal(0.2, result.Points[0].CentreLine, 15);
        Assert.Null(result.Points[1].Y);
    }
    [Fact]
    public void Calculate_PChartMissingNumerator_NoLimitsOrDenominatorAtThatPoint()
    {
        // The repro, hand-derived from qic.R: complete.cases(y, n) sets n to NA at 2024-02, qic.agg sums it to
        // n = 0, σ = √(CL(1 − CL)/0) = ∞, and non-finite limits become NA. CL = 22/200 = 0.11; elsewhere
        // UCL = 0.11 + 3√(0.11·0.89/100) = 0.11 + 3·0.0312890 = 0.2038669, LCL = 0.0161331.
        var observations = new[]
        {
            new QicObservation(new DateOnly(2024, 1, 1), 10, 100),
            new QicObservation(new DateOnly(2024, 2, 1), null, 50),
            new QicObservation(new DateOnly(2024, 3, 1), 12, 100),
        };
        var result = QicChart.Calculate(QicChartType.P, observations);
        var missing = result.Points[1];
        Assert.Equal((null, null, null, null, null), (missing.Lower, missing.Upper, missing.Lower95, missing.Upper95, missing.Denominator));
        Close.Relative(0.11 + 3 * Math.Sqrt(0.11 * 0.89 / 100), result.Points[0].Upper!.Value, 1e-15, "UCL");
        Close.Relative(0.2038669, result.Points[2].Upper!.Value, 1e-6, "UCL written out");
        Close.Relative(0.0161331, result.Points[2].Lower!.Value, 1e-5, "LCL written out");
    }

    [Theory]
    [InlineData("p")]
    [InlineData("pp")]
    [InlineData("u")]
    [InlineData("up")]
    public void Calculate_MissingNumerators_ReproducesQicharts2Points(string chart)
    {
        // Expected: qicharts2's own qic(..., return.data = TRUE) (TestData/Derivations/qicharts2.R); n = 0 there means
        // no complete pair, which AnalysisKit reports as a null denominator.
        var result = QicChart.Calculate(QicPartSummaryTests.Type(chart), QicPartSummaryTests.MissingNumeratorSeries(),
            new QicOptions(Multiply: QicPartSummaryTests.Multiply(chart)));
        var expected = VariationTestData.Read("qic_missing_numerator_points.csv").Rows.Where(r => r.Text("chart") == chart).ToList();
        Assert.Equal(expected.Count, result.Points.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            var (row, point, what) = (expected[i], result.Points[i], $"{chart} row {i + 1}");
            Assert.True(row.Double("n") == 0 ? point.Denominator is null : point.Denominator == row.Double("n"), what + " n");
            foreach (var (column, actual) in new[] { ("y", point.Y), ("lcl", point.Lower), ("ucl", point.Upper), ("lcl.95", point.Lower95), ("ucl.95", point.Upper95) })
            {
                if (row.Number(column) is { } value)
                {
                    Close.Relative(value, actual!.Value, Tolerance, $"{what} {column}");
                }
                else
                {
                    Assert.True(actual is null, $"{what} {column}: expected NA, got {actual}");
                }
            }

            Close.Relative(row.Double("cl"), point.CentreLine, Tolerance, what + " cl");
            Assert.True(row.Logical("sigma.signal") == point.SigmaSignal, what + " sigma.signal");
        }
    }

    [Fact]
    public void Calculate_ZeroDenominator_ThrowsNamingRowAndDate()
    {
        var observations = new[] { new QicObservation(new DateOnly(2024, 1, 1), 0, 0) };
        var error = Assert.Throws<ArgumentException>(() => QicChart.Calculate(QicChartType.U, observations));
        Assert.StartsWith("observations[0] (2024-01-01): denominator is 0; denominators must be greater than 0.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_NegativeCount_Throws()
    {
        var observations = new[] { new QicObservation(new DateOnly(2024, 1, 1), -2) };
        var error = Assert.Throws<ArgumentException>(() => QicChart.Calculate(QicChartType.C, observations));
        Assert.StartsWith("observations[0]: value is -2; counts must be 0 or more.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_FreezeBeyondSeries_Throws()
    {
        var observations = new[] { new QicObservation(new DateOnly(2024, 1, 1), 2) };
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => QicChart.Calculate(QicChartType.C, observations, new QicOptions(Freeze: 5)));
        Assert.StartsWith("Freeze contains 5; positions are 1-based and must lie in 1..1.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_ExcludeDateNotInSeries_Throws()
    {
        var observations = new[] { new QicObservation(new DateOnly(2024, 1, 1), 2) };
        var error = Assert.Throws<ArgumentException>(() =>
            QicChart.Calculate(QicChartType.C, observations, new QicOptions(ExcludeDates: new[] { new DateOnly(2020, 1, 1) })));
        Assert.StartsWith("ExcludeDates contains 2020-01-01, which is not a date of the series.", error.Message, StringComparison.Ordinal);
    }
    [Fact]
    public void Calculate_RunChart_MedianCentreLineNoLimitsAndRunsSignal()
    {
        // Hand-derived: 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 → median 6.5; signs − ×6 then + ×6: longest run 6,
        // 1 crossing; n = 12 useful, max run round(log2 12) + 3 = 7, min crossings qbinom(0.05, 11, 0.5) = 3 → signal.
        var observations = Enumerable.Range(1, 12).Select(i => new QicObservation(new DateOnly(2024, 1, 1).AddMonths(i - 1), i)).ToList();
        var result = QicChart.Calculate(QicChartType.Run, observations);
        Assert.Equal(6.5, result.Points[0].CentreLine);
        Assert.All(result.Points, p => Assert.Null(p.Upper));
        Assert.All(result.Points, p => Assert.False(p.SigmaSignal));
        var runs = result.Parts[0];
        Assert.Equal((6, 7, 1, 3, true), (runs.LongestRun!.Value, runs.LongestRunMax!.Value, runs.Crossings!.Value, runs.CrossingsMin!.Value, runs.Signal));
    }
}
