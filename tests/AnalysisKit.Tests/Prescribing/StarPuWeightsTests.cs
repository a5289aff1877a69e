using AnalysisKit.Geography;
using AnalysisKit.Prescribing;

namespace AnalysisKit.Tests.Prescribing;

/// <summary>STAR-PUs of a population by hand, from OpenPrescribing's star_pu_weights.json values for oral antibacterial items.</summary>
public sealed class StarPuWeightsTests
{
    [Fact]
    public void Of_EspBands_WeightsEachPatientByTheBandItLiesIn_ByHand()
    {
        // 10 girls aged 0–4 (0.7652339111849917), 20 boys aged 5–9 and 10 aged 10–14 (both 5–14: 0.3138732420636401),
        // 5 women aged 90+ (75+: 1.2658322296629296); everyone else 0.
        var female = new int[19];
        var male = new int[19];
        female[0] = 10;
        male[1] = 20;
        male[2] = 10;
        female[18] = 5;
        var population = new PracticePopulation("10002", new DateOnly(2025, 7, 1), AgeBandSet.Esp2013, female, male);
        var expected = (10 * 0.7652339111849917) + (30 * 0.3138732420636401) + (5 * 1.2658322296629296);
        Assert.Equal(expected, StarPuWeights.OralAntibacterialItems2013.Of(population), 12);
    }

    [Fact]
    public void Of_BandsThatStraddleTheWeightBands_IsRefusedNamingBoth()
    {
        // Ten-year bands: 0-9 straddles the weights' 0-4 and 5-14.
        var bands = AgeBandSet.Create(0, 90, 10);
        var population = new PracticePopulation("10002", new DateOnly(2025, 7, 1), bands, new int[bands.Count], new int[bands.Count]);
        var e = Assert.Throws<ArgumentException>(() => StarPuWeights.OralAntibacterialItems2013.Of(population));
        Assert.StartsWith(PrescribingMessages.BandStraddlesStarPu(bands.Bands[0].Label, bands.Name, "oral-antibacterial-items-2013", StarPuWeights.OralAntibacterialItems2013.BandLabels), e.Message, StringComparison.Ordinal);
        Assert.Contains("straddles two bands of the oral-antibacterial-items-2013 STAR-PU weights (0-4, 5-14, 15-24, 25-34, 35-44, 45-54, 55-64, 65-74, 75+)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Named_UnknownWeights_IsRefusedListingTheKnownOnes()
    {
        var e = Assert.Throws<ArgumentException>(() => StarPuWeights.Named("statins-cost"));
        Assert.StartsWith("\"statins-cost\" is not a STAR-PU weight set; expected one of oral-antibacterial-items-2013.", e.Message, StringComparison.Ordinal);
    }
}
