using AnalysisKit.Variation.Spc;

namespace AnalysisKit.Tests.Variation.Spc;

/// <summary>QicResult.PointTypes: qicharts2's signals read through the improvement direction; expected types by hand.</summary>
public class QicPointTypesTests
{
    private static readonly DateOnly Start = new(2023, 1, 1);

    private static List<QicObservation> Series(params double[] values) =>
        values.Select((v, i) => new QicObservation(Start.AddMonths(i), v)).ToList();

    [Theory]
    [InlineData(ImprovementDirection.Increase, SpcPointType.SpecialCauseImprovement)]
    [InlineData(ImprovementDirection.Decrease, SpcPointType.SpecialCauseConcern)]
    [InlineData(ImprovementDirection.Neutral, SpcPointType.SpecialCauseNeutralHigh)]
    public void PointAboveTheUpperLimit_IsReadThroughTheDirection(ImprovementDirection direction, SpcPointType expected)
    {
        // C chart: mean 88/12 = 7.33, UCL = 7.33 + 3·√7.33 = 15.46, so only the 30 lies outside (by hand).
        var chart = QicChart.Calculate(QicChartType.C, Series(5, 6, 5, 7, 4, 6, 5, 30, 5, 6, 4, 5));

        var types = chart.PointTypes(direction);

        Assert.Equal(expected, types[7]);
        Assert.All(types.Where((_, i) => i != 7), t => Assert.Equal(SpcPointType.CommonCause, t));
    }

    [Fact]
    public void LongRunOnOneSide_EveryPointOfTheRunIsSpecialCause()
    {
        // Run chart, median 3: six 1s below, six 3s on the centre line (ignored), ten 5s above. 16 useful points, so a
        // run longer than round(log2 16) + 3 = 7 signals: the ten 5s; the six 1s (a run of 6, the 3s neither break nor
        // extend it) do not.
        var values = Enumerable.Range(0, 12).Select(i => i % 2 == 0 ? 1.0 : 3.0).Concat(Enumerable.Repeat(5.0, 10)).ToArray();
        var chart = QicChart.Calculate(QicChartType.Run, Series(values));
        Assert.Equal(7, chart.Parts[0].LongestRunMax);

        var types = chart.PointTypes(ImprovementDirection.Decrease);

        Assert.All(types.Skip(12), t => Assert.Equal(SpcPointType.SpecialCauseConcern, t));
        Assert.All(types.Take(12), t => Assert.Equal(SpcPointType.CommonCause, t));
    }

    [Fact]
    public void MovingRangeChart_SignalsAreNeutralWhateverTheDirection()
    {
        var chart = QicChart.Calculate(QicChartType.MR, Series(5, 6, 5, 7, 4, 6, 5, 30, 5, 6, 4, 5, 6, 5));

        var types = chart.PointTypes(ImprovementDirection.Increase);

        Assert.DoesNotContain(SpcPointType.SpecialCauseImprovement, types);
        Assert.DoesNotContain(SpcPointType.SpecialCauseConcern, types);
        Assert.Contains(SpcPointType.SpecialCauseNeutralHigh, types);
    }
}
