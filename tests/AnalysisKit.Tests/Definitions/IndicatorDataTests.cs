using AnalysisKit.Briefings;
using AnalysisKit.Definitions;
using AnalysisKit.Extracts;
using AnalysisKit.Geography;
using AnalysisKit.Indicators;
using AnalysisKit.Testing;

namespace AnalysisKit.Tests.Definitions;

/// <summary>
/// An indicator's data as its definition reads it: sums over BNF-style prefix filters with exclusions, counted
/// denominators, a publication's own markers, populations from the geography, duplicates, bad values (file, row,
/// column, value), and the standardised methods by band — each checked against numbers worked by hand.
/// </summary>
public sealed class IndicatorDataTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("akit-indicator-data-").FullName;

    private static readonly PeriodDefinition JanFeb2024 = PeriodDefinition.Months(new DateOnly(2024, 1, 1), new DateOnly(2024, 2, 1));

    private static readonly PeriodDefinition Annual = new(null, null, "2014/15", new DateOnly(2015, 3, 31));

    /// <summary>List sizes 6,000 (10002) and 3,000 (10017) on every date.</summary>
    private static readonly PopulationSource ListSizes = new((_, _) => null, (code, _) => code == "10002" ? 6000 : code == "10017" ? 3000 : null, null);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static IndicatorDefinition Indicator(string file, CountExpression numerator, DenominatorDefinition denominator, MeasureMethod method = MeasureMethod.CrudeRate,
        string practice = "GPPractice", string? month = "PaidDateMonth", IReadOnlyDictionary<string, MissingReason>? markers = null, string? ageBand = null, string? sex = null) =>
        new("test", "Test", file, null, null, practice, month, numerator, denominator, method, 1000, "per 1,000", Polarity.NoJudgement,
            markers ?? new Dictionary<string, MissingReason>(), ageBand, sex, "$.indicators[0]");

    private const string Prescribing =
        "HBT,GPPractice,BNFItemCode,BNFItemDescription,NumberOfPaidItems,PaidQuantity,GrossIngredientCost,PaidDateMonth\n" +
        "S08000030,10002,0501013B0AAABAB,AMOXICILLIN 500MG CAPS,10,210,12.5,202401\n" +
        "S08000030,10002,0501015P0AAABAB,CO-AMOXICLAV 500/125,5,105,20.1,202401\n" +
        "S08000030,10002,0403030E0AAAAAA,FLUOXETINE 20MG CAPS,7,196,3.2,202401\n" +
        "S08000030,10002,0501013B0AAABAB,AMOXICILLIN 500MG CAPS,3,63,3.7,202402\n" +
        "S08000030,10017,0403030E0AAAAAA,FLUOXETINE 20MG CAPS,4,112,1.8,202401\n" +
        "S08000030,10017,0501013B0AAABAB,AMOXICILLIN 500MG CAPS,8,168,9.9,202312\n" +
        "S08000030,10017,0501013B0AAABAB,AMOXICILLIN 500MG CAPS,6,126,7.4,202403\n";

    [Fact]
    public void Load_PrefixFilterWithExclusion_SumsEachPracticeMonthAndCountsNoMatchingRowAsZero()
    {
        // Antibacterials (BNF 5.1, prefix 0501) without co-amoxiclav (0501015): 10002 January 10 (not 5, not 7), February 3;
        // 10017 has rows in January but none in 5.1: 0 items (a real zero); its December 2023 row is kept for the trend,
        // its March 2024 row is after the period and left out. List size per month = list size / 2 months (average).
        var file = Write("pitc.csv", Prescribing);
        var numerator = new CountExpression(["NumberOfPaidItems"], [new ColumnFilter("BNFItemCode", ["0501"], [], ["0501015"])]);
        var data = IndicatorData.Load(Indicator(file, numerator, new DenominatorDefinition(DenominatorKind.ListSize)), JanFeb2024, ListSizes, new DateOnly(2024, 2, 29));

        Assert.Equal(
            [("10002", new DateOnly(2024, 1, 1), 10L, 3000.0), ("10002", new DateOnly(2024, 2, 1), 3L, 3000.0), ("10017", new DateOnly(2023, 12, 1), 8L, 1500.0), ("10017", new DateOnly(2024, 1, 1), 0L, 1500.0)],
            data.Values.Select(v => (v.PracticeCode, v.Month!.Value, v.Numerator!.Value, v.Denominator!.Value)));
        Assert.Equal(3, data.Values.Count(v => IndicatorData.InPeriod(v, JanFeb2024)));
    }

    [Fact]
    public void Load_CountedDenominator_ItemsOfTheSectionSummedLikeTheNumerator()
    {
        // Co-amoxiclav as a share of all 5.1 items: 10002 January 5 of 15, February 0 of 3.
        var file = Write("pitc.csv", Prescribing);
        var numerator = new CountExpression(["NumberOfPaidItems"], [new ColumnFilter("BNFItemCode", [], ["0501015P0AAABAB"], [])]);
        var denominator = new DenominatorDefinition(DenominatorKind.Counted, Expression: new CountExpression(["NumberOfPaidItems"], [new ColumnFilter("BNFItemCode", ["0501"], [], [])]));
        var data = IndicatorData.Load(Indicator(file, numerator, denominator, MeasureMethod.WilsonProportion), JanFeb2024, ListSizes, new DateOnly(2024, 2, 29));

        var practice = data.Values.Where(v => v.PracticeCode == "10002").Select(v => (v.Numerator!.Value, v.Denominator!.Value, v.Counted)).ToList();
        Assert.Equal([(5L, 15.0, true), (0L, 3.0, true)], practice);
    }

    [Fact]
    public void Load_PublicationMarkerDash_SuppressedNotNotApplicable()
    {
        // ISD 2014/15 writes "-" for a suppressed register; the standard markers read "-" as not applicable.
        var file = Write("qof.csv", "practice,pop,pcreg\n80626,6013,-\n80927,4897,12\n");
        var numerator = new CountExpression(["pcreg"], []);
        var pop = new DenominatorDefinition(DenominatorKind.Column, "pop");
        var own = IndicatorData.Load(Indicator(file, numerator, pop, MeasureMethod.WilsonProportion, "practice", null, new Dictionary<string, MissingReason> { ["-"] = MissingReason.Suppressed }),
            Annual, ListSizes, Annual.End);
        var standard = IndicatorData.Load(Indicator(file, numerator, pop, MeasureMethod.WilsonProportion, "practice", null), Annual, ListSizes, Annual.End);

        Assert.Equal([(null, MissingReason.Suppressed, 6013.0), (12L, MissingReason.Present, 4897.0)], own.Values.Select(v => (v.Numerator, v.NumeratorReason, v.Denominator!.Value)));
        Assert.Equal(MissingReason.NotApplicable, standard.Values[0].NumeratorReason);
        Assert.False(own.Values[0].Usable);
    }

    [Fact]
    public void Load_PracticeTwiceInAnAnnualFile_BothRowsLeftOutAndListed()
    {
        // As ISD's 2014/15 prevalence Data sheet lists 90031 twice with different values.
        var file = Write("qof.csv", "practice,pop,hypreg\n90031,2000,300\n90187,1500,200\n90031,2100,310\n");
        var data = IndicatorData.Load(Indicator(file, new CountExpression(["hypreg"], []), new DenominatorDefinition(DenominatorKind.Column, "pop"), MeasureMethod.WilsonProportion, "practice", null),
            Annual, ListSizes, Annual.End);

        Assert.Equal(["90187"], data.Values.Select(v => v.PracticeCode));
        Assert.Equal([("90031", 2L, 4L)], data.Duplicates);
    }

    [Fact]
    public void Check_EventsBesideAZeroDenominator_NamesFileRowColumnAndValue()
    {
        var file = Write("qof.csv", "practice,pop,hypreg\n10002,0,3\n");
        var definition = Indicator(file, new CountExpression(["hypreg"], []), new DenominatorDefinition(DenominatorKind.Column, "pop"), MeasureMethod.CrudeRate, "practice", null);
        var value = IndicatorData.Load(definition, Annual, ListSizes, Annual.End).Values.Single();

        var error = Assert.Throws<IndicatorDataException>(() => IndicatorData.Check(definition, value));
        Assert.Equal("qof.csv: row 2, column pop: practice 10002 has a denominator of 0 beside a numerator of 3; expected a denominator > 0 wherever there are events.", error.Message);
        Assert.Equal((2L, "pop", "0"), (error.Row, error.Column, error.Value));
    }

    [Fact]
    public void Check_ProportionAboveOne_NamesFileRowAndColumn()
    {
        var file = Write("qof.csv", "practice,pop,hypreg\n10002,5,3\n10017,100,120\n");
        var definition = Indicator(file, new CountExpression(["hypreg"], []), new DenominatorDefinition(DenominatorKind.Column, "pop"), MeasureMethod.WilsonProportion, "practice", null);
        var value = IndicatorData.Load(definition, Annual, ListSizes, Annual.End).Values.Single(v => v.PracticeCode == "10017");

        var error = Assert.Throws<IndicatorDataException>(() => IndicatorData.Check(definition, value));
        Assert.Equal("qof.csv: row 3, column hypreg: practice 10017 has a numerator of 120 above its denominator 100; expected a proportion (numerator ≤ denominator).", error.Message);
    }

    [Fact]
    public void Load_PopulationColumnDiffersWithinAPracticeMonth_NamesBothRows()
    {
        var file = Write("pitc.csv", "GPPractice,PaidDateMonth,BNFItemCode,NumberOfPaidItems,ListSize\n10002,202401,0501,3,6000\n10002,202401,0502,4,6100\n");
        var definition = Indicator(file, new CountExpression(["NumberOfPaidItems"], []), new DenominatorDefinition(DenominatorKind.PatientYearsColumn, "ListSize"));

        var error = Assert.Throws<IndicatorDataException>(() => IndicatorData.Load(definition, JanFeb2024, ListSizes, new DateOnly(2024, 2, 29)));
        Assert.Equal("pitc.csv: row 3, column ListSize: practice 10002 has population 6100 but row 2 gave 6000 for the same period; expected one population per practice and period.", error.Message);
    }

    [Fact]
    public void Load_UnknownAgeBand_NamesFileRowColumnAndTheBands()
    {
        var file = Write("bands.csv", "practice,AgeBand,events\n10002,45-50,3\n");
        var definition = Indicator(file, new CountExpression(["events"], []), new DenominatorDefinition(DenominatorKind.AgeSex), MeasureMethod.DsrEsp2013, "practice", null, ageBand: "AgeBand");
        var populations = new PopulationSource((_, _) => null, (_, _) => null, AgeBandSet.Esp2013);

        var error = Assert.Throws<IndicatorDataException>(() => IndicatorData.Load(definition, Annual, populations, Annual.End));
        Assert.StartsWith("bands.csv: row 2, column AgeBand: \"45-50\" is not an age band of the practice populations; expected one of 0-4, 5-9,", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Measure_DsrFromBandRows_EqualsTheWeightedSumWorkedByHand()
    {
        // Two practices, events in three bands; populations 100 per sex per band (200 persons) for 10002 and 50 per
        // sex (100) for 10017. The area's DSR per 100,000 = Σ (x_i / n_i) w_i / Σ w × 100,000 with ESP2013 weights
        // (45-49: 7,000; 65-69: 5,500; 85-89: 1,500; Σ w = 100,000); the other bands have no events.
        var file = Write("bands.csv", "practice,AgeBand,events\n10002,45-49,4\n10002,65-69,10\n10017,65-69,6\n10017,85-89,5\n");
        var definition = Indicator(file, new CountExpression(["events"], []), new DenominatorDefinition(DenominatorKind.AgeSex), MeasureMethod.DsrEsp2013, "practice", null, ageBand: "AgeBand")
            with { Multiplier = 100_000 };
        PracticePopulation Population(string code) => new(code, Annual.End, AgeBandSet.Esp2013,
            Enumerable.Repeat(code == "10002" ? 100 : 50, 19).ToArray(), Enumerable.Repeat(code == "10002" ? 100 : 50, 19).ToArray());
        var populations = new PopulationSource((code, _) => Population(code), (code, _) => Population(code).Total, AgeBandSet.Esp2013);
        var data = IndicatorData.Load(definition, Annual, populations, Annual.End);

        var sum = new UnitSum();
        foreach (var value in data.Values)
        {
            sum.Add(value);
        }

        // Band populations summed: 300 in every band. Events: 45-49 4, 65-69 16, 85-89 5.
        var byHand = ((4.0 / 300 * 7000) + (16.0 / 300 * 5500) + (5.0 / 300 * 1500)) / 100_000 * 100_000;
        var result = new IndicatorSums(data.Definition).Measure(sum);
        Close.Relative(byHand, result.Value, 1e-12, "DSR");
        Assert.Equal((25.0, 300.0 * 19), (result.Numerator, sum.Denominator));
    }
}
