using AnalysisKit.Definitions;
using AnalysisKit.Extracts;
using AnalysisKit.Geography;
using AnalysisKit.Indicators;
using AnalysisKit.Prescribing;

namespace AnalysisKit.Tests.Prescribing;

/// <summary>
/// A measure calculated from practice-month sums: values, percentiles, deciles and savings worked by hand on four
/// practices, and the refusals (no populations, a share above its whole, a percentile outside 0–100).
/// </summary>
public sealed class PrescribingMeasuresTests
{
    private static readonly DateOnly July = new(2025, 7, 1);

    private static MeasureDefinition Measure(DenominatorDefinition denominator, double multiplier, SavingsDefinition? savings = null, ValueKind values = ValueKind.Count) =>
        new(new IndicatorDefinition("m", "M", "pitc.csv", null, null, "GPPractice", "PaidDateMonth",
            new CountExpression(["x"], [], values, values == ValueKind.Amount ? "items" : null), denominator, MeasureMethod.Ratio, multiplier, "unit",
            Polarity.LowerIsBetter, new Dictionary<string, MissingReason>(), null, null, "$.measures[0]"), savings, null, null, null, 1);

    private static readonly MeasureDefinition Share = Measure(new DenominatorDefinition(DenominatorKind.Counted, Expression: new CountExpression(["x"], [])), 100);

    [Fact]
    public void Calculate_Share_ValuesPercentilesAndDecilesByHand()
    {
        // 2 of 10 (20%), 5 of 20 (25%), 0 of 0 (no value), 3 of 10 (30%).
        PracticeMonthSums[] rows =
        [
            new("P1", July, 4, 2, 2, 10, 10, null, null),
            new("P2", July, 4, 5, 5, 20, 20, null, null),
            new("P3", July, 1, 0, 0, 0, 0, null, null),
            new("P4", July, 4, 3, 3, 10, 10, null, null),
        ];

        var result = PrescribingMeasures.Calculate(Share, rows, null, null);

        var values = result.Practices.Values;
        Assert.Equal([20.0, 25.0, null, 30.0], values.Select(v => v.Value));
        // Three values: ranks 1, 2, 3 → 0, 50, 100; the practice with a zero denominator has none.
        Assert.Equal([0.0, 50.0, null, 100.0], values.Select(v => v.Percentile));
        // Deciles of 20, 25, 30: position p × 2: 10th 0.2 → 21; 50th → 25; 90th 1.8 → 29.
        var deciles = result.Practices.Deciles.Single();
        Assert.Equal((21.0, 25.0, 29.0, 3), (Math.Round(deciles.Deciles[0], 12), deciles.Median, Math.Round(deciles.Deciles[8], 12), deciles.Units));
        Assert.Null(result.Clusters);
        Assert.Equal(10.0 / 40 * 100, result.Scotland.Single().Value!.Value, 12);
    }

    [Fact]
    public void Calculate_CostPerThousandPatients_SavingsAtThe10thPercentileByHand()
    {
        // £100 for 2,000 patients (£50 per 1,000), £30 for 1,000 (£30), £0 for 500 (£0), £80 for 1,000 (£80).
        var lists = new Dictionary<string, int> { ["P1"] = 2000, ["P2"] = 1000, ["P3"] = 500, ["P4"] = 1000 };
        var populations = new PopulationSource((_, _) => null, (code, _) => lists[code], null);
        PracticeMonthSums[] rows =
        [
            new("P1", July, 3, 100, 2, null, null, null, null),
            new("P2", July, 3, 30, 1, null, null, null, null),
            new("P3", July, 3, 0, 0, null, null, null, null),
            new("P4", July, 3, 80, 1, null, null, null, null),
        ];
        var measure = Measure(new DenominatorDefinition(DenominatorKind.ListSize), 1000, new SavingsDefinition(SavingsMethod.ListSize, null), ValueKind.Amount);

        var result = PrescribingMeasures.Calculate(measure, rows, null, populations);

        // Sorted 0, 30, 50, 80: the 10th percentile is at 0.3 → £9 per 1,000; savings = cost − 9 × list / 1,000.
        Assert.Equal(9, result.Practices.Deciles.Single().Target, 12);
        Assert.Equal([82, 21, -4.5, 71], result.Practices.Values.Select(v => Math.Round(v.Saving!.Value, 10)));
        Assert.Equal(82, result.SavingOver(GeographyLevel.Practice, "P1", [July])!.Value, 10);
        Assert.Null(result.SavingOver(GeographyLevel.Practice, "P1", [July, July.AddMonths(1)]));
    }

    [Fact]
    public void Calculate_ChosenPercentile_MovesTheTarget()
    {
        var lists = new Dictionary<string, int> { ["P1"] = 1000, ["P2"] = 1000 };
        var populations = new PopulationSource((_, _) => null, (code, _) => lists[code], null);
        PracticeMonthSums[] rows = [new("P1", July, 1, 10, 1, null, null, null, null), new("P2", July, 1, 30, 1, null, null, null, null)];
        var measure = Measure(new DenominatorDefinition(DenominatorKind.ListSize), 1000, new SavingsDefinition(SavingsMethod.ListSize, null), ValueKind.Amount);

        // The 25th percentile of 10 and 30 is 15: savings 10 − 15 = −5 and 30 − 15 = 15.
        var result = PrescribingMeasures.Calculate(measure, rows, null, populations, new MeasureOptions { SavingsPercentile = 25 });
        Assert.Equal([-5.0, 15.0], result.Practices.Values.Select(v => Math.Round(v.Saving!.Value, 10)));
    }

    [Fact]
    public void Calculate_PopulationDenominatorWithoutPopulations_IsRefused()
    {
        var measure = Measure(new DenominatorDefinition(DenominatorKind.ListSize), 1000);
        var e = Assert.Throws<ArgumentException>(() => PrescribingMeasures.Calculate(measure, [], null, null));
        Assert.StartsWith("measure m: its denominator comes from practice populations (list size or STAR-PUs); pass the geography's populations (e.g. LoadedGeography.Populations()).", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_ShareAboveItsWhole_IsRefusedNamingPracticeAndMonth()
    {
        var e = Assert.Throws<ArgumentException>(() => PrescribingMeasures.Calculate(Share, [new PracticeMonthSums("P1", July, 1, 12, 12, 10, 10, null, null)], null, null));
        Assert.StartsWith("measure m: practice P1 in 2025-07 has a numerator of 12 above its denominator 10; expected the numerator's rows to be part of the denominator's (check the BNF codes).", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_PercentileOutsideZeroToHundred_IsRefused()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => PrescribingMeasures.Calculate(Share, [], null, null, new MeasureOptions { SavingsPercentile = 100 }));
        Assert.StartsWith("savings percentile 100 is not between 0 and 100 (both excluded); expected e.g. 10, OpenPrescribing's.", e.Message, StringComparison.Ordinal);
    }
}
