using AnalysisKit.Definitions;
using AnalysisKit.Extracts;
using AnalysisKit.Tests.Definitions;

namespace AnalysisKit.Tests.Extracts;

/// <summary>
/// PHS's two prescribing schemas, told apart by header, and one series read across the change: a definition with
/// <c>"practice": ["GPPractice", "PrescriberLocation"]</c> over a file in each, summed by hand.
/// </summary>
public sealed class PhsPrescribingTests : IDisposable
{
    /// <summary>Prescriptions in the Community, December 2023 (column names as PHS publishes them).</summary>
    public const string Pitc =
        "HBT,GPPractice,BNFItemCode,BNFItemDescription,NumberOfPaidItems,PaidQuantity,GrossIngredientCost,PaidDateMonth\n" +
        "S08000030,10002,0501013B0AAABAB,AMOXICILLIN 500MG CAPS,10,210,12.5,202312\n" +
        "S08000030,10002,0501015P0AAABAB,CO-AMOXICLAV 500/125,5,105,20.1,202312\n" +
        "S08000030,10002,0403030E0AAAAAA,FLUOXETINE 20MG CAPS,7,196,3.2,202312\n";

    /// <summary>Prescribed and dispensed, January 2024: a GP practice and a dental prescriber.</summary>
    public const string PrescribedDispensed =
        "HBT,PrescriberLocation,PrescriberLocationType,DispenserLocation,DispenserLocationType,BNFItemCode,BNFItemDescription,NumberOfPaidItems,PaidQuantity,GrossIngredientCost,PaidDateMonth\n" +
        "S08000030,10002,GP PRACTICE,1234,COMMUNITY PHARMACY,0501013B0AAABAB,AMOXICILLIN 500MG CAPS,4,84,5.0,202401\n" +
        "S08000030,10002,GP PRACTICE,1299,COMMUNITY PHARMACY,0501013B0AAABAB,AMOXICILLIN 500MG CAPS,2,42,2.5,202401\n" +
        "S08000030,D1234,DENTAL,1234,COMMUNITY PHARMACY,0501013B0AAABAB,AMOXICILLIN 500MG CAPS,9,189,11.2,202401\n";

