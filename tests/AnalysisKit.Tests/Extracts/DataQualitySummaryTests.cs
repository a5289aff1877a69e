using AnalysisKit.Extracts;
using static AnalysisKit.Tests.Extracts.ExtractTestData;

namespace AnalysisKit.Tests.Extracts;

public sealed class DataQualitySummaryTests
{
    [Fact]
    public void Quality_PerPractice_CountsMonthsMissingAndSuppressedCells()
    {
        // By hand: span 2024-01..2024-03. 10002 has Jan and Mar (1 month missing), one suppressed items cell, one blank cost.
        // 10017 has Jan–Mar, no missing cells. One row (negative items) quarantined.
        var csv = "practice,month,items,cost\n10002,2024-01,*,1\n10002,2024-03,4,\n10017,2024-01,1,1\n10017,2024-02,2,2\n10017,2024-03,3,3\n10017,2024-04,-1,3\n";
        var options = new ExtractLoadOptions { QuarantineBadRows = true, Rules = new ExtractRules { RegisterColumns = ["items"] } };
        var quality = LoadText(csv, Monthly, options).Quality();
        Assert.Equal(5, quality.RowsLoaded);
        Assert.Equal(1, quality.RowsQuarantined);
        Assert.Equal(1, quality.Errors);
        Assert.Equal(new DateTime(2024, 1, 1), quality.FirstMonth);
        Assert.Equal(new DateTime(2024, 3, 1), quality.LastMonth);
        Assert.Equal(new ColumnQuality("items", 4, 0, 1, 0, 0), quality.Columns[2]);
        Assert.Equal(new ColumnQuality("cost", 4, 1, 0, 0, 0), quality.Columns[3]);
        Assert.Equal(
        [
            new PracticeQuality("10002", 2, 2, 1, 2, 1, 0.5),
            new PracticeQuality("10017", 3, 3, 0, 0, 0, 1.0),
        ], quality.Practices);
    }

    [Fact]
    public void ToMarkdown_SmallExtract_ReadsAsTables()
    {
        var csv = "practice,month,items,cost\n10002,2024-01,*,1\n10002,2024-02,4,:\n";
        var markdown = LoadText(csv, Monthly).Quality().ToMarkdown();
        Assert.Equal(
            "**Data quality: test.csv**: 2 rows loaded, 0 quarantined, 0 errors, 0 warnings; months 2024-01 to 2024-02.\n\n" +
            "| column | present | blank | suppressed | not available | not applicable |\n|---|---:|---:|---:|---:|---:|\n" +
            "| practice | 2 | 0 | 0 | 0 | 0 |\n| month | 2 | 0 | 0 | 0 | 0 |\n| items | 1 | 0 | 1 | 0 | 0 |\n| cost | 1 | 0 | 0 | 1 | 0 |\n" +
            "\n| practice | rows | months covered | months missing | missing cells | suppressed cells | register completeness |\n" +
            "|---|---:|---:|---:|---:|---:|---:|\n| 10002 | 2 | 2 | 0 | 2 | 1 | n/a |\n",
            markdown);
    }
}
