namespace AnalysisKit.Notebooks.Tests;

public sealed class NotebookHtmlExporterTests
{
    private const string PlotlyBanner = "For license information please see plotly.min.js.LICENSE.txt";

    [Fact]
    public void Export_TwoCharts_EmbedsPlotlyJsOnceInTheHead()
    {
        var formatter = new ValueFormatter();
        var chart = Plotly.NET.CSharp.Chart.Column<int, string, string>(values: new[] { 12 }, Keys: new[] { "a" });
        var cell = NotebookCell.NewCode("chart");
        cell.SetOutputs([CellOutput.Display(formatter.Format(chart)), CellOutput.Display(formatter.Format(chart))]);
        var html = NotebookHtmlExporter.Export(TestNotebooks.Build(NotebookCell.NewMarkdown("# Briefing"), cell), "t");
        Assert.Equal(1, CountOf(html, PlotlyBanner));
        Assert.True(html.IndexOf(PlotlyBanner, StringComparison.Ordinal) < html.IndexOf("</head>", StringComparison.Ordinal));
        Assert.Contains("<h1 id=\"briefing\">Briefing</h1>", html, StringComparison.Ordinal);
        Assert.Equal(2, CountOf(html, "data-akit-chart"));
    }

    [Fact]
    public void Export_NoCharts_HasNoPlotlyJs()
    {
        var cell = NotebookCell.NewCode("1");
        cell.SetOutputs([CellOutput.Stream("stdout", "<b>x</b>\n"), CellOutput.Error("E", "bad", ["cell 1: bad"])]);
        var html = NotebookHtmlExporter.Export(TestNotebooks.Build(cell), "t");
        Assert.DoesNotContain(PlotlyBanner, html, StringComparison.Ordinal);
        Assert.Contains("<pre class=\"stream stdout\">&lt;b&gt;x&lt;/b&gt;\n</pre>", html, StringComparison.Ordinal);
        Assert.Contains("<pre class=\"error\">E: bad\ncell 1: bad</pre>", html, StringComparison.Ordinal);
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
