using AnalysisKit.Indicators;
using AnalysisKit.Testing;
using static AnalysisKit.Tests.Indicators.IndicatorTestData;

namespace AnalysisKit.Tests.Indicators;

/// <summary>
/// ScotPHO EASRs against a base-R transcription of scotpho-indicator-production's <c>calculate_easr</c>
/// (TestData/Derivations/scotpho.R; inputs scotpho_easr_input.csv, outputs scotpho_easr_output.csv).
/// </summary>
public class DirectlyStandardisedRateScotPhoTests
{
    private const double Tolerance = 1e-9;

    [Theory]
    [InlineData("A")] // an ordinary area
    [InlineData("B")] // the 85-89 and 90+ bands have population 0 and no events: they add 0
    [InlineData("D")] // 2 events, one in a 90+ band of 20 people: the negative lower limit is set to 0
    public void Dobson_ScotPho_ReproducesCalculateEasr(string area)
    {
        var expected = Output(area);
        foreach (var convention in new[] { PublicationConvention.ScotPho, PublicationConvention.ScotPhoZeroFilled })
        {
            var result = DirectlyStandardisedRate.Dobson(Bands(area, "all"), StandardPopulation.European2013, 0.95, 100_000, convention);
            Assert.Equal(expected.Double("numerator"), result.Numerator);
            Close.Relative(expected.Double("rate"), result.Value, Tolerance, $"{area} {convention} rate");
            AssertLimit(expected.Double("lowci"), result.Lower, $"{area} {convention} lower");
            Close.Relative(expected.Double("upci"), result.Upper, Tolerance, $"{area} {convention} upper");
        }
    }

    [Fact]
    public void Dobson_ZeroEventsWithEmptyBands_ZeroFilledIsWhatScotPhoPublishes()
    {
        // Area C: no events anywhere and two bands with population 0. ScotPHO's 0·(1 − 1/0 …)³ and √(0/0) are NaN and
        // its last step fills them with 0: rate 0, lower 0, upper 0.
        var expected = Output("C");
        var filled = DirectlyStandardisedRate.Dobson(Bands("C", "all"), null, 0.95, 100_000, PublicationConvention.ScotPhoZeroFilled);
        Assert.Equal((expected.Double("rate"), expected.Double("lowci"), expected.Double("upci")), (filled.Value, filled.Lower, filled.Upper));
        Assert.Equal((0.0, 0.0, 0.0), (filled.Value, filled.Lower, filled.Upper));
        Assert.Equal("0 events: the EASR and its limits are written as 0, as ScotPHO publishes them; the limits are really undefined.",
            Assert.Single(filled.Warnings));

        var plain = DirectlyStandardisedRate.Dobson(Bands("C", "all"), null, 0.95, 100_000, PublicationConvention.ScotPho);
        Assert.Equal(0.0, plain.Value);
        Assert.True(double.IsNaN(plain.Lower) && double.IsNaN(plain.Upper));
    }

    [Fact]
    public void ScotPhoEasrPersons_WithAnEmptyFemaleBand_ReproducesCalculateEasr()
    {
        // Males and females of one area, the females' 90+ band empty (population 0, no events); epop_total = 200,000.
        var expected = Output("persons");
        var result = DirectlyStandardisedRate.ScotPhoEasrPersons(Bands("persons", "male"), Bands("persons", "female"));
        Assert.Equal(expected.Double("numerator"), result.Numerator);
        Close.Relative(expected.Double("rate"), result.Value, Tolerance, "persons rate");
        Close.Relative(expected.Double("lowci"), result.Lower, Tolerance, "persons lower");
        Close.Relative(expected.Double("upci"), result.Upper, Tolerance, "persons upper");
    }

    [Fact]
    public void Dobson_EmptyBandAllowedUnderScotPhoOnly()
    {
        // PHEindicatormethods' calculate_dsr stops on any population ≤ 0; ScotPHO's calculate_easr counts a 0/0 band as 0.
        var phe = Assert.Throws<ArgumentException>(() => DirectlyStandardisedRate.Dobson(Bands("B", "all")));
        Assert.StartsWith("counts, band \"85-89\": population = 0 is not valid; it must be a finite number > 0.", phe.Message);
    }

    [Fact]
    public void Dobson_ScotPhoEventsInABandWithoutPopulation_ErrorSaysScotPhoWouldDropThem()
    {
        var counts = Bands("A", "all").Select(c => c.Band == "90+" ? c with { Numerator = 2, Denominator = 0 } : c);
        var error = Assert.Throws<ArgumentException>(() =>
            DirectlyStandardisedRate.Dobson(counts, null, 0.95, 100_000, PublicationConvention.ScotPho));
        Assert.StartsWith("counts, band \"90+\": 2 events but population 0, so the band has no rate. ScotPHO's calculate_easr " +
                          "would drop these events from the rate while counting them in the total; check the population " +
                          "lookup for this band.", error.Message);
    }

    [Fact]
    public void Dobson_ScotPhoNegativePopulation_ErrorSaysZeroOnlyWithoutEvents()
    {
        var counts = Bands("A", "all").Select(c => c.Band == "0-4" ? c with { Denominator = -1 } : c);
        var error = Assert.Throws<ArgumentException>(() =>
            DirectlyStandardisedRate.Dobson(counts, null, 0.95, 100_000, PublicationConvention.ScotPho));
        Assert.StartsWith("counts, band \"0-4\": population = -1 is not valid; it must be a finite number ≥ 0 (0 only for a " +
                          "band with no events).", error.Message);
    }

    [Fact]
    public void ScotPhoEasrPersons_PheConvention_IsRefused()
    {
        var error = Assert.Throws<ArgumentException>(() => DirectlyStandardisedRate.ScotPhoEasrPersons(
            Bands("persons", "male"), Bands("persons", "female"), convention: PublicationConvention.Phe));
        Assert.StartsWith("convention = Phe is not valid here: ScotPHO's persons EASR is defined under ScotPho or ScotPhoZeroFilled.",
            error.Message);
    }

    [Fact]
    public void CrudeRate_ScotPhoZeroFilled_IsScotPhoBecauseCalculateCrudeRateDoesNotFill()
    {
        // calculate_crude_rate: lowci = 0·(1 − 1/0 − 1.96/0)³ = NaN; case_when(NaN < 0 ~ 0, TRUE ~ lowci) keeps NaN.
        var filled = CrudeRate.Calculate(0, 1000, 0.95, 1000, PublicationConvention.ScotPhoZeroFilled);
        var plain = CrudeRate.Calculate(0, 1000, 0.95, 1000, PublicationConvention.ScotPho);
        Assert.True(double.IsNaN(filled.Lower));
        Assert.Equal(plain.Upper, filled.Upper);
        Assert.Equal(IndicatorMethod.ScotPhoByar, filled.Method);
    }

    private static ReferenceRow Output(string area) => Read("scotpho_easr_output.csv").Rows.Single(r => r.Text("area") == area);

    private static List<AgeBandCount> Bands(string area, string sex) =>
        Read("scotpho_easr_input.csv").Rows
            .Where(r => r.Text("area") == area && r.Text("sex") == sex)
            .Select(r => new AgeBandCount(StandardPopulation.European2013.Bands[(int)r.Double("age_grp") - 1], r.Double("numerator"),
                r.Double("denominator")))
            .ToList();

    private static void AssertLimit(double expected, double actual, string what)
    {
        if (expected == 0)
        {
            Assert.True(actual == 0, $"{what}: expected 0, got {actual:R}");
            return;
        }

        Close.Relative(expected, actual, Tolerance, what);
    }
}
