using AnalysisKit.Notebooks.Kernel;

namespace AnalysisKit.Notebooks.Tests.Kernel;

public sealed class JupyterKernelTests
{
    [Fact]
    public void OutputContent_PlotlyJson_IsSentAsAnObjectAndHtmlAsText()
    {
        var output = CellOutput.Display(new Dictionary<string, string>
        {
            ["application/vnd.plotly.v1+json"] = """{"data":[{"type":"bar"}],"layout":{}}""",
            ["text/html"] = "<div></div>",
        });
        var content = JupyterKernel.OutputContent(output);
        Assert.Equal("bar", content["data"]!["application/vnd.plotly.v1+json"]!["data"]![0]!["type"]!.GetValue<string>());
        Assert.Equal("<div></div>", content["data"]!["text/html"]!.GetValue<string>());
        Assert.Null(content["output_type"]);
    }

    [Fact]
    public void OutputContent_Stream_IsOneString()
    {
        var content = JupyterKernel.OutputContent(CellOutput.Stream("stdout", "a\nb\n"));
        Assert.Equal("a\nb\n", content["text"]!.GetValue<string>());
        Assert.Equal("stdout", content["name"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("var a = 1;", "complete")]
    [InlineData("if (true) {", "incomplete")]
    [InlineData("var s = \"abc", "incomplete")]
    [InlineData("", "complete")]
    public void IsComplete_FollowsRoslynSubmissionRules(string code, string expected) =>
        Assert.Equal(expected, CodeAssistant.IsComplete(code));
}
