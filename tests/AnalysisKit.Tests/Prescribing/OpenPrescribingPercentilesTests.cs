using AnalysisKit.Prescribing;
using AnalysisKit.Testing;

namespace AnalysisKit.Tests.Prescribing;

/// <summary>
/// OpenPrescribing's percentile (BigQuery PERCENT_RANK × 100, ties at the lowest rank) and deciles (PERCENTILE_CONT,
/// R type 7), checked by hand on small inputs, against R's rank/quantile (TestData/Derivations/openprescribing.R) and
/// against the percentiles OpenPrescribing's API published for August 2018.
/// </summary>
public sealed class OpenPrescribingPercentilesTests
{
    [Fact]
    public void PercentRanks_TiesShareTheLowestRank_ByHand()
    {
        // Sorted: 1, 2, 2, 3 (n = 4): ranks 1, 2, 2, 4 → (r − 1) / 3 × 100 = 0, 33.3, 33.3, 100.
        var ranks = OpenPrescribingPercentiles.PercentRanks([2, 1, null, 3, 2]);
        Assert.Equal(100.0 / 3, ranks[0]!.Value, 12);
        Assert.Equal(0, ranks[1]);
        Assert.Null(ranks[2]);
        Assert.Equal(100, ranks[3]);
        Assert.Equal(100.0 / 3, ranks[4]!.Value, 12);
    }

    [Fact]
    public void PercentRanks_OneUnitWithAValue_IsAtZero()
    {
        var ranks = OpenPrescribingPercentiles.PercentRanks([null, 7.5, double.NaN]);
        Assert.Equal([null, 0.0, null], ranks);
    }

    [Fact]
    public void PercentileCont_InterpolatesBetweenOrderStatistics_ByHand()
    {
        // n = 4: position p × 3 from the first. 10th: 0.3 → 1 + 0.3 × (2 − 1) = 1.3; 50th: 1.5 → 2.5; 90th: 2.7 → 3.7.
        double?[] values = [4, 1, null, 3, 2];
        Assert.Equal(1.3, OpenPrescribingPercentiles.PercentileCont(values, 10)!.Value, 12);
        Assert.Equal(2.5, OpenPrescribingPercentiles.PercentileCont(values, 50)!.Value, 12);
        Assert.Equal(3.7, OpenPrescribingPercentiles.PercentileCont(values, 90)!.Value, 12);
        Assert.Equal(1, OpenPrescribingPercentiles.PercentileCont(values, 0));
        Assert.Equal(4, OpenPrescribingPercentiles.PercentileCont(values, 100));
        Assert.Null(OpenPrescribingPercentiles.PercentileCont([null, double.NaN], 10));
    }

    [Fact]
    public void PercentileCont_OutsideZeroToHundred_IsRefusedSayingWhatIsExpected()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => OpenPrescribingPercentiles.PercentileCont([1.0], 110));
        Assert.StartsWith(PrescribingMessages.PercentileRange(110), e.Message, StringComparison.Ordinal);
        Assert.Equal("percentile 110 is outside 0 to 100; expected e.g. 10 for the 10th percentile.", PrescribingMessages.PercentileRange(110));
    }

    [Fact]
    public void PercentRanksAndDeciles_TenUnits_MatchRsRankAndQuantileType7()
    {
        var units = ReferenceCsv.Read(RepoPaths.InRepo("tests/AnalysisKit.Tests/TestData/Prescribing/op_small_units.csv")).Rows;
        var values = units.Select(r => r.Number("value")).ToList();
        var ranks = OpenPrescribingPercentiles.PercentRanks(values);
        for (var i = 0; i < units.Count; i++)
        {
            if (units[i].Number("percentile") is { } expected)
            {
                Close.Relative(expected, ranks[i]!.Value, 1e-15, units[i].Text("unit") + " percentile");
            }
            else
            {
                Assert.Null(ranks[i]);
            }
        }

        var deciles = OpenPrescribingPercentiles.Deciles(values)!;
        var expectedDeciles = ReferenceCsv.Read(RepoPaths.InRepo("tests/AnalysisKit.Tests/TestData/Prescribing/op_small_deciles.csv")).Rows;
        for (var d = 0; d < 9; d++)
        {
            // R's quantile(type = 7) written the same way: the doubles agree exactly.
            Assert.Equal(expectedDeciles[d].Double("value"), deciles[d]);
        }
    }

    [Fact]
    public void PercentRanks_OpenPrescribingsAugust2018Figures_AreTiesAtTheirLowestRankAmong7001Practices()
    {
        // OpenPrescribing's API gave D81062 (branded share 1.0, the highest) 95.9857142857143, Y03051 (0.125)
        // 27.6857142857143 and P81037 (0, the lowest) 0 for desogestrel in August 2018 (notebooks/measure-calculations.ipynb).
        // 95.9857142857143 = 6,719 / 7,000 × 100: 7,001 practices with a value, 6,719 below 1.0 and 282 tied at 1.0 —
        // were ties given their mean or highest rank, the tied practices would be above 97.99.
        var values = new List<double?>();
        values.AddRange(Enumerable.Repeat<double?>(0, 10));                       // ranks 1–10 tied at 0 (P81037 among them)
        values.AddRange(Enumerable.Range(0, 1928).Select(i => (double?)(0.01 + (i * 1e-5))));   // 1,928 below 0.125
        values.Add(0.125);                                                         // Y03051: rank 1,939
        values.AddRange(Enumerable.Range(0, 4780).Select(i => (double?)(0.2 + (i * 1e-5))));    // up to rank 6,719
        values.AddRange(Enumerable.Repeat<double?>(1.0, 282));                    // D81062 and the other all-branded
        Assert.Equal(7001, values.Count);
        var ranks = OpenPrescribingPercentiles.PercentRanks(values);
        Assert.Equal(0, ranks[0]);
        Assert.Equal(27.6857142857143, ranks[10 + 1928]!.Value, 12);
        Assert.Equal(95.9857142857143, ranks[^1]!.Value, 12);
    }
}
