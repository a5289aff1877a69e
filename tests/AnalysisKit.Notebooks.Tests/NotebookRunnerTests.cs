namespace AnalysisKit.Notebooks.Tests;

public sealed class NotebookRunnerTests
{
    private static readonly NotebookEngine Engine = new();

    private static NotebookRunResult Run(Notebook notebook, NotebookRunOptions? options = null) =>
        new NotebookRunner(Engine).Run(notebook, options, TestContext.Current.CancellationToken);

    private static string Stdout(NotebookCell cell) =>
        string.Concat(cell.Outputs.Select(o => CellOutput.FromJson(o!.AsObject())).Where(o => o.Kind == CellOutputKind.Stream).Select(o => o.Text));

    [Fact]
    public void Run_SampleBriefingWithClusterParameter_SummarisesThatCluster()
    {
        var notebook = NotebookFile.Load(TestNotebooks.PathOf("sample-briefing.ipynb"));
        var result = Run(notebook, new NotebookRunOptions
        {
            Parameters = [NotebookParameter.Parse("cluster=C002"), new NotebookParameter("dataPath", TestNotebooks.PathOf("practices.csv"))],
        });
        Assert.True(result.Succeeded, result.Error?.ToString());

        // By hand from the generator (TestData/Notebooks/PROVENANCE.md), cluster c = 2, practices p = 1..4:
        // list sizes 2000 + (74 + 53p) mod 6000 = 2127, 2180, 2233, 2286 → 8826;
        // diabetes floor(size × (40 + (2 + p) mod 30) / 1000) = floor(2127×43/1000)=91, floor(2180×44/1000)=95,
        // floor(2233×45/1000)=100, floor(2286×46/1000)=105 → 391; prevalence 100 × 391 / 8826 = 4.4301… → 4.43%.
        var summary = result.Notebook.Cells.Single(c => c.Source.Contains("prevalence", StringComparison.Ordinal));
        Assert.Equal("Cluster C002: 4 practices, list size 8826, diabetes prevalence 4.43%\n", Stdout(summary));

        var injected = result.Notebook.Cells[2];
        Assert.True(injected.HasTag("injected-parameters"));
        Assert.Contains("var cluster = \"C002\";", injected.Source, StringComparison.Ordinal);
        Assert.Equal([1, 2, 3, 4, 5, 6], result.Notebook.Cells.Where(c => c.IsCode).Select(c => c.ExecutionCount ?? 0));
        Assert.Equal(7, notebook.Cells.Count + 1);
    }

    [Fact]
    public void Run_FailingCell_StopsMarksTheErrorAndClearsLaterCells()
    {
        var notebook = TestNotebooks.Build(
            NotebookCell.NewCode("var a = 1;"),
            NotebookCell.NewMarkdown("text"),
            NotebookCell.NewCode("var b = a;\nthrow new InvalidOperationException(\"no data for cluster\");"),
            NotebookCell.NewCode("Console.WriteLine(\"never\");"));
        notebook.Cells[3].SetOutputs([CellOutput.Stream("stdout", "stale\n")]);
        var result = Run(notebook);
        Assert.Equal("cell 3, line 2: no data for cluster", result.Error!.ToString());
        var error = CellOutput.FromJson(result.Notebook.Cells[2].Outputs.Single()!.AsObject());
        Assert.Equal(("System.InvalidOperationException", "no data for cluster"), (error.ErrorName, error.ErrorValue));
        Assert.Empty(result.Notebook.Cells[3].Outputs);
        Assert.Null(result.Notebook.Cells[3].ExecutionCount);
    }

    [Fact]
    public void Run_CellTaggedRaisesException_ContinuesAfterItsError()
    {
        var notebook = TestNotebooks.Build(
            NotebookCell.NewCode("throw new ArgumentException(\"expected\");", "raises-exception"),
            NotebookCell.NewCode("40 + 2"));
        var result = Run(notebook);
        Assert.True(result.Succeeded);
        Assert.Equal(2, result.Cells.Count);
    }

    [Fact]
    public void Run_FSharpCell_FailsWithAClearMessage()
    {
        var fsharp = NotebookCell.NewCode("let x = 1");
        fsharp.Json["metadata"]!["polyglot_notebook"]!["kernelName"] = "fsharp";
        var result = Run(TestNotebooks.Build(fsharp));
        Assert.Equal(CellErrorKind.Unsupported, result.Error!.Kind);
        Assert.Equal("cell 1: The cell's kernel is 'fsharp'; this engine runs C# cells only (kernel 'csharp').", result.Error.ToString());
    }

    [Fact]
    public void Run_NbvalSkipCells_AreNotRunWhenAsked()
    {
        var notebook = TestNotebooks.Build(NotebookCell.NewCode("throw new Exception();", "nbval-skip"), NotebookCell.NewCode("42"));
        Assert.True(Run(notebook, new NotebookRunOptions { SkipNbvalSkipCells = true }).Succeeded);
        Assert.False(Run(notebook).Succeeded);
    }

