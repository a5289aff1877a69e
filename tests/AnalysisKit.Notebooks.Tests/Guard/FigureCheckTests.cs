using System.Text.Json.Nodes;
using AnalysisKit.Disclosure;
using AnalysisKit.Notebooks.Guard;

namespace AnalysisKit.Notebooks.Tests.Guard;

/// <summary>Plotly figures and other JSON, read for what they draw (PHS practice policy).</summary>
public sealed class FigureCheckTests
{
    private static FigureFinding? Find(string json) => FigureCheck.Find(JsonNode.Parse(json), SuppressionPolicy.PhsPracticeUnder5);

    [Theory]
    [InlineData("""{"data":[{"type":"bar","name":"Deaths","x":["P1","P2"],"y":[27,3]}]}""", "trace 'Deaths', y, point 1")]
    [InlineData("""{"data":[{"type":"bar","orientation":"h","x":[3],"y":["P1"]}]}""", "trace 1, x, point 0")]
    [InlineData("""{"data":[{"type":"pie","values":[40,2],"labels":["a","b"]}]}""", "trace 1, values, point 1")]
    [InlineData("""{"data":[{"type":"heatmap","z":[[12,40],[3,50]]}]}""", "trace 1, z, point 2")]
    [InlineData("""{"data":[{"type":"bar","y":["3"]}]}""", "trace 1, y, point 0")]
    [InlineData("""{"data":[{"type":"scatter","y":[12.5],"customdata":[[3]]}]}""", "trace 1, customdata[0][0]")]
    [InlineData("""{"data":[{"type":"bar","y":[12]}],"layout":{"annotations":[{"text":"P2: 3 deaths"}]}}""", "layout annotations")]
    [InlineData("""[{"type":"bar","y":[4]}]""", "trace 1, y, point 0")]
    [InlineData("""{"data":[{"type":"table","cells":{"values":[["P1"],[3]]}}]}""", "trace 1, cells[1][0]")]
    public void SmallCounts_AreFoundWhereTheyAreDrawn(string json, string where) => Assert.Equal(new FigureFinding(where, false), Find(json));

    [Theory]
    [InlineData("""{"data":[{"type":"bar","x":[1,2,3],"y":[40,50,60]}]}""")]        // months on x
    [InlineData("""{"data":[{"type":"scatter","x":[4200],"y":[1164.9012345678]}]}""")]
    [InlineData("""{"data":[{"type":"bar","y":[0,12]}],"layout":{"yaxis":{"range":[0,3]}}}""")]
    [InlineData("""{"quintile": 3, "rate": 2}""")]
    public void Figures_WithoutSmallCounts_Pass(string json) => Assert.Null(Find(json));

    [Fact]
    public void Histogram_IsRefusedOutright() =>
        Assert.Equal(new FigureFinding("trace 1 (histogram)", true), Find("""{"data":[{"type":"histogram","x":[61,62,62,70]}]}"""));

    [Fact]
    public void FigureJson_InAScript_IsFound() =>
        Assert.Equal(new FigureFinding("trace 1, y, point 0", false),
            FigureCheck.FindInScript("var figure = {\"data\":[{\"type\":\"bar\",\"y\":[2]}],\"layout\":{}};\nPlotly.newPlot('c', figure.data);", SuppressionPolicy.PhsPracticeUnder5));
}
