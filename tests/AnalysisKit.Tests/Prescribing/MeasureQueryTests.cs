using AnalysisKit.Definitions;
using AnalysisKit.Extracts;
using AnalysisKit.Indicators;
using AnalysisKit.Prescribing;

namespace AnalysisKit.Tests.Prescribing;

/// <summary>
/// The one-scan DuckDB sums of every measure over a small PHS-style extract, each checked against sums worked by hand
/// from the rows below; and the refusals (empty value, unreadable month, two populations in a practice-month).
/// </summary>
public sealed class MeasureQueryTests : IDisposable
{
    private const string Extract =
        "GPPractice,BNFItemCode,NumberOfPaidItems,PaidQuantity,GrossIngredientCost,PaidDateMonth\n" +
        "10002,0501013B0AAABAB,40,600,54.00,202507\n" +     // amoxicillin
        "10002,0501013K0AAAJAJ,6,126,22.68,202507\n" +      // co-amoxiclav (broad)
        "10002,0501090R0AAABAB,2,112,165.76,202507\n" +     // rifampicin (antituberculosis: excluded)
        "10002,1502010J0BSAAEL,3,90,248.40,202507\n" +      // lidocaine plasters (like 1502010J0%EL)
        "10002,1502010J0BDAABQ,5,30,60.00,202507\n" +       // Instillagel: lidocaine, not a plaster
        " 10002 ,0501120L0AAAFAF,4,40,13.20,202508\n" +     // ciprofloxacin (broad), spaces trimmed
        "10017,0408010G0AAABAB,9,900,32.40,202507\n";       // gabapentin only: antibacterials 0