    [Fact]
    public void Run_NotebookTimeout_StopsTheRunNamingTheLimit()
    {
        var notebook = TestNotebooks.Build(
            NotebookCell.NewCode("var i = 0;"),
            NotebookCell.NewCode("while (!CancellationToken.IsCancellationRequested) { i++; }\nCancellationToken.ThrowIfCancellationRequested();"));
        // The limit covers compiling cell 1 too, which takes seconds on a cold, loaded machine: leave room for it so
        // the limit is reached in cell 2's loop.
        var result = Run(notebook, new NotebookRunOptions { NotebookTimeout = TimeSpan.FromSeconds(6) });
        Assert.Equal(CellErrorKind.Timeout, result.Error!.Kind);
        Assert.Equal("cell 2: The notebook did not finish within its time limit of 6 s.", result.Error.ToString());
    }

    [Fact]
    public void Run_DoesNotChangeTheNotebookPassedIn()
    {
        var notebook = TestNotebooks.Build(NotebookCell.NewCode("1"));
        var before = IpynbFormat.Write(notebook);
        Run(notebook, new NotebookRunOptions { Parameters = [NotebookParameter.Parse("x=1")] });
        Assert.Equal(before, IpynbFormat.Write(notebook));
    }

    [Fact]
    public void Run_SameNotebookTwiceOnOneEngine_ReusesCompiledCellsAndGivesTheSameBytes()
    {
        var notebook = NotebookFile.Load(TestNotebooks.PathOf("sample-briefing.ipynb"));
        var options = new NotebookRunOptions { Parameters = [new NotebookParameter("dataPath", TestNotebooks.PathOf("practices.csv"))] };
        var first = Run(notebook, options);
        var second = Run(notebook, options);
        Assert.True(first.Succeeded, first.Error?.ToString());
        Assert.Equal(IpynbFormat.Write(first.Notebook), IpynbFormat.Write(second.Notebook));
    }

    [Fact]
    public void Run_ManyParameterValuesOnOneEngine_CompilesEachCellOnce()
    {
        var engine = new NotebookEngine();
        var runner = new NotebookRunner(engine);
        var notebook = NotebookFile.Load(TestNotebooks.PathOf("sample-briefing.ipynb"));
        var csv = new NotebookParameter("dataPath", TestNotebooks.PathOf("practices.csv"));
        RunFor("C001");
        var compiledAfterFirstRun = engine.CompiledCellCount;
        RunFor("C002");
        RunFor("C003");
        // Six code cells per run: parameters, injected parameters, references, load, summary, chart.
        Assert.Equal(6, compiledAfterFirstRun);
        Assert.Equal(compiledAfterFirstRun, engine.CompiledCellCount);

        void RunFor(string cluster)
        {
            var result = runner.Run(notebook, new NotebookRunOptions { Parameters = [NotebookParameter.Parse("cluster=" + cluster), csv] }, TestContext.Current.CancellationToken);
            Assert.True(result.Succeeded, result.Error?.ToString());
        }
    }

    [Fact]
    public void Run_ParameterTheNotebookDoesNotDeclare_IsInjectedWithAWarning()
    {
        var notebook = TestNotebooks.Build(NotebookCell.NewCode("var cluster = \"S0\";", "parameters"), NotebookCell.NewCode("cluster"));
        var result = new NotebookRunner(new NotebookEngine()).Run(notebook,
            new NotebookRunOptions { Parameters = [NotebookParameter.Parse("cluster=S1"), NotebookParameter.Parse("clustr=S2")] },
            TestContext.Current.CancellationToken);
        Assert.True(result.Succeeded, result.Error?.ToString());
        Assert.Equal([NotebookMessages.ParameterNotDeclared("clustr", ["cluster"])], result.Notes);
    }

    /// <summary>As nbclient (papermill, nbconvert): an empty code cell is not run and keeps no execution count.</summary>
    [Fact]
    public void Run_EmptyCodeCell_IsNotRunAndHasNoExecutionCount()
    {
        var notebook = TestNotebooks.Build(NotebookCell.NewCode("12"), NotebookCell.NewCode("  \n"), NotebookCell.NewCode("40"));
        var result = new NotebookRunner(new NotebookEngine()).Run(notebook, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal([1, null, 2], result.Notebook.Cells.Select(c => c.ExecutionCount));
        Assert.Equal(2, result.Cells.Count);
    }

    [Fact]
    public void Run_ExecutedNotebook_IsNbformat45WithAnIdOnEveryCell()
    {
        var notebook = NotebookFile.Load(TestNotebooks.PathOf("vscode-polyglot.ipynb"));
        var result = new NotebookRunner(new NotebookEngine()).Run(notebook, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(5, result.Notebook.FormatMinor);
        Assert.All(result.Notebook.Cells, c => Assert.NotNull(c.Id));
        Assert.True(notebook.FormatMinor < 5, "the notebook given is not changed");
    }
}