    private readonly string folder = Directory.CreateTempSubdirectory("akit-prescribing-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Load_EachSchema_ToldFromItsHeader()
    {
        var old = PhsPrescribing.Load(Write("pitc202312.csv", Pitc));
        var successor = PhsPrescribing.Load(Write("prescribed-dispensed-202401.csv", PrescribedDispensed));

        Assert.Equal(("PHS Prescriptions in the Community", "GPPractice", 3L), (old.Schema.Name, old.Schema.Practice, old.Data.Rows.Count));
        Assert.Equal(("PHS prescribed and dispensed", "PrescriberLocation"), (successor.Schema.Name, successor.Schema.Practice));
        Assert.Equal(new DateTime(2024, 1, 1), successor.Data.Columns["PaidDateMonth"][0]);
        Assert.Equal(20.1, old.Data.Columns["GrossIngredientCost"][1]);
    }

    [Fact]
    public void Load_NeitherSchema_NamesTheFileAndItsHeader()
    {
        var error = Assert.Throws<ExtractLoadException>(() => PhsPrescribing.Load(Write("other.csv", "Practice,Items\n10002,3\n")));
        Assert.Equal("other.csv is not a PHS prescribing file: its header has neither GPPractice (Prescriptions in the Community) nor PrescriberLocation (prescribed and dispensed); the header has 'Practice', 'Items'.", error.Message);
    }

    [Fact]
    public void Definition_OneSeriesAcrossBothSchemas_SummedPerPracticeMonthByHand()
    {
        using var definitionFolder = new DefinitionFolder();
        var old = Write("pitc202312.csv", Pitc).Replace("\\", "/", StringComparison.Ordinal);
        var successor = Write("prescribed-dispensed-202401.csv", PrescribedDispensed).Replace("\\", "/", StringComparison.Ordinal);
        var json = DefinitionFolder.Definition(
            $"\"name\": \"antibacterials\", \"label\": \"Antibacterial items\", \"file\": [\"{old}\", \"{successor}\"], \"practice\": [\"GPPractice\", \"PrescriberLocation\"], \"month\": \"PaidDateMonth\", " +
            "\"numerator\": { \"sum\": \"NumberOfPaidItems\", \"where\": { \"BNFItemCode\": { \"prefix\": [\"0501\"], \"exclude\": [\"0501015\"] } } }, " +
            "\"denominator\": { \"population\": \"patient-years\" }, \"method\": \"crude-rate\", \"multiplier\": 1000, \"unit\": \"per 1,000 patient-years\", \"polarity\": \"lower-is-better\"")
            .Replace("\"headline\": \"hypertension\"", "\"headline\": \"antibacterials\"", StringComparison.Ordinal)
            .Replace("\"period\": { \"label\": \"2025\", \"end\": \"2025-12-31\" }", "\"period\": { \"from\": \"2023-12\", \"to\": \"2024-01\" }", StringComparison.Ordinal);
        var indicator = BriefingDefinitionReader.Read(definitionFolder.Write(json)).Indicators.Single();
        var period = PeriodDefinition.Months(new DateOnly(2023, 12, 1), new DateOnly(2024, 1, 1));
        var sizes = new PopulationSource((_, _) => null, (code, _) => code == "10002" ? 6000 : null, null);

        var data = IndicatorData.Load(indicator, period, sizes, period.End);

        // December 2023 (old schema): amoxicillin 10, not co-amoxiclav, not fluoxetine. January 2024 (new schema): 4 + 2
        // from two dispensers; the dental prescriber D1234 has its own row (not a practice: the lookup will not know it).
        Assert.Equal([("10002", new DateOnly(2023, 12, 1), 10L, 500.0), ("10002", new DateOnly(2024, 1, 1), 6L, 500.0), ("D1234", new DateOnly(2024, 1, 1), 9L, double.NaN)],
            data.Values.Select(v => (v.PracticeCode, v.Month!.Value, v.Numerator!.Value, v.Denominator ?? double.NaN)));
        Assert.Equal(["pitc202312.csv", "prescribed-dispensed-202401.csv", "prescribed-dispensed-202401.csv"], data.Values.Select(v => Path.GetFileName(v.SourceFile)));
    }

    [Fact]
    public void Definition_SameMonthInBothFiles_RefusedNamingBoth()
    {
        var old = Write("pitc.csv", Pitc);
        var overlap = Write("pd.csv", PrescribedDispensed.Replace(",202401\n", ",202312\n", StringComparison.Ordinal));
        var indicator = new IndicatorDefinition("antibacterials", "Antibacterial items", old, null, null, "GPPractice", "PaidDateMonth",
            new CountExpression(["NumberOfPaidItems"], []), new DenominatorDefinition(DenominatorKind.PatientYears), MeasureMethod.CrudeRate, 1000, "per 1,000",
            AnalysisKit.Indicators.Polarity.NoJudgement, new Dictionary<string, MissingReason>(), null, null, "$.indicators[0]")
        {
            Files = [old, overlap],
            PracticeColumns = ["GPPractice", "PrescriberLocation"],
        };
        var period = PeriodDefinition.Months(new DateOnly(2023, 12, 1), new DateOnly(2023, 12, 1));

        var error = Assert.Throws<IndicatorDataException>(() => IndicatorData.Load(indicator, period, new PopulationSource((_, _) => null, (_, _) => 6000, null), period.End));

        Assert.Equal("pd.csv: row 2, column PrescriberLocation: practice 10002 in 2023-12 is also in pitc.csv; expected each practice and month in one of the indicator's files only.", error.Message);
    }
}
