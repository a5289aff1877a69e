using AnalysisKit.Extracts;
using static AnalysisKit.Tests.Extracts.ExtractTestData;

namespace AnalysisKit.Tests.Extracts;

/// <summary>
/// A declared date format (<see cref="ExtractColumn.Format"/>): dd/MM/yyyy read as day first, a month column on the
/// first of the month, and clear errors for a format on a non-date column, a text that is no date format, and a value
/// that does not match. Expected dates are written out by hand from the day-first convention.
/// </summary>
public sealed class ExtractColumnFormatTests
{
    private static readonly ExtractSchema UkSchema = new("uk",
    [
        ExtractColumn.Code("Practice"),
        ExtractColumn.Month("Month") with { Format = "dd/MM/yyyy" },
        ExtractColumn.Date("Paid") with { Format = "dd/MM/yyyy" },
        ExtractColumn.Count("Items", "items"),
    ]);

    [Fact]
    public void Load_DayFirstDates_ReadAsDeclared()
    {
        var extract = CsvExtractReader.Load(new StringReader("Practice,Month,Paid,Items\r\n10002,01/03/2024,03/04/2024,5\r\n10017,01/12/2023,31/01/2024,7\r\n"),
            "uk.csv", UkSchema);
        Assert.Equal(new DateTime(2024, 3, 1), extract.Data.Columns["Month"][0]);
        Assert.Equal(new DateTime(2024, 4, 3), extract.Data.Columns["Paid"][0]);   // 3 April, not 4 March
        Assert.Equal(new DateTime(2023, 12, 1), extract.Data.Columns["Month"][1]);
        Assert.Equal(new DateTime(2024, 1, 31), extract.Data.Columns["Paid"][1]);
    }

    [Fact]
    public void Load_MonthNotOnTheFirst_SaysTheFormatAndTheFirst()
    {
        var e = Fails(() => CsvExtractReader.Load(new StringReader("Practice,Month,Paid,Items\n10002,15/03/2024,03/04/2024,5\n"), "uk.csv", UkSchema));
        Assert.Contains("uk.csv, row 2, column 'Month': found '15/03/2024'; expected a month as dd/MM/yyyy on the first of the month (Unparseable)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_IsoDateInADayFirstColumn_Rejected()
    {
        var e = Fails(() => CsvExtractReader.Load(new StringReader("Practice,Month,Paid,Items\n10002,01/03/2024,2024-04-03,5\n"), "uk.csv", UkSchema));
        Assert.Contains("column 'Paid': found '2024-04-03'; expected a date as dd/MM/yyyy (Unparseable)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FormatNeedsDate_NamesTheColumnAndType()
    {
        var e = Assert.Throws<ArgumentException>(() => new ExtractSchema("s", [ExtractColumn.Count("items", "items") with { Format = "dd/MM/yyyy" }]));
        Assert.StartsWith("Schema 's' gives column 'items' (a Count column) a date format; only Date and Month columns take one.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FormatNotADateFormat_NamesTheFormat()
    {
        var e = Assert.Throws<ArgumentException>(() => new ExtractSchema("s", [ExtractColumn.Date("paid") with { Format = "MM/dd" }]));
        Assert.StartsWith("Schema 's' gives column 'paid' the format 'MM/dd', which is not a date format (e.g. dd/MM/yyyy, yyyy-MM-dd, yyyyMM).", e.Message, StringComparison.Ordinal);
    }
}
