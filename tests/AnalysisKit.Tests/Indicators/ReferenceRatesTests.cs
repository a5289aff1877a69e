using AnalysisKit.Indicators;

namespace AnalysisKit.Tests.Indicators;

public class ReferenceRatesTests
{
    private static readonly ReferenceRates Scotland = ReferenceRates.FromCounts(
        [new("0-64", 300, 1_000_000), new("65+", 900, 300_000)]);

    [Fact]
    public void FromCounts_RatesAndOverallRateAreEventsOverPopulation()
    {
        Assert.Equal(0.0003, Scotland.Rate("0-64"), 15);
        Assert.Equal(0.003, Scotland.Rate("65+"), 15);
        // 1,200 events in 1,300,000 people.
        Assert.Equal(1200.0 / 1_300_000, Scotland.OverallRate);
    }

    [Fact]
    public void Expected_IsTheSumOfRateTimesPopulation()
    {
        // 2,000 × 0.0003 + 500 × 0.003 = 0.6 + 1.5 = 2.1 expected events.
        Assert.Equal(2.1, Scotland.Expected([new("0-64", null, 2_000), new("65+", null, 500)]), 14);
    }

    [Fact]
    public void Expected_UnknownBand_ErrorListsTheReferenceBands()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            Scotland.Expected([new("0-64", null, 2_000), new("65+", null, 500), new("90+", null, 10)]));
        Assert.StartsWith("population has a row for the band \"90+\", which is not a band of the reference rates (0-64, 65+).",
            error.Message);
    }

    [Fact]
    public void FromCounts_RepeatedBand_ErrorNamesIt()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            ReferenceRates.FromCounts([new("0-64", 1, 10), new("0-64", 2, 10)]));
        Assert.StartsWith("reference has more than one row for the band \"0-64\"; give one row per band.", error.Message);
    }

    [Fact]
    public void FromCounts_ZeroPopulation_ErrorNamesBandAndValue()
    {
        var error = Assert.Throws<ArgumentException>(() => ReferenceRates.FromCounts([new("65+", 1, 0)]));
        Assert.StartsWith("reference, band \"65+\": population = 0 is not valid; it must be a finite number > 0.", error.Message);
    }
}
