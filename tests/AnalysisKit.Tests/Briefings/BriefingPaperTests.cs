using System.Globalization;
using System.Text.RegularExpressions;
using AnalysisKit.Briefings;
using AnalysisKit.Definitions;
using AnalysisKit.Samples;
using AnalysisKit.Testing;

namespace AnalysisKit.Tests.Briefings;

/// <summary>
/// The briefing on paper and on screens, checked as a person would: the PDF printed by headless Chromium read back
/// with pdftotext (every table column heading and every chart title on paper, A4, "Page n of N" and the running
/// header on every page, the briefed cluster named on the funnel), and the page laid out at 1,280 and 390 pixels
/// wide (no table wider than its box at 1,280; nothing wider than the screen at 390).
/// </summary>
public class BriefingPaperTests
{
    private static readonly Lazy<ClusterBriefing> Sample = new(() => ClusterBriefing.Build(
        BriefingOptions.ForCluster(BriefingDefinition.Load(RepoPaths.InRepo("data-samples/briefing.json")), SamplePlantedSignals.OutlierClusterCode)));

    [Fact]
    public void Pdf_SampleBriefing_EveryColumnAndChartTitleOnA4PagesWithNumbersAndRunningHeader()
    {
        PaperTools.SkipIfAbsent(ChromiumPdf.DefaultPath, PaperTools.PdfToText, PaperTools.PdfInfo);
        AssertOnPaper(Sample.Value, "GP cluster briefing: Fife 3 (GPC082) · January 2025 to December 2025", "Produced 15 January 2026");
    }

    [Fact]
    public void Pdf_SampleBriefing_FunnelNamesTheBriefedClusterOnTheChartItself()
    {
        PaperTools.SkipIfAbsent(ChromiumPdf.DefaultPath, PaperTools.PdfToText, PaperTools.PdfInfo);
        var briefing = Sample.Value;
        var text = Print(briefing, out _);

        // The name is written by the chart's label and its legend entry, besides the alt text under it.
        const string name = "GPC082 Fife 3 (this cluster)";
        var funnel = briefing.Charts.Single(c => c.Name == ClusterBriefing.FunnelChartName);
        var inAltText = Regex.Matches(funnel.AltText, Regex.Escape(name)).Count;
        Assert.Equal(inAltText + 2, Regex.Matches(text, Regex.Escape(name)).Count);
    }

    /// <summary>Prints the briefing and checks the PDF: A4, page numbers, running header, every column heading and chart title.</summary>
    internal static void AssertOnPaper(ClusterBriefing briefing, string header, string produced)
    {
        var text = Print(briefing, out var info);

        Assert.Contains("(A4)", info.Size, StringComparison.Ordinal);
        for (var page = 1; page <= info.Pages; page++)
        {
            Assert.Contains($"Page {page} of {info.Pages}", text, StringComparison.Ordinal);
        }

        // The running header (top left, then top right) once on every page.
        Assert.Equal(info.Pages, Regex.Matches(text, Regex.Escape(PaperTools.Normalise(header + " " + produced))).Count);
        foreach (var table in briefing.Tables)
        {
            foreach (var column in table.Columns)
            {
                Assert.True(text.Contains(PaperTools.Normalise(column), StringComparison.Ordinal), $"table {table.Name}: column '{column}' is not on paper");
            }

            foreach (var row in table.Rows)
            {
                Assert.True(text.Contains(PaperTools.Normalise(row[0]), StringComparison.Ordinal), $"table {table.Name}: row '{row[0]}' is not on paper");
            }
        }

        foreach (var chart in briefing.Charts)
        {
            Assert.True(text.Contains(PaperTools.Normalise(chart.Title), StringComparison.Ordinal), $"chart title '{chart.Title}' is not on paper");
        }
    }

    private static string Print(ClusterBriefing briefing, out (int Pages, string Size) info)
    {
        var folder = Directory.CreateTempSubdirectory("akit-paper-");
        try
        {
            var written = BriefingWriter.Write(briefing, folder.FullName, pdf: true);
            var pdf = written.Single(p => p.EndsWith(".pdf", StringComparison.Ordinal));
            info = PaperTools.Info(pdf);
            return PaperTools.Text(pdf);
        }
        finally
        {
            folder.Delete(true);
        }
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public void Page_AtScreenWidth_NoTableWiderThanItsBoxAndNothingWiderThanTheScreen(int width)
    {
        PaperTools.SkipIfAbsent(ChromiumPdf.DefaultPath);
        var folder = Directory.CreateTempSubdirectory("akit-screen-");
        try
        {
            // The page plus a measuring script that writes what it found into the DOM, read back with --dump-dom. Headless
            // Chromium lays out no narrower than 500 px whatever --window-size says, so a phone's 390 px is the root
            // element's width (the page has no width-dependent media rules).
            var narrow = $"<style>html{{width:{width}px}}</style>";
            var html = BriefingHtml.Render(Sample.Value).Replace("</head>", narrow + "</head>", StringComparison.Ordinal).Replace("</body>", Measure + "</body>", StringComparison.Ordinal);
            var page = Path.Combine(folder.FullName, "page.html");
            File.WriteAllText(page, html);
            var (dom, _) = ChromiumPdf.Run(ChromiumPdf.DefaultPath, [$"--window-size={width},900", "--hide-scrollbars", "--dump-dom", new Uri(page).AbsoluteUri]);
            var found = Regex.Match(dom, "<pre id=\"akit-measure\">([^<]*)</pre>");
            Assert.True(found.Success, "the measuring script did not run");
            var fields = found.Groups[1].Value.Split(';');
            var pageWidth = int.Parse(fields[0], CultureInfo.InvariantCulture);
            var overflowing = fields.Skip(1).Where(f => f.Length > 0).ToList();

            Assert.True(pageWidth <= width, $"the page is {pageWidth} px wide at a {width} px screen");
            if (width >= 1280)
            {
                Assert.Empty(overflowing);
            }
        }
        finally
        {
            folder.Delete(true);
        }
    }

    /// <summary>Writes "right edge of the page's content;table id=scroll width>box width;…" for every table wider than its box.</summary>
    private const string Measure =
        "<script>window.addEventListener('load',function(){var b=document.body;var out=[Math.round(b.getBoundingClientRect().left+b.scrollWidth)];" +
        "document.querySelectorAll('.table-wrap').forEach(function(w){var t=w.querySelector('table');" +
        "if(t.scrollWidth>w.clientWidth+1){out.push(t.id+'='+t.scrollWidth+'>'+w.clientWidth);}});" +
        "var pre=document.createElement('pre');pre.id='akit-measure';pre.textContent=out.join(';');document.body.appendChild(pre);});</script>";
}
