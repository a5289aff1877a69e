using AnalysisKit.Briefings;

namespace AnalysisKit.Tests.Briefings;

public class BriefingMessagesTests
{
    [Fact]
    public void Messages_NameFileRowColumnValueAndExpectation()
    {
        Assert.Equal("Headline 'Items' is not one of the briefing's indicators; expected one of A, B.", BriefingMessages.UnknownHeadline("Items", ["A", "B"]));
        Assert.Equal("The cluster 'GPC999' has no open practice with data in January 2025 to December 2025; expected a cluster code such as GPC001, GPC002.",
            BriefingMessages.UnknownArea("cluster", "GPC999", "January 2025 to December 2025", ["GPC001", "GPC002"]));
        Assert.Equal("Practice '70001' is not an open practice of cluster 'GPC082'; --practice must name one of its practices (cluster and CHP briefings only).",
            BriefingMessages.PracticeNotInArea("70001", "cluster", "GPC082"));
        Assert.Equal("Period '2025' is not yyyy-mm:yyyy-mm with the first month not after the last (e.g. 2025-01:2025-12).", BriefingMessages.BadPeriod("2025"));
        Assert.Equal("No indicator has a practice value in 2030; choose a period inside the extracts.", BriefingMessages.EmptyPeriod("2030"));
        Assert.Equal("'GPC082' has no value of GP referrals in 2025 (every practice's value missing or absent); choose a period with data.",
            BriefingMessages.NoAreaData("GPC082", "GP referrals", "2025"));
        Assert.Equal("Nothing written for briefing-GPC082: Refused: x", BriefingMessages.NothingWritten("briefing-GPC082", "Refused: x"));
        Assert.StartsWith("Headless Chromium was not found at '/nowhere'", BriefingMessages.ChromiumMissing("/nowhere"), StringComparison.Ordinal);
        Assert.Equal("Chromium did not write the PDF (exit code 1): boom", BriefingMessages.ChromiumFailed(1, " boom\n"));
    }

    [Theory]
    [InlineData("2025-01:2025-12", 2025, 1, 2025, 12)]
    [InlineData("2024-07:2024-07", 2024, 7, 2024, 7)]
    public void ParsePeriod_Valid_ReadsFirstAndLastMonth(string text, int y1, int m1, int y2, int m2)
    {
        var period = BriefingOptions.ParsePeriod(text);
        Assert.Equal((new DateOnly(y1, m1, 1), new DateOnly(y2, m2, 1)), (period.From!.Value, period.To!.Value));
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
    public void Build_BadListSizeInAnExtract_NamesFileRowColumnAndValue()
    {
        // A copy of data-samples whose activity extract has a bad list size in its first row.
        using var data = new SampleDataCopy((file, line) => file == "extracts/activity-monthly.csv" && line.StartsWith("202301,70001,", StringComparison.Ordinal)
            ? line.Replace("202301,70001,S08000015,S37000008,GPC001,3502,", "202301,70001,S08000015,S37000008,GPC001,12x,", StringComparison.Ordinal) : line);
        var definition = AnalysisKit.Definitions.BriefingDefinition.Load(data.Definition);
        var error = Assert.Throws<AnalysisKit.Extracts.ExtractLoadException>(() => ClusterBriefing.Build(new BriefingOptions(definition, AnalysisKit.Definitions.AreaLevel.Cluster, "GPC082")));
        Assert.StartsWith("activity-monthly.csv: 1 row(s) have errors", error.Message, StringComparison.Ordinal);
        Assert.Contains("row 2", error.Message, StringComparison.Ordinal);
        Assert.Contains("ListSize", error.Message, StringComparison.Ordinal);
        Assert.Contains("12x", error.Message, StringComparison.Ordinal);
    }
}
