using System.Text;
using System.Text.RegularExpressions;
using AnalysisKit.Briefings;
using AnalysisKit.Testing;

namespace AnalysisKit.Cli.Tests;

/// <summary>
/// Opens the HTML briefing in headless Chromium: every chart drew its SVG, the page made no network request (the
/// page's CSP forbids any, and Chromium's log shows none), a screenshot is saved, and the PDF has the expected pages.
/// Skips when Chromium is absent, except in CI (CI=true) where that is a failure.
/// </summary>
public sealed class BriefingBrowserTests
{
    private static string ChromiumOrSkip()
    {
        if (File.Exists(ChromiumPdf.DefaultPath))
        {
            return ChromiumPdf.DefaultPath;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(BriefingMessages.ChromiumMissing(ChromiumPdf.DefaultPath));
        }

        Assert.Skip(BriefingMessages.ChromiumMissing(ChromiumPdf.DefaultPath));
        return "";
    }

    [Fact]
    public void Chromium_Briefing_ChartsRenderOfflineScreenshotAndPdfPages()
    {
        var chromium = ChromiumOrSkip();
        var folder = Path.Combine(AppContext.BaseDirectory, "TestResults", "briefing-browser");
        Directory.CreateDirectory(folder);
        var definition = AnalysisKit.Definitions.BriefingDefinition.Load(RepoPaths.InRepo("data-samples/briefing.json"));
        var briefing = ClusterBriefing.Build(BriefingOptions.ForCluster(definition, "GPC082"));
        var written = BriefingWriter.Write(briefing, folder, pdf: true, chromium);
        var html = written[0];
        var url = new Uri(html).AbsoluteUri;

        var (dom, log) = ChromiumPdf.Run(chromium, ["--enable-logging=stderr", "--v=0", "--dump-dom", url]);
        // Each chart's div holds plotly's SVG once drawn.
        Assert.Equal(3, CountCharts(dom));
        Assert.DoesNotContain("Refused to", log, StringComparison.Ordinal);
        Assert.DoesNotMatch(new Regex("net::ERR|Uncaught", RegexOptions.IgnoreCase), log);

        var screenshot = Path.Combine(folder, "briefing.png");
        File.Delete(screenshot);
        ChromiumPdf.Run(chromium, ["--screenshot=" + screenshot, "--window-size=1100,2400", url], screenshot);
        Assert.True(new FileInfo(screenshot).Length > 10_000, "screenshot written");

        var pdf = written[2];
        var pages = Regex.Matches(Encoding.Latin1.GetString(File.ReadAllBytes(pdf)), @"/Type\s*/Page(?!s)").Count;
        Assert.InRange(pages, 3, 12);
    }

    private static int CountCharts(string dom) =>
        new[] { "akit-cluster-funnel", "akit-cluster-trend", "akit-simd-rates" }.Count(id =>
        {
            var start = dom.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
            var end = dom.IndexOf("</figure>", start, StringComparison.Ordinal);
            return start > 0 && dom[start..end].Contains("class=\"main-svg\"", StringComparison.Ordinal);
        });
}
