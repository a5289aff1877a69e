namespace AnalysisKit.Notebooks.Tests;

public sealed class NotebookSessionTests
{
    private static readonly NotebookEngine Engine = new();

    private static string Plain(CellOutput output) => output.Data["text/plain"];

    [Fact]
    public void Execute_VariablesFromEarlierCells_AreVisibleInLaterCells()
    {
        var session = Engine.CreateSession();
        Assert.True(session.Run("var practices = 12;").Succeeded);
        var result = session.Run("practices * 2");
        Assert.True(result.Succeeded);
        var output = Assert.Single(result.Outputs);
        Assert.Equal(CellOutputKind.ExecuteResult, output.Kind);
        Assert.Equal("24", Plain(output));
        Assert.Equal(2, output.ExecutionCount);
    }

    [Fact]
    public void Execute_CompileError_ReportsCellAndLineAndLeavesStateIntact()
    {
        var session = Engine.CreateSession();
        session.Run("var total = 5;", cellNumber: 1);
        var failed = session.Run("var x = 1;\nvar y = undefinedName;", cellNumber: 2);
        Assert.False(failed.Succeeded);
        Assert.Equal(CellErrorKind.Compile, failed.Error!.Kind);
        Assert.Equal(2, failed.Error.CellNumber);
        Assert.Equal(2, failed.Error.Line);
        Assert.Contains("CS0103", failed.Error.Message, StringComparison.Ordinal);
        Assert.Equal("CompilationError", Assert.Single(failed.Outputs).ErrorName);

        var after = session.Run("total + 1", cellNumber: 3);
        Assert.Equal("6", Plain(Assert.Single(after.Outputs)));
    }

    [Fact]
    public void Execute_RuntimeException_ReportsCellAndLineAndKeepsEarlierVariables()
    {
        var session = Engine.CreateSession();
        session.Run("var count = 3;", cellNumber: 1);
        var failed = session.Run("var a = 1;\nvar b = 0;\nvar c = a / b;", cellNumber: 2);
        Assert.Equal(CellErrorKind.Runtime, failed.Error!.Kind);
        Assert.Equal("System.DivideByZeroException", failed.Error.Name);
        Assert.Equal(2, failed.Error.CellNumber);
        Assert.Equal(3, failed.Error.Line);
        Assert.Equal("cell 2, line 3: Attempted to divide by zero.", failed.Error.ToString());

        Assert.Equal("3", Plain(Assert.Single(session.Run("count", cellNumber: 3).Outputs)));
    }

    [Fact]
    public void Execute_ExceptionInMethodDeclaredInEarlierCell_ReportsThatCellAndLine()
    {
        var session = Engine.CreateSession();
        session.Run("int Rate(int numerator, int denominator)\n{\n    return numerator / denominator;\n}", cellNumber: 1);
        var failed = session.Run("Rate(1, 0)", cellNumber: 2);
        Assert.Equal(1, failed.Error!.CellNumber);
        Assert.Equal(3, failed.Error.Line);
    }

    [Fact]
    public void Execute_TypesAndUsingsDeclaredInACell_AreVisibleLater()
    {
        var session = Engine.CreateSession();
        session.Run("using System.Text.RegularExpressions;\nrecord Practice(string Code, int ListSize);");
        var result = session.Run("Regex.IsMatch(new Practice(\"10002\", 5400).Code, \"^[0-9]{5}$\")");
        Assert.Equal("True", Plain(Assert.Single(result.Outputs)));
    }

    [Fact]
    public void Execute_ConsoleOutput_IsCapturedAsOneStreamOutput()
    {
        var session = Engine.CreateSession();
        var result = session.Run("Console.Write(\"a\");\nConsole.WriteLine(\"b\");\nConsole.Error.WriteLine(\"warn\");");
        Assert.Equal(2, result.Outputs.Count);
        Assert.Equal(("stdout", "ab\n"), (result.Outputs[0].StreamName, result.Outputs[0].Text));
        Assert.Equal(("stderr", "warn\n"), (result.Outputs[1].StreamName, result.Outputs[1].Text));
    }

    [Fact]
    public void Execute_DisplayCalls_ProduceDisplayDataInOrderWithStreams()
    {
        var session = Engine.CreateSession();
        var result = session.Run("display(1.5);\nConsole.WriteLine(\"between\");\n\"<b>x</b>\".DisplayAs(\"text/html\");\n42.Display();\ndisplay(\"# T\", \"text/markdown\");");
        Assert.Equal(
            [CellOutputKind.DisplayData, CellOutputKind.Stream, CellOutputKind.DisplayData, CellOutputKind.DisplayData, CellOutputKind.DisplayData],
            result.Outputs.Select(o => o.Kind).ToArray());
        Assert.Equal("1.5", Plain(result.Outputs[0]));
        Assert.Equal("<b>x</b>", result.Outputs[2].Data["text/html"]);
        Assert.Equal("42", Plain(result.Outputs[3]));
        Assert.Equal("# T", result.Outputs[4].Data["text/markdown"]);
    }

    [Fact]
    public void Execute_TrailingVoidCallOrStatement_ProducesNoResult()
    {
        var session = Engine.CreateSession();
        Assert.Empty(session.Run("var x = 1;").Outputs);
        Assert.Empty(session.Run("Math.Abs(-1);").Outputs);
        Assert.Equal("<null>", Plain(Assert.Single(session.Run("(string?)null").Outputs)));
    }

    [Fact]
    public void Execute_NumbersAndDates_AreFormattedInInvariantCulture()
    {
        var session = Engine.CreateSession();
        Assert.Equal("1234.5", Plain(Assert.Single(session.Run("CultureInfo.CurrentCulture = new CultureInfo(\"de-DE\"); 1234.5").Outputs)));
        Assert.Equal("[1.5, 2.25]", Plain(Assert.Single(session.Run("new[] { 1.5, 2.25 }").Outputs)));
    }

    [Fact]
    public void Execute_AsyncCode_IsAwaited()
    {
        var session = Engine.CreateSession();
        var result = session.Run("await Task.Delay(10);\nawait Task.FromResult(7)");
        Assert.Equal("7", Plain(Assert.Single(result.Outputs)));
    }

    [Fact]
    public void Execute_RedeclaredVariable_ShadowsTheEarlierOne()
    {
        var session = Engine.CreateSession();
        session.Run("var cluster = \"S00000\";");
        session.Run("var cluster = \"S12345\";");
        Assert.Equal("S12345", Plain(Assert.Single(session.Run("cluster").Outputs)));
    }

    [Fact]
    public void Execute_Parameters_AreVisibleAsGlobals()
    {
        var session = Engine.CreateSession(new Dictionary<string, object?> { ["cluster"] = "S12345" });
        Assert.Equal("S12345", Plain(Assert.Single(session.Run("Parameter<string>(\"cluster\")").Outputs)));
    }
}
