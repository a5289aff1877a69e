using AnalysisKit.Briefings;

namespace AnalysisKit.Tests.Briefings;

public class BriefingMessagesTests
{
    [Fact]
    public void Messages_NameFileRowColumnValueAndExpectation()
    {
        Assert.Equal("Headline measure 'Items' is not one of the briefing's indicators; expected one of A, B.", BriefingMessages.UnknownHeadline("Items", ["A", "B"]));
        Assert.Equal("Cluster 'GPC999' has no open practices in the lookup as at 2025-12-01; expected a code such as GPC082.",
            BriefingMessages.UnknownCluster("GPC999", new DateOnly(2025, 12, 1)));
        Assert.StartsWith("Practice '70001' is not an open practice of cluster 'GPC082'", BriefingMessages.PracticeNotInCluster("70001", "GPC082"), StringComparison.Ordinal);
        Assert.Equal("Period '2025' is not yyyy-mm:yyyy-mm with the first month not after the last (e.g. 2025-01:2025-12).", BriefingMessages.BadPeriod("2025"));
        Assert.Equal("No extract rows between 2030-01 and 2030-12; choose a period inside the extracts.", BriefingMessages.EmptyPeriod(new DateOnly(2030, 1, 1), new DateOnly(2030, 12, 1)));
        Assert.Equal("Cluster 'GPC082' has no value of Referrals between 2025-01 and 2025-12 (every practice-month missing or absent); choose a period with data.",
            BriefingMessages.NoClusterData("GPC082", "Referrals", new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 1)));
        Assert.Equal("Chart 'cluster-funnel', Practice B, numerator: the count is suppressed in the briefing's tables, so the chart may not show it or its value with a denominator or interval; pass it as ChartCount.Suppressed so the chart withholds it.",
            BriefingMessages.ChartShowsSuppressedCount("cluster-funnel", "Practice B", "numerator"));
        Assert.Equal("Nothing written for briefing-GPC082: Refused: x", BriefingMessages.NothingWritten("briefing-GPC082", "Refused: x"));
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
    public void Build_BadListSizeInAnExtract_NamesFileRowColumnAndValue()
    {
        // A data folder with the real geography and prescribing extract and an activity extract with a bad list size.
        var samples = AnalysisKit.Testing.RepoPaths.InRepo("data-samples");
        var folder = Directory.CreateTempSubdirectory("akit-briefing-bad-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, "geography"));
            Directory.CreateDirectory(Path.Combine(folder, "extracts"));
            foreach (var file in Directory.GetFiles(Path.Combine(samples, "geography")))
            {
                File.Copy(file, Path.Combine(folder, "geography", Path.GetFileName(file)));
            }

            File.Copy(Path.Combine(samples, "extracts", "prescribing-monthly.csv"), Path.Combine(folder, "extracts", "prescribing-monthly.csv"));
            File.WriteAllText(Path.Combine(folder, "extracts", "activity-monthly.csv"),
                "Month,PracticeCode,HB,HSCP,GPCluster,ListSize,Referrals,ReferralsQF,AeAttendances,AeAttendancesQF,EmergencyAdmissions,EmergencyAdmissionsQF\n" +
                "202501,70001,S08000015,S37000002,GPC001,12x,5,,6,,7,\n");
            var (first, last) = BriefingOptions.DefaultPeriod;
            var error = Assert.Throws<AnalysisKit.Extracts.ExtractLoadException>(() => ClusterBriefing.Build(new BriefingOptions("GPC082", folder, first, last)));
            Assert.StartsWith("activity-monthly.csv: 1 row(s) have errors", error.Message, StringComparison.Ordinal);
            Assert.Contains("row 2", error.Message, StringComparison.Ordinal);
            Assert.Contains("ListSize", error.Message, StringComparison.Ordinal);
            Assert.Contains("12x", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
