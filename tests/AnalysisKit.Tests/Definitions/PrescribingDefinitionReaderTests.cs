using AnalysisKit.Definitions;
using AnalysisKit.Indicators;
using AnalysisKit.Testing;

namespace AnalysisKit.Tests.Definitions;

/// <summary>
/// Prescribing measures as data: the Scottish starter set and the sample briefing's $.prescribing read; each mistake in
/// a measure file is refused with the file, JSON path, value and what is allowed (asserted as text); the indicator
/// format refuses what only measures may use.
/// </summary>
public sealed class PrescribingDefinitionReaderTests : IDisposable
{
    private const string Data =
        "GPPractice,BNFItemCode,NumberOfPaidItems,PaidQuantity,GrossIngredientCost,PaidDateMonth\n10002,0501013B0AAABAB,40,600,54.00,202507\n";

    private const string Antibacterials =
        "{ \"name\": \"abx\", \"label\": \"Antibacterial items\", \"numerator\": { \"sum\": \"NumberOfPaidItems\", \"where\": { \"BNFItemCode\": { \"prefix\": \"0501\" } } }, " +
        "\"denominator\": { \"population\": \"list-size\" }, \"method\": \"ratio\", \"multiplier\": 1000, \"unit\": \"per 1,000\", \"polarity\": \"lower-is-better\" }";

    private readonly string folder = Directory.CreateTempSubdirectory("akit-measures-").FullName;

