namespace AnalysisKit.Notebooks.Tests;

public sealed class ParameterInjectionTests
{
    [Fact]
    public void Inject_AfterParametersCell_ReplacingAnEarlierInjectedCell()
    {
        var notebook = TestNotebooks.Build(
            NotebookCell.NewMarkdown("# t"),
            NotebookCell.NewCode("var cluster = \"S0\";", "parameters"),
            NotebookCell.NewCode("// Parameters\nvar cluster = \"OLD\";", "injected-parameters"),
            NotebookCell.NewCode("cluster"));
        var index = ParameterInjection.Inject(notebook, [NotebookParameter.Parse("cluster=S12345"), NotebookParameter.Parse("year=2024")], out var noParametersCell);
        Assert.Equal(2, index);
        Assert.False(noParametersCell);
        Assert.Equal(4, notebook.Cells.Count);
        Assert.Equal("// Parameters\nvar cluster = \"S12345\";\nvar year = 2024;", notebook.Cells[2].Source);
        Assert.True(notebook.Cells[2].HasTag("injected-parameters"));
        Assert.Equal("injected-parameters", notebook.Cells[2].Id);
        Assert.Equal("csharp", notebook.Cells[2].Json["metadata"]!["vscode"]!["languageId"]!.GetValue<string>());
        Assert.Equal("cluster", notebook.Cells[3].Source);
    }

    [Fact]
    public void Inject_NoParametersCell_PutsTheCellFirst()
    {
        var notebook = TestNotebooks.Build(NotebookCell.NewCode("1"));
        Assert.Equal(0, ParameterInjection.Inject(notebook, [NotebookParameter.Parse("x=1")], out var noParametersCell));
        Assert.True(noParametersCell);
        Assert.Equal("// Parameters\nvar x = 1;", notebook.Cells[0].Source);
    }

    [Fact]
    public void Inject_NoParameters_OnlyRemovesAnOldInjectedCell()
    {
        var notebook = TestNotebooks.Build(NotebookCell.NewCode("var x = 1;", "injected-parameters"), NotebookCell.NewCode("x"));
        Assert.Null(ParameterInjection.Inject(notebook, [], out _));
        Assert.Equal(["x"], notebook.Cells.Select(c => c.Source));
    }

    [Fact]
    public void DeclaredParameters_AreTheVariablesOfTheParametersCell()
    {
        var notebook = TestNotebooks.Build(
            NotebookCell.NewCode("// Parameters: the defaults\nvar cluster = \"S0\";\nint year = 2024, month = 3;\nConsole.WriteLine(cluster);", "parameters"),
            NotebookCell.NewCode("var other = 1;"));
        Assert.Equal(["cluster", "year", "month"], ParameterInjection.DeclaredParameters(notebook));
        Assert.Null(ParameterInjection.DeclaredParameters(TestNotebooks.Build(NotebookCell.NewCode("var x = 1;"))));
    }
}
