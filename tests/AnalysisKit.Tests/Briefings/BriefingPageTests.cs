using System.Globalization;
using System.Text.RegularExpressions;
using AnalysisKit.Briefings;
using AnalysisKit.Charts;
using AnalysisKit.Definitions;
using AnalysisKit.Samples;
using AnalysisKit.Testing;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace AnalysisKit.Tests.Briefings;

/// <summary>
/// What a cluster lead sees first and what makes the page trustworthy and accessible: the one-sentence headline, the
/// production date, the contact, the synthetic-data banner, header cells, alt text, contrast of every text colour,
/// print rules, wide tables split for A4, and a workbook of real numbers.
/// </summary>
public class BriefingPageTests
{
    private static readonly Lazy<BriefingDefinition> Definition = new(() => BriefingDefinition.Load(RepoPaths.InRepo("data-samples/briefing.json")));

    private static readonly Lazy<ClusterBriefing> Sample = new(() => ClusterBriefing.Build(BriefingOptions.ForCluster(Definition.Value, SamplePlantedSignals.OutlierClusterCode)));

    private static readonly Lazy<string> Html = new(() => BriefingHtml.Render(Sample.Value).Replace(ChartRenderer.PlotlyJs, "", StringComparison.Ordinal));

    [Fact]
    public void Render_Sample_OneSentenceHeadlineRightAfterTheTitleThenDateAndContact()
    {
        var body = Html.Value[Html.Value.IndexOf("<body>", StringComparison.Ordinal)..];
        var afterTitle = body[(body.IndexOf("</h1>", StringComparison.Ordinal) + 5)..].TrimStart();

        // The headline: the value by hand (57,254 items over 49,149 patient-years × 1,000 = 1,164.9), Scotland's and the funnel.
        Assert.Equal("Antibacterial items in Fife 3, January 2025 to December 2025: 1,164.9 per 1,000 patient-years, significantly higher than Scotland (806.4; worse); above the 99.8% limit of all clusters.",
            Sample.Value.Headline);
        Assert.StartsWith($"<p class=\"headline\">{System.Net.WebUtility.HtmlEncode(Sample.Value.Headline)}</p>", afterTitle, StringComparison.Ordinal);
        Assert.Contains("Produced 15 January 2026.", body, StringComparison.Ordinal);
        Assert.Contains("Contact: Local Intelligence Support Team (synthetic sample data: not a real contact).", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Sample_SyntheticBannerFirstAndOnEveryPrintedPage()
    {
        var body = Html.Value[Html.Value.IndexOf("<body>", StringComparison.Ordinal)..];
        Assert.StartsWith("<body>\n<p class=\"synthetic\" role=\"note\"><strong>Synthetic data.</strong>", body, StringComparison.Ordinal);
        Assert.Contains("@bottom-left{content:\"Synthetic data: not real patients or practices\"", Html.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_DefinitionNotSyntheticOutsideDataSamples_NoBanner()
    {
        using var data = new SampleDataCopy((file, line) => file == "briefing.json" ? line.Replace("\"synthetic\": true", "\"synthetic\": false", StringComparison.Ordinal) : line);
        var definition = BriefingDefinition.Load(data.Definition);
        Assert.False(definition.Synthetic);
        var html = BriefingHtml.Render(ClusterBriefing.Build(BriefingOptions.ForCluster(definition, SamplePlantedSignals.OutlierClusterCode)));
        Assert.DoesNotContain("class=\"synthetic\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("@bottom-left", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Definition_SyntheticFalseButDataInDataSamples_StillSynthetic()
    {
        // A copied definition that points at the bundled sample cannot lose the banner.
        Assert.True(Definition.Value.Synthetic);
        var unflagged = Definition.Value with { Synthetic = false };
        Assert.True(unflagged.Synthetic, "files under data-samples/ are the synthetic sample");
    }

    [Fact]
    public void Render_ProducedOption_OverridesTheDefinitionAndNoClockIsRead()
    {
        var options = BriefingOptions.ForCluster(Definition.Value, SamplePlantedSignals.OutlierClusterCode) with { Produced = new DateOnly(2026, 2, 3) };
        var html = BriefingHtml.Render(ClusterBriefing.Build(options));
        Assert.Contains("Produced 3 February 2026.", html, StringComparison.Ordinal);
        Assert.Contains("@top-right{content:\"Produced 3 February 2026\"", html, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 1, 2), BriefingOptions.ParseProduced("today", () => new DateOnly(2026, 1, 2)));
        Assert.Equal(new DateOnly(2026, 1, 15), BriefingOptions.ParseProduced("2026-01-15", () => throw new InvalidOperationException("the clock was read")));
        var error = Assert.Throws<ArgumentException>(() => BriefingOptions.ParseProduced("15/01/2026", () => default));
        Assert.StartsWith(BriefingMessages.BadProducedDate("15/01/2026"), error.Message, StringComparison.Ordinal);
        Assert.Equal("The production date '15/01/2026' is not a date yyyy-mm-dd (e.g. 2026-01-15) or 'today' (which reads the clock; leave it out to keep outputs byte-identical).",
            BriefingMessages.BadProducedDate("15/01/2026"));
    }

    [Fact]
    public void Render_Tables_ColumnAndRowHeaderCellsWithScopeAndThousandsSeparators()
    {
        foreach (Match table in Regex.Matches(Html.Value, "<table id=\"table-([^\"]+)\">(.*?)</table>", RegexOptions.Singleline))
        {
            var rows = Regex.Matches(table.Groups[2].Value, "<tr>(.*?)</tr>", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToList();
            Assert.Matches("^(<th scope=\"col\"( class=\"num\")?>[^<]*</th>)+$", rows[0]);
            Assert.All(rows.Skip(1), r => Assert.StartsWith("<th scope=\"row\">", r, StringComparison.Ordinal));
        }

        // No number of four or more digits is written without its separator (years and SHA-256 digests aside).
        var numbers = Regex.Matches(Html.Value, "<td[^>]*>([^<]*)</td>").Select(m => m.Groups[1].Value).Where(t => Regex.IsMatch(t, @"^-?[\d,]+(\.\d+)?( to -?[\d,]+(\.\d+)?)?$")).ToList();
        Assert.NotEmpty(numbers);
        Assert.DoesNotContain(numbers, t => Regex.IsMatch(t, @"\d{4}"));
    }

    [Fact]
    public void Render_WideTables_SplitIntoPartsOfAtMostSevenDataColumnsRepeatingTheFirst()
    {
        var units = Sample.Value.Tables.Single(t => t.Name == ClusterBriefing.UnitTableName);
        var parts = BriefingHtml.Parts(units);

        // Six indicators × (value, comparison) = 12 data columns: two parts of three indicators each.
        Assert.Equal([[0, 1, 2, 3, 4, 5, 6], [0, 7, 8, 9, 10, 11, 12]], parts.Select(p => p.ToArray()));
        Assert.Contains("id=\"table-practices-1\"", Html.Value, StringComparison.Ordinal);
        Assert.Contains("id=\"table-practices-2\"", Html.Value, StringComparison.Ordinal);
        var summary = BriefingHtml.Parts(Sample.Value.Tables.Single(t => t.Name == ClusterBriefing.SummaryTableName));
        // Summary: the area's five columns and the HSCP pair (7), then the board and Scotland pairs.
        Assert.Equal([[0, 1, 2, 3, 4, 5, 6, 7], [0, 8, 9, 10, 11]], summary.Select(p => p.ToArray()));
    }

    [Fact]
    public void Render_Print_A4PageNumbersNoToolbarChartsScaledToTheTextWidth()
    {
        var css = Html.Value;
        Assert.Contains("@page{size:A4;margin:20mm 14mm 18mm 14mm;", css, StringComparison.Ordinal);
        Assert.Contains("@bottom-right{content:\"Page \" counter(page) \" of \" counter(pages)", css, StringComparison.Ordinal);
        Assert.Contains("@top-left{content:\"GP cluster briefing: Fife 3 (GPC082) · January 2025 to December 2025\"", css, StringComparison.Ordinal);
        Assert.Contains(".modebar,.modebar-container{display:none!important}", css, StringComparison.Ordinal);
        // 860 px charts × 0.79 = 679 px, inside the 182 mm (688 px) between A4's 14 mm margins.
        Assert.True(HouseStyle.Width * BriefingPrint.PrintChartZoom <= (210 - 28) / 25.4 * 96);
    }

    [Fact]
    public void Charts_EachHasAltTextUnderItAndAnAccessibleName()
    {
        Assert.All(Sample.Value.Charts, chart =>
        {
            Assert.False(string.IsNullOrWhiteSpace(chart.AltText));
            Assert.Contains($"aria-describedby=\"{chart.ElementId}-alt\"", Html.Value, StringComparison.Ordinal);
            Assert.Contains($"<figcaption id=\"{chart.ElementId}-alt\" class=\"akit-chart-alt\">{System.Net.WebUtility.HtmlEncode(chart.AltText)}</figcaption>", Html.Value, StringComparison.Ordinal);
        });
    }

    /// <summary>Every text colour pair the page and its charts use, with WCAG 2.1 contrast worked here: (L1 + 0.05) / (L2 + 0.05), sRGB linearised.</summary>
    public static TheoryData<string, string, string> TextColours()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (use, foreground, background) in BriefingPrint.TextColours)
        {
            data.Add(use, foreground, background);
        }

        // Chart text: fonts #222222; funnel labels in rust (high), blue (low) and magenta (the briefed unit) on white;
        // SPC icon letters in white on blue, rust, liberty and purple.
        data.Add("chart text", "#222222", "#FFFFFF");
        data.Add("funnel label, high outlier", PhsPalette.Rust, "#FFFFFF");
        data.Add("funnel label, low outlier", PhsPalette.Blue, "#FFFFFF");
        data.Add("funnel label, briefed unit", PhsPalette.Magenta, "#FFFFFF");
        foreach (var fill in new[] { PhsPalette.Blue, PhsPalette.Rust, PhsPalette.Liberty, PhsPalette.Purple })
        {
            data.Add("SPC icon letter", "#FFFFFF", fill);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TextColours))]
    public void TextColours_ContrastAtLeast4Point5To1(string use, string foreground, string background)
    {
        var ratio = Contrast(foreground, background);
        Assert.True(ratio >= 4.5, $"{use}: {foreground} on {background} has contrast {ratio:0.00}:1");
    }

    [Fact]
    public void Contrast_WorkedExamples()
    {
        // Black on white is 21:1; PHS blue #0078D4 on white 4.53:1 (by hand: L = 0.7152 × 0.1878 + 0.0722 × 0.6584 = 0.1818; 1.05 / 0.2318).
        Assert.Equal(21.0, Contrast("#000000", "#FFFFFF"), 6);
        Assert.Equal(4.53, Contrast("#0078D4", "#FFFFFF"), 2);
        Assert.True(Contrast(PhsPalette.Graphite, "#FFFFFF") < 4.5, "graphite is used for markers only, never for text");
    }

    private static double Contrast(string a, string b)
    {
        double Luminance(string hex)
        {
            double Channel(int at)
            {
                var c = int.Parse(hex.AsSpan(at, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
                return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
            }

            return (0.2126 * Channel(1)) + (0.7152 * Channel(3)) + (0.0722 * Channel(5));
        }

        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    [Fact]
    public void Workbook_NumbersAsNumbersWithFormatsIntervalsInTwoColumnsFrozenHeaderAndNotes()
    {
        var folder = Directory.CreateTempSubdirectory("akit-workbook-");
        try
        {
            var path = Path.Combine(folder.FullName, "b.xlsx");
            BriefingWorkbook.Write(Sample.Value, path);
            using var workbook = SpreadsheetDocument.Open(path, false);
            var part = workbook.WorkbookPart!;
            var sheets = part.Workbook.Sheets!.Elements<Sheet>().ToList();
            Assert.Equal([.. Sample.Value.Tables.Select(t => t.Name), BriefingWorkbook.NotesSheet], sheets.Select(s => s.Name!.Value));
            var formats = part.WorkbookStylesPart!.Stylesheet.NumberingFormats!.Elements<NumberingFormat>().ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode!.Value);
            var cellFormats = part.WorkbookStylesPart.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();

            var summary = (WorksheetPart)part.GetPartById(sheets[0].Id!);
            var rows = summary.Worksheet.Descendants<Row>().ToList();
            var header = rows[1].Elements<Cell>().Select(c => c.InnerText).ToList();
            Assert.Equal(["Indicator", "Cluster count", "Denominator", "Cluster value", "95% confidence interval (lower)", "95% confidence interval (upper)", "Unit"], header.Take(7));
            var antibacterials = rows.Single(r => r.Elements<Cell>().First().InnerText == "Antibacterial items").Elements<Cell>().ToList();
            // 57,254 items; 49,149 patient-years; 1,164.9 (1,155.4 to 1,174.5): numbers, formatted #,##0 and #,##0.0.
            Assert.Equal(CellValues.Number, antibacterials[1].DataType!.Value);
            Assert.Equal(57254, double.Parse(antibacterials[1].CellValue!.Text, CultureInfo.InvariantCulture));
            Assert.Equal("#,##0", formats[cellFormats[(int)antibacterials[1].StyleIndex!.Value].NumberFormatId!.Value]);
            Assert.Equal("#,##0.0", formats[cellFormats[(int)antibacterials[3].StyleIndex!.Value].NumberFormatId!.Value]);
            Assert.Equal(1155.4, double.Parse(antibacterials[4].CellValue!.Text, CultureInfo.InvariantCulture), 1);
            Assert.Equal(1174.5, double.Parse(antibacterials[5].CellValue!.Text, CultureInfo.InvariantCulture), 1);

            var pane = summary.Worksheet.Descendants<Pane>().Single();
            Assert.Equal((2.0, "A3", PaneStateValues.Frozen), (pane.VerticalSplit!.Value, pane.TopLeftCell!.Value, pane.State!.Value));
            Assert.True(summary.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Column>().Count() >= header.Count);
            var headerStyle = cellFormats[(int)rows[1].Elements<Cell>().First().StyleIndex!.Value];
            Assert.True(headerStyle.ApplyFill!.Value && headerStyle.FontId!.Value == 1, "bold, shaded header");

            var notes = (WorksheetPart)part.GetPartById(sheets[^1].Id!);
            var noteText = notes.Worksheet.Descendants<Cell>().Select(c => c.InnerText).ToList();
            Assert.Contains("Synthetic data", noteText);
            Assert.Contains(Sample.Value.Headline, noteText);
            Assert.Contains("15 January 2026", noteText);
        }
        finally
        {
            folder.Delete(true);
        }
    }
}
