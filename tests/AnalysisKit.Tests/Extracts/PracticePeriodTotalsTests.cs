using AnalysisKit.Extracts;

namespace AnalysisKit.Tests.Extracts;

public sealed class PracticePeriodTotalsTests
{
    private static readonly ExtractSchema Schema = new("items, monthly",
    [
        ExtractColumn.Month("Month"), ExtractColumn.Code("PracticeCode"),
        ExtractColumn.Count("ListSize", "patients", required: true), ExtractColumn.Count("Items", "items"),
    ])
    {
        Key = ["Month", "PracticeCode"], Practice = "PracticeCode", Period = "Month",
    };

    private static Extract Load(string csv) => CsvExtractReader.Load(new StringReader(csv), "items.csv", Schema);

    [Fact]
    public void PatientYears_MissingMonth_AddsToNeitherNumeratorNorDenominator()
    {
        // 10001: Jan 12 items / 1200 patients, Feb suppressed (*), Mar 6 / 1200, Apr outside the period.
        // By hand: events 12 + 6 = 18; patient-years (1200 + 1200) / 12 = 200. The suppressed month adds nothing.
        // 10002: only an opted-out month (":"), so it has no data and is listed as such.
        var extract = Load("""
            Month,PracticeCode,ListSize,Items
            2025-01,10001,1200,12
            2025-02,10001,1200,*
            2025-03,10001,1200,6
            2025-04,10001,1200,99
            2025-01,10002,800,:
            """);

        var totals = PracticePeriodTotals.PatientYears(extract, "Items", "ListSize", new DateOnly(2025, 1, 1), new DateOnly(2025, 3, 31), out var withoutData);

        var only = Assert.Single(totals);
        Assert.Equal("10001", only.PracticeCode);
        Assert.Equal(18, only.Numerator);
        Assert.Equal(200, only.Denominator);
        Assert.Equal(["10002"], withoutData);
    }

    [Fact]
    public void PatientYears_PeriodBackwards_IsRejectedNamingBothMonths()
    {
        var extract = Load("Month,PracticeCode,ListSize,Items\n2025-01,10001,1200,12\n");
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() =>
            PracticePeriodTotals.PatientYears(extract, "Items", "ListSize", new DateOnly(2025, 3, 1), new DateOnly(2025, 1, 1), out _));
        Assert.StartsWith("The period ends (2025-01) before it starts (2025-03); give the first month, then the last.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PatientYears_SchemaWithoutPeriod_IsRejectedNamingTheRole()
    {
        var schema = new ExtractSchema("no period", [ExtractColumn.Code("PracticeCode"), ExtractColumn.Count("ListSize", "patients"), ExtractColumn.Count("Items", "items")]) { Practice = "PracticeCode" };
        var extract = CsvExtractReader.Load(new StringReader("PracticeCode,ListSize,Items\n10001,1200,12\n"), "p.csv", schema);
        var ex = Assert.Throws<ArgumentException>(() =>
            PracticePeriodTotals.PatientYears(extract, "Items", "ListSize", new DateOnly(2025, 1, 1), new DateOnly(2025, 1, 1), out _));
        Assert.StartsWith("The extract schema 'no period' does not name its Period column; set ExtractSchema.Period to use it here.", ex.Message, StringComparison.Ordinal);
    }
}
