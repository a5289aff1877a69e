using AnalysisKit.Indicators;

namespace AnalysisKit.Tests.Indicators;

public class StandardPopulationTests
{
    [Fact]
    public void European2013_WeightsSumToOneHundredThousand() =>
        Assert.Equal(100_000, StandardPopulation.European2013.Weights.Sum());

    [Fact]
    public void Constructor_BandsAndWeightsDiffer_ErrorGivesBothCounts()
    {
        var error = Assert.Throws<ArgumentException>(() => new StandardPopulation("x", ["a", "b"], [1]));
        Assert.StartsWith("A standard population needs one weight per band: 2 bands but 1 weights.", error.Message);
    }

    [Fact]
    public void Constructor_NoBands_ErrorSaysAtLeastOne()
    {
        var error = Assert.Throws<ArgumentException>(() => new StandardPopulation("x", [], []));
        Assert.StartsWith("A standard population needs at least one band.", error.Message);
    }

    [Fact]
    public void Constructor_NegativeWeight_ErrorNamesBand()
    {
        var error = Assert.Throws<ArgumentException>(() => new StandardPopulation("x", ["a", "b"], [1, -2]));
        Assert.StartsWith("weights, band \"b\": weight = -2 is not valid; it must be a finite number ≥ 0.", error.Message);
    }

    [Fact]
    public void Weight_UnknownBand_ErrorListsBands()
    {
        var standard = new StandardPopulation("young-old", ["young", "old"], [60, 40]);
        var error = Assert.Throws<KeyNotFoundException>(() => standard.Weight("middle"));
        Assert.Equal("The band \"middle\" is not a band of the standard population young-old (young, old).", error.Message);
    }
}
