using Microsoft.Data.Analysis;

namespace AnalysisKit.Notebooks.Tests;

public sealed class ValueFormatterTests
{
    [Fact]
    public void Format_DataFrame_GivesHtmlTableAndAlignedInvariantText()
    {
        var frame = new DataFrame(
            new StringDataFrameColumn("practice", ["P1", "P22"]),
            new PrimitiveDataFrameColumn<double>("rate", [1234.5, 0.25]));
        var data = new ValueFormatter().Format(frame);
        Assert.Equal(
            "<table><thead><tr><th><i>index</i></th><th>practice</th><th>rate</th></tr></thead><tbody>" +
            "<tr><td>0</td><td>P1</td><td>1234.5</td></tr><tr><td>1</td><td>P22</td><td>0.25</td></tr></tbody></table>",
            data["text/html"]);
        Assert.Equal("practice  rate\nP1        1234.5\nP22       0.25\n", data["text/plain"]);
    }

    [Fact]
    public void Format_LongDataFrame_ShowsTwentyRowsAndSaysHowManyMore()
    {
        var frame = new DataFrame(new PrimitiveDataFrameColumn<int>("n", Enumerable.Range(0, 25).ToArray()));
        var data = new ValueFormatter().Format(frame);
        Assert.Contains("<p>… 5 more rows (25 in all)</p>", data["text/html"], StringComparison.Ordinal);
        Assert.EndsWith("19\n… 5 more rows (25 in all)\n", data["text/plain"], StringComparison.Ordinal);
    }

    [Fact]
    public void Format_Charts_GetSequentialIdsAndNoEmbeddedPlotlyJs()
    {
        var formatter = new ValueFormatter();
        var chart = Plotly.NET.CSharp.Chart.Column<int, string, string>(values: new[] { 1, 2 }, Keys: new[] { "a", "b" });
        var first = formatter.Format(chart)["text/html"];
        var second = formatter.Format(chart)["text/html"];
        Assert.StartsWith("<div id=\"akit-chart-1\" data-akit-chart=\"true\"></div>", first, StringComparison.Ordinal);
        Assert.StartsWith("<div id=\"akit-chart-2\"", second, StringComparison.Ordinal);
        Assert.Contains("\"x\":[\"a\",\"b\"],\"y\":[1,2]", first, StringComparison.Ordinal);
        Assert.True(first.Length < 10_000, $"a chart output should be small, was {first.Length} characters");
    }

    /// <summary>Without plotly.js on the page the chart says so in its place; nothing is loaded from a CDN.</summary>
    [Fact]
    public void Format_Chart_HasNoCdnFallback_AndSaysWhatItNeeds()
    {
        var html = new ValueFormatter().Format(Plotly.NET.CSharp.Chart.Column<int, string, string>(values: new[] { 1 }, Keys: new[] { "a" }))["text/html"];
        Assert.DoesNotContain("cdn", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("createElement('script')", html, StringComparison.Ordinal);
        Assert.Contains("element.textContent = " + System.Text.Json.JsonSerializer.Serialize(NotebookMessages.ChartNeedsPlotlyJs), html, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_SequenceOfRecords_GivesTableAndList()
    {
        var data = new ValueFormatter().Format(new[] { new Row("P1", 2.5), new Row("P2", 3) });
        Assert.Equal(
            "<table><thead><tr><th><i>index</i></th><th>Practice</th><th>Rate</th></tr></thead><tbody>" +
            "<tr><td>0</td><td>P1</td><td>2.5</td></tr><tr><td>1</td><td>P2</td><td>3</td></tr></tbody></table>",
            data["text/html"]);
        Assert.Equal("[Row { Practice = P1, Rate = 2.5 }, Row { Practice = P2, Rate = 3 }]", data["text/plain"]);
    }

    [Fact]
    public void Text_NullBoolAndNumbers_AreInvariant()
    {
        Assert.Equal("<null>", ValueFormatter.Text(null));
        Assert.Equal("True", ValueFormatter.Text(true));
        Assert.Equal("0.1", ValueFormatter.Text(0.1));
    }

    [Fact]
    public void Format_LongSequence_ShowsTwentyItemsThenAnEllipsis()
    {
        Assert.Equal("[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, …]",
            new ValueFormatter().Format(Enumerable.Range(1, 25))["text/plain"]);
    }

    private sealed record Row(string Practice, double Rate);
}
