namespace AnalysisKit.Notebooks.Tests;

public sealed class NotebookComparisonTests
{
    private static Notebook WithOutputs(string tag, params CellOutput[] outputs)
    {
        var cell = tag.Length == 0 ? NotebookCell.NewCode("x") : NotebookCell.NewCode("x", tag);
        cell.SetOutputs(outputs);
        return TestNotebooks.Build(cell);
    }

    private static IReadOnlyDictionary<string, string> Plain(string text) => new Dictionary<string, string> { ["text/plain"] = text };

    [Fact]
    public void Compare_SameOutputsDifferentExecutionCounts_Match()
    {
        var stored = WithOutputs(string.Empty, CellOutput.Result(Plain("42"), 7));
        var fresh = WithOutputs(string.Empty, CellOutput.Result(Plain("42"), 1));
        Assert.Empty(NotebookComparison.Compare(stored, fresh, []));
    }

    [Fact]
    public void Compare_GuidsTimestampsAndPaths_AreSanitisedBeforeComparing()
    {
        var stored = WithOutputs(string.Empty, CellOutput.Stream("stdout", "id 0f8fad5b-d9cb-469f-a165-70867728950e at 2025-01-02T03:04:05Z in /home/a/repo/data.csv\n"));
        var fresh = WithOutputs(string.Empty, CellOutput.Stream("stdout", "id 7c9e6679-7425-40de-944b-e07fc1f90ae7 at 2026-11-23 10:11:12.5 in /work/repo/data.csv\n"));
        Assert.Empty(NotebookComparison.Compare(stored, fresh, ["/home/a/repo", "/work/repo"]));
    }

    [Fact]
    public void Sanitize_EmbeddedPlotlyBundle_IsReplaced()
    {
        var html = "<script>/*! For license information please see plotly.min.js.LICENSE.txt */ !function(){ big }</script><div></div>";
        Assert.Equal("<script><PLOTLY.JS></script><div></div>", OutputSanitizer.Sanitize(html, []));
    }

    [Fact]
    public void Compare_DifferentText_ReportsCellAndLineDiff()
    {
        var stored = WithOutputs(string.Empty, CellOutput.Stream("stdout", "a\nb\nc\n"));
        var fresh = WithOutputs(string.Empty, CellOutput.Stream("stdout", "a\nB\nc\n"));
        var difference = Assert.Single(NotebookComparison.Compare(stored, fresh, []));
        Assert.Equal("cell 1: outputs differ (- stored, + this run)\n  [stdout]\n  a\n+ B\n- b\n  c\n  \n", difference.Describe());
    }

    [Fact]
    public void Compare_IgnoreOutputTag_SkipsTheCell()
    {
        var stored = WithOutputs("nbval-ignore-output", CellOutput.Stream("stdout", "old"));
        var fresh = WithOutputs("nbval-ignore-output", CellOutput.Stream("stdout", "new"));
        Assert.Empty(NotebookComparison.Compare(stored, fresh, []));
    }

    [Fact]
    public void Compare_RaisesExceptionCellThatDidNotRaise_IsADifference()
    {
        var stored = WithOutputs("raises-exception", CellOutput.Error("System.Exception", "boom", []));
        var fresh = WithOutputs("raises-exception");
        var difference = Assert.Single(NotebookComparison.Compare(stored, fresh, []));
        Assert.Equal("The cell is tagged 'raises-exception' but ran without an error.", difference.Actual);
    }

    [Fact]
    public void Compare_ErrorsCompareByNameAndMessageNotTraceback()
    {
        var stored = WithOutputs(string.Empty, CellOutput.Error("System.Exception", "boom", ["cell 1, line 1: boom"]));
        var fresh = WithOutputs(string.Empty, CellOutput.Error("System.Exception", "boom", ["cell 9, line 9: boom"]));
        Assert.Empty(NotebookComparison.Compare(stored, fresh, []));
    }

    [Fact]
    public void Compare_DifferentCellCounts_SaysWhy()
    {
        var ex = Assert.Throws<ArgumentException>(() => NotebookComparison.Compare(Notebook.NewCSharp(), WithOutputs(string.Empty), []));
        Assert.StartsWith("The stored notebook has 0 cells and the fresh run 1; compare runs without injected parameters.", ex.Message, StringComparison.Ordinal);
    }
}
