using AnalysisKit.Prescribing;
using AnalysisKit.Testing;

namespace AnalysisKit.Tests.Prescribing;

/// <summary>
/// OpenPrescribing's cost savings: the list-size formula by hand and against R (openprescribing.R), and the percentage
/// formula by hand and against the savings OpenPrescribing's API published for desogestrel in August 2018.
/// </summary>
public sealed class CostSavingsTests
{
    [Fact]
    public void ListSize_CostAboveTheTarget_SavesTheDifference_ByHand()
    {
        // £500 for 8 thousand patients (£62.50 per 1,000) against a target of £40 per 1,000: 500 − 40 × 8 = £180.
        Assert.Equal(180, CostSavings.ListSize(500, 8, 40), 12);
        // Below the target the saving is negative: 200 − 40 × 8 = −£120.
        Assert.Equal(-120, CostSavings.ListSize(200, 8, 40), 12);
    }

    [Fact]
    public void ListSize_TenUnits_MatchesTheTranscribedSql()
    {
        var units = ReferenceCsv.Read(RepoPaths.InRepo("tests/AnalysisKit.Tests/TestData/Prescribing/op_small_units.csv")).Rows;
        var target = OpenPrescribingPercentiles.PercentileCont(units.Select(r => r.Number("value")), 10)!.Value;
        foreach (var unit in units)
        {
            // A unit with a zero denominator has no value but still a saving (its whole cost), as in the SQL.
            Close.Relative(unit.Double("saving10"), CostSavings.ListSize(unit.Double("numerator"), unit.Double("denominator"), target), 1e-14, unit.Text("unit"));
        }
    }

    [Fact]
    public void Percentage_ByHand_CostsEachPartAtTheUnitsOwnPrice()
    {
        // 100 units in all for £60: 40 branded for £40 (£1 each), 60 generic for £20 (£1/3 each). At a 10% target:
        // 10 branded × £1 + 90 generic × £1/3 = £40, so the saving is 60 − 40 = £20.
        var unit = new ShareCosts(40, 40, 100, 60);
        var national = new ShareCosts(1000, 2000, 10000, 5000);
        Assert.Equal(20, CostSavings.Percentage(unit, 0.1, national), 12);
    }

    [Fact]
    public void Percentage_NoneOfAPart_UsesScotlandsPriceForIt_ByHand()
    {
        // All generic (0 of 50 branded, £10): the branded part is priced at the national £2 (2000/1000):
        // target = 0.1 × 50 × 2 + 45 × 10/50 = 10 + 9 = 19; saving 10 − 19 = −£9.
        var national = new ShareCosts(1000, 2000, 10000, 5000);
        Assert.Equal(-9, CostSavings.Percentage(new ShareCosts(0, 0, 50, 10), 0.1, national), 12);
        // All branded (50 of 50, £100): the rest is priced at the national (5000 − 2000) / 9000 = £1/3:
        // target = 0.1 × 50 × 2 + 45 / 3 = 10 + 15 = 25; saving 100 − 25 = £75.
        Assert.Equal(75, CostSavings.Percentage(new ShareCosts(50, 100, 50, 100), 0.1, national), 12);
    }

    [Fact]
    public void Percentage_OpenPrescribingsPublishedDesogestrelSavings_ReproducedToTheNotebooksTolerance()
    {
        // notebooks/measure-calculations.ipynb (ebmdatalab/openprescribing at 62015f4), August 2018: the practice at the
        // 10th percentile has a branded share of 0.017241379310344827; England's branded desogestrel cost £0.05334542068605227
        // and generic £0.0305928758937223 per unit (its global_unit_cost_branded and _generic).
        const double target = 0.017241379310344827;
        var national = new ShareCosts(1, 0.05334542068605227, 2, 0.05334542068605227 + 0.0305928758937223);
        foreach (var row in ReferenceCsv.Read(RepoPaths.InRepo("tests/AnalysisKit.Tests/TestData/Prescribing/op_desogestrel_2018_08.csv")).Rows)
        {
            var unit = new ShareCosts(row.Double("quantity_branded"), row.Double("cost_branded"), row.Double("quantity_total"), row.Double("cost_total"));
            var saving = CostSavings.Percentage(unit, target, national);
            // The notebook printed costs to 6 significant figures and asserts agreement with the API within 0.001.
            Assert.True(Math.Abs(saving - row.Double("api_cost_saving_10")) < 0.001,
                $"{row.Text("practice")}: {saving:R} against OpenPrescribing's {row.Double("api_cost_saving_10"):R}");
        }
    }
}
