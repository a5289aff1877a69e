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
    [InlineData("var x =", "incomplete")]
    [InlineData("var x = ;", "invalid")]
    [InlineData("Console.WriteLine(1));", "invalid")]
    [InlineData("undefinedName + 1", "complete")]
    public void IsComplete_IncompleteWhenMoreInputCouldFinishIt_InvalidWhenNothingCould(string code, string expected) =>
        Assert.Equal(expected, CodeAssistant.IsComplete(code));

    [Fact]
    public void Complete_AfterUsingSystemDot_OffersNamespaces()
    {
        var session = new NotebookEngine().CreateSession();
        var (matches, start, end) = CodeAssistant.Complete(session, "using System.Te", 15);
        Assert.Equal(["Text"], matches);
        Assert.Equal((13, 15), (start, end));
        Assert.Contains("Generic", CodeAssistant.Complete(session, "System.Collections.Ge", 21).Matches);
    }

    [Fact]
    public void Inspect_VariableFromAnEarlierCell_GivesItsTypeAndTheTypesDocumentation()
    {
        var session = new NotebookEngine().CreateSession();
        Assert.True(session.Execute("var frame = new DataFrame();", cancellationToken: TestContext.Current.CancellationToken).Succeeded);
        Assert.Equal(
            "(variable) DataFrame frame\n\nMicrosoft.Data.Analysis.DataFrame: A DataFrame to support indexing, binary operations, " +
            "sorting, selection and other APIs. This will eventually also expose an IDataView for ML.NET",
            CodeAssistant.Inspect(session, "frame.Rows", 2));
    }

    [Fact]
    public void Inspect_LibraryMethod_GivesItsSignatureAndSummary()
    {
        var session = new NotebookEngine().CreateSession();
        var text = CodeAssistant.Inspect(session, "Math.Sqrt(2)", 7);
        Assert.Equal("double Math.Sqrt(double d)\n\nReturns the square root of a specified number.", text);
        var rate = CodeAssistant.Inspect(session, "AnalysisKit.Indicators.CrudeRate.Calculate(1, 2)", 40)!;
        Assert.StartsWith("IndicatorResult CrudeRate.Calculate(double numerator", rate, StringComparison.Ordinal);
        Assert.Contains("\n\nThe rate numerator/denominator × multiplier with limits from PoissonLimits divided by the denominator.", rate, StringComparison.Ordinal);
    }
}
