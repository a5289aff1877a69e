using AnalysisKit.Briefings;

namespace AnalysisKit.Tests.Briefings;

public class BriefingMessagesTests
{
    [Fact]
    public void Messages_NameFileRowColumnValueAndExpectation()
    {
        Assert.Equal("Extract 'a.csv', line 7, column 'ListSize': 'x' is not a count.", BriefingMessages.BadCell("a.csv", 7, "ListSize", "x", "a count"));
        Assert.Equal("Extract 'a.csv', line 3: 5 fields, expected 6 as in the header.", BriefingMessages.FieldCount("a.csv", 3, 5, 6));
        Assert.StartsWith("Extract 'a.csv': column 'Month' is missing", BriefingMessages.MissingColumn("a.csv", "Month"), StringComparison.Ordinal);
        Assert.Equal("Cluster 'GPC999' has no open practices in the lookup as at 2025-12-01; expected a code such as GPC082.",
            BriefingMessages.UnknownCluster("GPC999", new DateOnly(2025, 12, 1)));
        Assert.StartsWith("Practice '70001' is not an open practice of cluster 'GPC082'", BriefingMessages.PracticeNotInCluster("70001", "GPC082"), StringComparison.Ordinal);
        Assert.Equal("Period '2025' is not yyyy-mm:yyyy-mm with the first month not after the last (e.g. 2025-01:2025-12).", BriefingMessages.BadPeriod("2025"));
        Assert.Equal("No extract rows between 2030-01 and 2030-12; choose a period inside the extracts.", BriefingMessages.EmptyPeriod(new DateOnly(2030, 1, 1), new DateOnly(2030, 12, 1)));
        Assert.StartsWith("Headless Chromium was not found at '/nowhere'", BriefingMessages.ChromiumMissing("/nowhere"), StringComparison.Ordinal);
        Assert.Equal("Chromium did not write the PDF (exit code 1): boom", BriefingMessages.ChromiumFailed(1, " boom\n"));
    }

    [Theory]
    [InlineData("2025-01:2025-12", 2025, 1, 2025, 12)]
    [InlineData("2024-07:2024-07", 2024, 7, 2024, 7)]
    public void ParsePeriod_Valid_ReadsFirstAndLastMonth(string text, int y1, int m1, int y2, int m2)
    {
        Assert.Equal((new DateOnly(y1, m1, 1), new DateOnly(y2, m2, 1)), BriefingOptions.ParsePeriod(text));
    }

    [Theory]
    [InlineData("2025-12:2025-01")]
    [InlineData("2025-01")]
    [InlineData("2025/01:2025/12")]
    public void ParsePeriod_Invalid_RefusedWithTheText(string text)
    {
        var error = Assert.Throws<ArgumentException>(() => BriefingOptions.ParsePeriod(text));
        Assert.StartsWith(BriefingMessages.BadPeriod(text), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BadListSize_NamesFileLineColumnAndValue()
    {
        var path = Path.Combine(Path.GetTempPath(), "akit-briefing-bad-" + Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllText(path, "Month,PracticeCode,HB,HSCP,GPCluster,ListSize,Items,ItemsQF\n202501,70001,S08000015,S37000002,GPC001,12x,5,\n");
        try
        {
            var error = Assert.Throws<InvalidDataException>(() => BriefingExtract.Read(path));
            Assert.Equal(BriefingMessages.BadCell(path, 2, "ListSize", "12x", "a whole number ≥ 0 or empty"), error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