    public PrescribingDefinitionReaderTests() => File.WriteAllText(Path.Combine(folder, "pitc.csv"), Data);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Write(string measures, string name = "measures.json")
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, "{ \"data\": { \"file\": \"pitc.csv\", \"practice\": \"GPPractice\", \"month\": \"PaidDateMonth\" }, \"measures\": [" + measures + "] }");
        return path;
    }

    private string Refused(string measures)
    {
        var path = Write(measures);
        var error = Assert.Throws<DefinitionException>(() => MeasureFile.Load(path));
        return error.Message.Replace(path, "measures.json", StringComparison.Ordinal);
    }

    private static string Measure(string replace, string with) => Antibacterials.Replace(replace, with, StringComparison.Ordinal);

    [Fact]
    public void Load_StarterSet_SixMeasuresOnTheBnfSampleWithRationaleAndSource()
    {
        var file = MeasureFile.Load(RepoPaths.InRepo("data-samples/prescribing-measures.json"));

        Assert.Equal(["antibacterial-items", "antibacterial-items-star-pu", "broad-spectrum-share", "high-dose-opioids-share", "gabapentinoid-items", "lidocaine-plasters-cost"],
            file.Measures.Select(m => m.Name));
        Assert.All(file.Measures, m =>
        {
            Assert.Equal(RepoPaths.InRepo("data-samples/extracts/prescribing-bnf-monthly.csv"), m.Indicator.File);
            Assert.Equal(("GPPractice", "PaidDateMonth", MeasureMethod.Ratio, Polarity.LowerIsBetter), (m.Indicator.Practice, m.Indicator.Month, m.Indicator.Method, m.Indicator.Polarity));
            Assert.False(string.IsNullOrWhiteSpace(m.Rationale));
            Assert.Contains("OpenPrescribing", m.Source, StringComparison.Ordinal);
        });
        var lidocaine = file["lidocaine-plasters-cost"];
        Assert.Equal(new SavingsDefinition(SavingsMethod.ListSize, null), lidocaine.Savings);
        Assert.Equal((ValueKind.Amount, "NumberOfPaidItems"), (lidocaine.Indicator.Numerator.Values, lidocaine.Indicator.Numerator.Count));
        Assert.Equal(["1502010J0%EL"], lidocaine.Indicator.Numerator.Filters.Single().LikePatterns);
        Assert.Equal(new DenominatorDefinition(DenominatorKind.StarPu, Weights: "oral-antibacterial-items-2013"), file["antibacterial-items-star-pu"].Indicator.Denominator);
        Assert.True(file["broad-spectrum-share"].IsShare);
        Assert.Equal((49, 124), (file["high-dose-opioids-share"].Indicator.Numerator.Filters.Single().Codes.Count, file["high-dose-opioids-share"].Indicator.Denominator.Expression!.Filters.Single().Codes.Count));
    }

    [Fact]
    public void Read_SampleBriefing_ShowsTwoMeasuresWithSavingsAtThe10thPercentile()
    {
        var definition = BriefingDefinition.Load(RepoPaths.InRepo("data-samples/briefing.json"));

        var prescribing = definition.Prescribing!;
        Assert.Equal(["antibacterial-items", "lidocaine-plasters-cost"], prescribing.Show.Select(m => m.Name));
        Assert.Equal(10, prescribing.SavingsPercentile);
        Assert.Equal(6, prescribing.Measures.Measures.Count);
    }

    [Fact]
    public void Load_MeasureOwnFileAndColumns_OverrideTheData()
    {
        File.WriteAllText(Path.Combine(folder, "other.csv"), "Practice,Code,Items,Month\n10002,0501,3,2025-07\n");
        var path = Write(Measure("\"name\": \"abx\"", "\"name\": \"abx\", \"file\": \"other.csv\", \"practice\": \"Practice\", \"month\": \"Month\"")
            .Replace("NumberOfPaidItems", "Items", StringComparison.Ordinal).Replace("BNFItemCode", "Code", StringComparison.Ordinal));

        var measure = MeasureFile.Load(path).Measures.Single();
        Assert.Equal((Path.Combine(folder, "other.csv"), "Practice", "Month"), (measure.Indicator.File, measure.Indicator.Practice, measure.Indicator.Month));
    }

    [Fact]
    public void Load_AmountWithoutItsItems_IsRefusedSayingWhy()
    {
        var message = Refused(Measure("{ \"sum\": \"NumberOfPaidItems\",", "{ \"sum\": \"GrossIngredientCost\", \"values\": \"amount\","));
        Assert.Equal("measures.json: $.measures[0].numerator.count: missing; expected the column counting the same rows' items (e.g. \"count\": \"NumberOfPaidItems\"), which disclosure control protects: a cost or quantity over a few items describes those few prescriptions.", message);
        Assert.Equal(DefinitionMessages.AmountNeedsCount("measures.json", "$.measures[0].numerator.count"), message);
    }

    [Fact]
    public void Load_CountBesideCounts_IsRefused()
    {
        var message = Refused(Measure("{ \"sum\": \"NumberOfPaidItems\",", "{ \"sum\": \"NumberOfPaidItems\", \"count\": \"NumberOfPaidItems\","));
        Assert.StartsWith("measures.json: $.measures[0].numerator.count: ", message, StringComparison.Ordinal);
        Assert.EndsWith("expected no \"count\" beside counts: the summed columns are the count (\"count\" names the items behind an amount, with \"values\": \"amount\").", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MeasureWithoutAMonth_IsRefused()
    {
        var path = Path.Combine(folder, "measures.json");
        File.WriteAllText(path, "{ \"data\": { \"file\": \"pitc.csv\", \"practice\": \"GPPractice\" }, \"measures\": [" + Antibacterials + "] }");
        var message = Assert.Throws<DefinitionException>(() => MeasureFile.Load(path)).Message.Replace(path, "measures.json", StringComparison.Ordinal);
        Assert.Equal("measures.json: $.measures[0].month: missing; expected the month column of the extract (yyyyMM, yyyy-MM or yyyy-MM-dd): measures are computed month by month, as OpenPrescribing's are.", message);
    }

    [Fact]
    public void Load_StandardisedMethod_IsRefusedListingTheMeasureMethods()
    {
        var message = Refused(Measure("\"method\": \"ratio\"", "\"method\": \"isr\""));
        Assert.Equal("measures.json: $.measures[0].method: \"isr\" is not a measure's method; expected ratio (OpenPrescribing's numerator / denominator × multiplier), crude-rate or proportion-wilson.", message);
    }

    [Fact]
    public void Load_SavingsWhereHigherIsBetter_IsRefused()
    {
        var message = Refused(Measure("\"polarity\": \"lower-is-better\" }", "\"polarity\": \"higher-is-better\", \"savings\": { \"method\": \"list-size\" } }"));
        Assert.Equal("measures.json: $.measures[0].savings: savings \"list-size\" need a measure where lower is better (\"polarity\": \"lower-is-better\"): the saving is the cost of prescribing at a low percentile.", message);
    }

    [Fact]
    public void Load_ListSizeSavingsOnItems_IsRefusedAskingForACost()
    {
        var message = Refused(Measure("\"polarity\": \"lower-is-better\" }", "\"polarity\": \"lower-is-better\", \"savings\": { \"method\": \"list-size\" } }"));
        Assert.Equal("measures.json: $.measures[0].savings: savings \"list-size\" need a numerator that is a cost (\"values\": \"amount\") over a population (list size, patient-years, STAR-PUs or a population column).", message);
    }

    [Fact]
    public void Load_PercentageSavingsWithoutCost_IsRefused()
    {
        var share = Measure("\"denominator\": { \"population\": \"list-size\" }", "\"denominator\": { \"sum\": \"NumberOfPaidItems\", \"where\": { \"BNFItemCode\": { \"prefix\": \"05\" } } }")
            .Replace("\"polarity\": \"lower-is-better\" }", "\"polarity\": \"lower-is-better\", \"savings\": { \"method\": \"percentage\" } }", StringComparison.Ordinal);
        Assert.Equal("measures.json: $.measures[0].savings.cost: missing; expected the cost column summed over the numerator's and the denominator's rows, e.g. \"GrossIngredientCost\".", Refused(share));
    }

    [Fact]
    public void Load_StarPuWithoutWeights_IsRefusedListingThem()
    {
        var message = Refused(Measure("{ \"population\": \"list-size\" }", "{ \"population\": \"star-pu\" }"));
        Assert.Equal("measures.json: $.measures[0].denominator.weights: missing; expected the STAR-PU weights, one of oral-antibacterial-items-2013.", message);
    }

    [Fact]
    public void Load_UnknownMeasureProperty_ListsTheMeasuresProperties()
    {
        var message = Refused(Measure("\"method\": \"ratio\"", "\"method\": \"ratio\", \"rationnale\": \"x\""));
        Assert.StartsWith("measures.json: $.measures[0].rationnale: unknown property 'rationnale'; expected one of name, label, file,", message, StringComparison.Ordinal);
        Assert.EndsWith("description, rationale, source, openPrescribing, savings, decimals.", message, StringComparison.Ordinal);
    }

    [Fact]
    public void MeasureFile_UnknownName_ListsTheMeasures()
    {
        var file = MeasureFile.Load(Write(Antibacterials));
        var e = Assert.Throws<ArgumentException>(() => file["statins"]);
        Assert.StartsWith(file.SourceFile + ": no measure \"statins\"; expected one of abx.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BriefingIndicatorWithRatio_IsRefusedPointingToPrescribing()
    {
        using var definitions = new DefinitionFolder();
        var json = DefinitionFolder.Definition(DefinitionFolder.Hypertension.Replace("\"method\": \"proportion-wilson\"", "\"method\": \"ratio\"", StringComparison.Ordinal));
        var path = definitions.Write(json);
        var message = Assert.Throws<DefinitionException>(() => BriefingDefinitionReader.Read(path)).Message.Replace(path, "briefing.json", StringComparison.Ordinal);
        Assert.Equal("briefing.json: $.indicators[0].method: method \"ratio\" has no interval, so a briefing indicator cannot be compared with it; expected one of crude-rate, proportion-wilson, dsr-esp2013, isr here, or put the measure in the prescribing measures ($.prescribing).", message);
    }

    [Fact]
    public void Read_BriefingIndicatorPerStarPu_IsRefusedPointingToPrescribing()
    {
        using var definitions = new DefinitionFolder();
        var json = DefinitionFolder.Definition(DefinitionFolder.Hypertension
            .Replace("\"denominator\": \"pop\"", "\"denominator\": { \"population\": \"star-pu\", \"weights\": \"oral-antibacterial-items-2013\" }", StringComparison.Ordinal)
            .Replace("\"method\": \"proportion-wilson\"", "\"method\": \"crude-rate\"", StringComparison.Ordinal));
        var path = definitions.Write(json);
        var message = Assert.Throws<DefinitionException>(() => BriefingDefinitionReader.Read(path)).Message.Replace(path, "briefing.json", StringComparison.Ordinal);
        Assert.Equal("briefing.json: $.indicators[0].denominator: STAR-PU denominators are for prescribing measures ($.prescribing); expected a briefing indicator's denominator: " + DefinitionMessages.DenominatorForms + ".", message);
    }

    [Fact]
    public void Load_MissingMeasureFile_SaysWhichFile()
    {
        var path = Path.Combine(folder, "absent.json");
        var e = Assert.Throws<DefinitionException>(() => MeasureFile.Load(path));
        Assert.Equal($"The measure file '{path}' does not exist.", e.Message);
    }

    [Fact]
    public void Read_BriefingShowingAnUnknownMeasure_IsRefusedListingTheMeasures()
    {
        using var definitions = new DefinitionFolder();
        File.Copy(Write(Antibacterials), Path.Combine(definitions.Path, "measures.json"));
        File.Copy(Path.Combine(folder, "pitc.csv"), Path.Combine(definitions.Path, "pitc.csv"));
        var json = DefinitionFolder.Definition(top: "\"prescribing\": { \"measures\": \"measures.json\", \"show\": [\"abx\", \"opioids\"] },");
        var path = definitions.Write(json);
        var message = Assert.Throws<DefinitionException>(() => BriefingDefinitionReader.Read(path)).Message.Replace(path, "briefing.json", StringComparison.Ordinal);
        Assert.Equal("briefing.json: $.prescribing.show[1]: \"opioids\" is not an indicator; expected one of abx.", message);
    }

    [Theory]
    [InlineData("1502010J0BSAAEL", true)]
    [InlineData("1502010J0AAFJEL", true)]
    [InlineData("1502010J0BDAABQ", false)]
    [InlineData("1502010J0EL", true)]
    [InlineData("0502010J0BSAAEL", false)]
    public void ColumnFilter_LikePattern_MatchesAsSqlLike(string code, bool passes) =>
        Assert.Equal(passes, new ColumnFilter("BNFItemCode", [], [], [], ["1502010J0%EL"]).Passes(code));

    [Fact]
    public void ColumnFilter_UnderscoreMatchesOneCharacter() =>
        Assert.Equal([true, false], new[] { "0501A", "0501AB" }.Select(c => new ColumnFilter("c", [], [], [], ["0501_"]).Passes(c)));
}
