using AnalysisKit.Briefings;
using AnalysisKit.Charts;
using AnalysisKit.Disclosure;

namespace AnalysisKit.Tests.Briefings;

/// <summary>The CHI scan of a page: chart JSON is scanned, the inlined plotly.js is skipped, line numbers are the page's.</summary>
public class BriefingChiScanTests
{
    [Fact]
    public void Page_ChiLikeNumberOnlyInChartJson_FoundOnTheScriptLine()
    {
        var data = new FunnelChartData("practice-funnel", "Funnel", "practices", "Registered patients", "Rate",
            [new FunnelChartPoint($"Practice {BriefingWriterTests.PlantedChi}", 1000, 12.5, ChartCount.Of(125), FunnelPosition.WithinLimits)],
            new FunnelLimitLines([500, 1000], [9, 10], [15, 14], [8, 9], [16, 15], 0.95, 0.998, 12));
        var html = "<p>no identifiers here</p>\n" + ChartRenderer.ToHtmlFragment(FunnelChart.Create(data, NoDisclosureCheck.Instance));
        var lines = html.Split('\n');
        // The alt text names only outliers, so the label is in the chart's JSON (hover text) and nowhere else.
        var holding = Enumerable.Range(0, lines.Length).Where(i => lines[i].Contains(BriefingWriterTests.PlantedChi, StringComparison.Ordinal)).ToList();
        Assert.Single(holding);
        Assert.Contains("var figure = ", lines[holding[0]], StringComparison.Ordinal);

        var error = Assert.Throws<UnsafeOutputException>(() => BriefingChiScan.Page(html, "page.html"));

        Assert.StartsWith($"Refused: briefing page 'page.html', line {holding[0] + 1} contains", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Page_PlotlyLibrarySkipped_LineNumbersStayThoseOfThePage()
    {
        var html = "<html>\n<script>" + ChartRenderer.PlotlyJs + "</script>\n<p>" + BriefingWriterTests.PlantedChi + "</p>\n";
        var expectedLine = 3 + ChartRenderer.PlotlyJs.Count(c => c == '\n');

        var error = Assert.Throws<UnsafeOutputException>(() => BriefingChiScan.Page(html, "page.html"));

        Assert.StartsWith($"Refused: briefing page 'page.html', line {expectedLine} contains something that looks like a CHI number at character 4",
            error.Message, StringComparison.Ordinal);
        BriefingChiScan.Page("<script>" + ChartRenderer.PlotlyJs + "</script>\n", "library-only.html");
    }

    [Fact]
    public void Page_Sha256DigestWithAChiLikeRun_NotRefused_ButTheSameRunOutsideADigestIs()
    {
        var digest = "ab" + BriefingWriterTests.PlantedChi + new string('c', 52);
        Assert.Equal(64, digest.Length);
        Assert.NotNull(ChiNumberGuard.Find(digest)); // the guard alone would refuse it

        BriefingChiScan.Page($"<td>SHA-256</td><td>{digest}</td>\n", "page.html");
        BriefingChiScan.Workbook([("Provenance", [["SHA-256", digest]])], "book.xlsx");

        Assert.Throws<UnsafeOutputException>(() => BriefingChiScan.Page($"<td>{digest}d</td>\n", "page.html")); // 65 hex: not a digest
        Assert.Throws<UnsafeOutputException>(() => BriefingChiScan.Page($"<td>{digest} {BriefingWriterTests.PlantedChi}</td>\n", "page.html"));
    }
}
