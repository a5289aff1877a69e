using System.Globalization;
using System.Text.RegularExpressions;
using AnalysisKit.Charts;

namespace AnalysisKit.Tests.Charts;

public class ChartRendererTests
{
    private const string PlotlyJsBanner = "plotly.js v2.28.0";

    private static ChartFigure Funnel(string name = "practice-funnel") =>
        FunnelChart.Create(ChartSamples.Funnel(name), new RecordingDisclosureCheck());

    private static int Occurrences(string text, string part) => Regex.Matches(text, Regex.Escape(part)).Count;

    [Fact]
    public void ToHtmlPage_SameDataTwice_SameBytes()
    {
        var first = ChartRenderer.ToHtmlPage("Briefing", [Funnel()]);
        var second = ChartRenderer.ToHtmlPage("Briefing", [Funnel()]);

        Assert.Equal(first, second);
    }

    [Fact]
    public void ToHtmlFragment_UsesIdFromChartName_AndHasNoPlotlyJs()
    {
        var fragment = ChartRenderer.ToHtmlFragment(Funnel());

        Assert.Contains("<div id=\"akit-practice-funnel\" role=\"img\"", fragment, StringComparison.Ordinal);
        Assert.Contains("Plotly.newPlot('akit-practice-funnel', figure.data, figure.layout, figure.config);", fragment, StringComparison.Ordinal);
        Assert.DoesNotContain(PlotlyJsBanner, fragment, StringComparison.Ordinal);
        Assert.DoesNotMatch(new Regex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-"), fragment);
    }

    [Fact]
    public void ToHtmlFragment_CarriesAltTextAsFigureCaption()
    {
        var chart = Funnel();

        var fragment = ChartRenderer.ToHtmlFragment(chart);

        Assert.Contains($"<figcaption id=\"akit-practice-funnel-alt\" class=\"akit-chart-alt\">{chart.AltText}</figcaption>",
            fragment, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtmlPage_SeveralCharts_PlotlyJsEmbeddedExactlyOnceAndNoExternalScripts()
    {
        var page = ChartRenderer.ToHtmlPage("Briefing", [Funnel("funnel-one"), Funnel("funnel-two"), Funnel("funnel-three")]);

        Assert.Equal(1, Occurrences(page, PlotlyJsBanner));
        Assert.Equal(3, Occurrences(page, "Plotly.newPlot('akit-"));
        Assert.DoesNotMatch(new Regex("<script[^>]*\\bsrc\\s*=", RegexOptions.IgnoreCase), page);
        Assert.DoesNotContain("cdn.plot.ly/plotly", page, StringComparison.Ordinal);
        Assert.StartsWith("<!DOCTYPE html>", page, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtmlPage_TwoChartsWithOneName_SaysNamesMustDiffer()
    {
        var error = Assert.Throws<ArgumentException>(() => ChartRenderer.ToHtmlPage("Briefing", [Funnel(), Funnel()]));

        Assert.StartsWith("Two charts on one page are both named 'practice-funnel'; each chart on a page needs its own name (it is the HTML id).",
            error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToPlotlyJson_HasDataAndLayoutOnly()
    {
        var json = ChartJson.Of(Funnel());

        Assert.Equal(["data", "layout"], json.Select(p => p.Key).ToArray());
        Assert.Equal(".,", (string?)json["layout"]!["separators"]);
    }

    [Fact]
    public void ToHtmlFragment_LabelWithScriptTag_CannotCloseTheScript()
    {
        var data = ChartSamples.Funnel();
        data = data with { Units = [data.Units[0] with { Label = "</script><b>x" }] };

        var fragment = ChartRenderer.ToHtmlFragment(FunnelChart.Create(data, new RecordingDisclosureCheck()));

        Assert.Equal(1, Occurrences(fragment, "</script>"));
        Assert.Contains("\\u003c/script\\u003e\\u003cb\\u003ex", fragment, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_UnderGermanCulture_NumbersKeepDecimalPoints()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            var invariant = ChartRenderer.ToHtmlFragment(Funnel());
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("de-DE");
            var chart = Funnel();

            var fragment = ChartRenderer.ToHtmlFragment(chart);

            Assert.Equal(invariant, fragment);
            Assert.DoesNotContain("20,3", fragment, StringComparison.Ordinal);
            // Practice A (12.5) is withheld as the suppressed Practice C's partner (issue 14), so B's 20.25 is checked.
            Assert.Contains("Prevalence (%): 20.3", fragment, StringComparison.Ordinal);
            Assert.Contains("[14.75,14.0,13.4,13.0]", fragment, StringComparison.Ordinal);
            Assert.Contains("target of 12.0.", chart.AltText, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
            CultureInfo.CurrentUICulture = saved;
        }
    }

    [Fact]
    public void EveryKindOfChart_RenderedTwice_SameBytes()
    {
        var first = string.Concat(ChartSamples.AllKinds(new RecordingDisclosureCheck()).Select(ChartRenderer.ToHtmlFragment));
        var second = string.Concat(ChartSamples.AllKinds(new RecordingDisclosureCheck()).Select(ChartRenderer.ToHtmlFragment));

        Assert.Equal(first, second);
    }

    [Fact]
    public void EveryKindOfChart_UnderGermanCulture_SameAsUnderInvariantCulture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            var invariant = ChartSamples.AllKinds(new RecordingDisclosureCheck())
                .Select(c => ChartRenderer.ToHtmlFragment(c) + ChartRenderer.ToPlotlyJson(c)).ToList();
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");

            var german = ChartSamples.AllKinds(new RecordingDisclosureCheck())
                .Select(c => ChartRenderer.ToHtmlFragment(c) + ChartRenderer.ToPlotlyJson(c)).ToList();

            Assert.Equal(invariant, german);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void ChartFigure_NameWithCapitalsOrSpaces_SaysWhatANameMayHold()
    {
        var error = Assert.Throws<ArgumentException>(() => Funnel("Cluster Funnel"));

        Assert.StartsWith("A chart name must be 1–64 lower-case letters, digits or hyphens starting with a letter (e.g. 'cluster-funnel'), " +
                          "because it becomes the chart's HTML id; got 'Cluster Funnel'.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ToHtmlPage_RenderedByHeadlessChromium_GivesANonEmptyPng()
    {
        HeadlessChromium.SkipIfAbsent();
        var folder = Directory.CreateTempSubdirectory("akit-charts-");
        try
        {
            var page = Path.Combine(folder.FullName, "page.html");
            var png = Path.Combine(folder.FullName, "page.png");
            File.WriteAllText(page, ChartRenderer.ToHtmlPage("Funnel", [Funnel()]));

            var (exitCode, _, errors) = await HeadlessChromium.RunAsync(folder.FullName, page, $"--screenshot={png}");

            Assert.True(File.Exists(png), $"Chromium wrote no PNG (exit {exitCode}): {errors}");
            var bytes = File.ReadAllBytes(png);
            Assert.True(bytes.Length > 1000, $"PNG is only {bytes.Length} bytes.");
            Assert.Equal([0x89, 0x50, 0x4E, 0x47], bytes.Take(4).ToArray());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task ToHtmlPage_EveryKindOfChart_DrawnByPlotlyInChromiumWithoutConsoleMessages()
    {
        HeadlessChromium.SkipIfAbsent();
        var charts = ChartSamples.AllKinds(new RecordingDisclosureCheck());
        var folder = Directory.CreateTempSubdirectory("akit-charts-");
        try
        {
            var page = Path.Combine(folder.FullName, "page.html");
            File.WriteAllText(page, ChartRenderer.ToHtmlPage("Every chart", charts));

            var (_, dom, errors) = await HeadlessChromium.RunAsync(folder.FullName, page,
                "--enable-logging=stderr", "--v=0", "--virtual-time-budget=10000", "--dump-dom");

            foreach (var chart in charts)
            {
                // plotly.js adds class js-plotly-plot to a div once it has drawn into it.
                Assert.Matches(new Regex($"<div id=\"{chart.ElementId}\"[^>]*class=\"js-plotly-plot\""), dom);
            }

            Assert.DoesNotContain(":CONSOLE", errors, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