    private readonly string folder = Directory.CreateTempSubdirectory("akit-measure-query-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Write(string text, string name = "pitc.csv")
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static ColumnFilter Codes(string[]? prefix = null, string[]? exclude = null, string[]? like = null) =>
        new("BNFItemCode", prefix ?? [], [], exclude ?? [], like ?? []);

    private static MeasureDefinition Measure(string file, CountExpression numerator, DenominatorDefinition denominator, SavingsDefinition? savings = null,
        string month = "PaidDateMonth", string practice = "GPPractice") =>
        new(new IndicatorDefinition("m", "M", file, null, null, practice, month, numerator, denominator, MeasureMethod.Ratio, 100, "%",
            Polarity.LowerIsBetter, new Dictionary<string, MissingReason>(), null, null, "$.measures[0]"), savings, null, null, null, 1);

    [Fact]
    public void Run_ShareOfAntibacterials_SumsEachPracticeMonthByHand()
    {
        var file = Write(Extract);
        var antibacterials = new CountExpression(["NumberOfPaidItems"], [Codes(prefix: ["0501"], exclude: ["050109", "050110"])]);
        var broad = new CountExpression(["NumberOfPaidItems"], [Codes(prefix: ["0501013K0", "0501021", "050112"])]);
        var sums = MeasureQuery.Run([Measure(file, broad, new DenominatorDefinition(DenominatorKind.Counted, Expression: antibacterials))])[0];
        // 10002 July: broad 6 of 40 + 6 = 46 (rifampicin excluded); 10002 August: 4 of 4; 10017 July: 0 of 0.
        Assert.Equal(3, sums.Count);
        Assert.Equal(new PracticeMonthSums("10002", new DateOnly(2025, 7, 1), 5, 6, 6, 46, 46, null, null), sums[0]);
        Assert.Equal(new PracticeMonthSums("10002", new DateOnly(2025, 8, 1), 1, 4, 4, 4, 4, null, null), sums[1]);
        Assert.Equal(new PracticeMonthSums("10017", new DateOnly(2025, 7, 1), 1, 0, 0, 0, 0, null, null), sums[2]);
    }

    [Fact]
    public void Run_CostMeasureWithALikePattern_SumsCostAndTheItemsBehindIt()
    {
        var file = Write(Extract);
        var cost = new CountExpression(["GrossIngredientCost"], [Codes(like: ["1502010J0%EL"])], ValueKind.Amount, "NumberOfPaidItems");
        var sums = MeasureQuery.Run([Measure(file, cost, new DenominatorDefinition(DenominatorKind.ListSize), new SavingsDefinition(SavingsMethod.ListSize, null))])[0];
        // Only the plaster row matches (Instillagel 1502010J0BDAABQ does not end in EL): £248.40 over 3 items.
        Assert.Equal(248.40, sums[0].Numerator, 10);
        Assert.Equal(3, sums[0].NumeratorCount);
        Assert.Null(sums[0].Denominator);
        Assert.Equal(0, sums[1].Numerator);
        Assert.Equal(0, sums[2].NumeratorCount);
    }

    [Fact]
    public void Run_PercentageSavings_SumsQuantitiesAndCostsOfBothParts()
    {
        var file = Write(Extract);
        var broad = new CountExpression(["PaidQuantity"], [Codes(prefix: ["0501013K0", "050112"])], ValueKind.Amount, "NumberOfPaidItems");
        var all = new CountExpression(["PaidQuantity"], [Codes(prefix: ["0501"], exclude: ["050109"])], ValueKind.Amount, "NumberOfPaidItems");
        var sums = MeasureQuery.Run([Measure(file, broad, new DenominatorDefinition(DenominatorKind.Counted, Expression: all), new SavingsDefinition(SavingsMethod.Percentage, "GrossIngredientCost"))])[0];
        // 10002 July: broad quantity 126 (£22.68, 6 items) of 726 (£76.68, 46 items).
        Assert.Equal(new PracticeMonthSums("10002", new DateOnly(2025, 7, 1), 5, 126, 6, 726, 46, 22.68, 76.68), sums[0] with { NumeratorCost = Math.Round(sums[0].NumeratorCost!.Value, 10), DenominatorCost = Math.Round(sums[0].DenominatorCost!.Value, 10) });
    }

    [Fact]
    public void Run_TwoMeasuresOnOneFile_ReadItOnceAndKeepTheirOrder()
    {
        var file = Write(Extract);
        var gabapentinoids = Measure(file, new CountExpression(["NumberOfPaidItems"], [Codes(prefix: ["0408010G0", "0408010AE"])]), new DenominatorDefinition(DenominatorKind.ListSize));
        var all = Measure(file, new CountExpression(["NumberOfPaidItems"], []), new DenominatorDefinition(DenominatorKind.ListSize));
        var sql = MeasureQuery.Sql([gabapentinoids, all], [file]);
        Assert.Equal(1, sql.Split("read_csv(").Length - 1);
        var sums = MeasureQuery.Run([gabapentinoids, all]);
        Assert.Equal([0, 0, 9], sums[0].Select(s => s.Numerator));
        Assert.Equal([56, 4, 9], sums[1].Select(s => s.Numerator));
    }

    [Fact]
    public void Run_PopulationColumnAndIsoMonths_ReadAsOpenPrescribingsAnalyseExport()
    {
        var file = Write("date,id,y_items,total_list_size\n2019-09-01,P84005,130,9252\n2019-09-01,P84631,0,0\n2019-10-01,P84005,120,9260\n");
        var measure = Measure(file, new CountExpression(["y_items"], []), new DenominatorDefinition(DenominatorKind.Column, "total_list_size"), month: "date", practice: "id");
        var sums = MeasureQuery.Run([measure])[0];
        Assert.Equal([("P84005", new DateOnly(2019, 9, 1), 9252.0), ("P84005", new DateOnly(2019, 10, 1), 9260.0), ("P84631", new DateOnly(2019, 9, 1), 0.0)],
            sums.Select(s => (s.Practice, s.Month, s.Denominator!.Value)));
    }

    [Fact]
    public void Run_EmptyItems_IsRefusedNamingFileRowColumnAndPractice()
    {
        var file = Write(Extract.Replace("10017,0408010G0AAABAB,9,", "10017,0408010G0AAABAB,,", StringComparison.Ordinal));
        var measure = Measure(file, new CountExpression(["NumberOfPaidItems"], [Codes(prefix: ["0501"])]), new DenominatorDefinition(DenominatorKind.ListSize));
        var e = Assert.Throws<ExtractLoadException>(() => MeasureQuery.Run([measure]));
        Assert.Equal("pitc.csv: row 7, column NumberOfPaidItems: empty (practice 10017); expected a value on every row: a measure with a missing value would be guessed, not computed.", e.Message);
    }

    [Fact]
    public void Run_MonthThatIsNotAMonth_IsRefusedSayingTheFormats()
    {
        var file = Write(Extract.Replace(",202508\n", ",2025-08-15\n", StringComparison.Ordinal));
        var measure = Measure(file, new CountExpression(["NumberOfPaidItems"], []), new DenominatorDefinition(DenominatorKind.ListSize));
        var e = Assert.Throws<ExtractLoadException>(() => MeasureQuery.Run([measure]));
        Assert.Equal("pitc.csv: column PaidDateMonth: \"2025-08-15\" is not a month; expected yyyyMM (202507), yyyy-MM (2025-07) or the first day of a month (2025-07-01).", e.Message);
    }

    [Fact]
    public void Run_TwoPopulationsInOnePracticeMonth_IsRefused()
    {
        var file = Write("date,id,y_items,total_list_size\n2019-09-01,P84005,130,9252\n2019-09-01,P84005,1,9000\n");
        var measure = Measure(file, new CountExpression(["y_items"], []), new DenominatorDefinition(DenominatorKind.Column, "total_list_size"), month: "date", practice: "id");
        var e = Assert.Throws<ExtractLoadException>(() => MeasureQuery.Run([measure]));
        Assert.Equal("pitc.csv: column total_list_size: practice P84005 has populations 9000 and 9252 in 2019-09; expected one population per practice and month.", e.Message);
    }

    [Fact]
    public void Run_ItemsThatAreNotNumbers_IsRefusedWithDuckDbsLineAndColumn()
    {
        var file = Write(Extract.Replace("10017,0408010G0AAABAB,9,", "10017,0408010G0AAABAB,*,", StringComparison.Ordinal));
        var measure = Measure(file, new CountExpression(["NumberOfPaidItems"], []), new DenominatorDefinition(DenominatorKind.ListSize));
        var e = Assert.Throws<ExtractLoadException>(() => MeasureQuery.Run([measure]));
        Assert.StartsWith("pitc.csv: the prescribing measures could not be summed: ", e.Message, StringComparison.Ordinal);
        Assert.Contains("NumberOfPaidItems", e.Message, StringComparison.Ordinal);
    }
}
