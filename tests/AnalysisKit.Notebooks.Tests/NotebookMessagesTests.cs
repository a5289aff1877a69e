using System.Text.Json.Nodes;

namespace AnalysisKit.Notebooks.Tests;

/// <summary>Messages not already checked where they arise in the other test classes.</summary>
public sealed class NotebookMessagesTests
{
    [Fact]
    public void DisclosureMessages_SayCellColumnRowAndTheReasonForAnOptOut()
    {
        Assert.Equal("cell 7 output (DataFrame), column 'deaths', row 0", NotebookMessages.OutputCell(NotebookMessages.OutputPlace(7, "DataFrame"), "deaths", 0));
        Assert.Equal("INTERNAL USE ONLY — outputs not checked by disclosure control, not for release. Reason: QA (set by me).",
            NotebookMessages.InternalUseOnlyBanner("QA", "me"));
        Assert.StartsWith("Refused: x. Show the suppressed table instead (AnalysisKit.Disclosure.Suppressor.Apply)", NotebookMessages.OutputRefused("Refused: x.", AnalysisKit.Notebooks.Guard.OutputAdvice.Table), StringComparison.Ordinal);
    }

    [Fact]
    public void OutputGuardMessages_SayWhereAndWhatToDo_WithoutTheValue()
    {
        Assert.Equal("cell 2 output (text), line 3", NotebookMessages.OutputLine(NotebookMessages.OutputPlace(2, "text"), 3));
        Assert.Equal("cell 2 output (HTML), table 2", NotebookMessages.OutputTable(NotebookMessages.OutputPlace(2, "HTML"), 2));
        Assert.Equal("cell 2 output (HTML), attribute text", NotebookMessages.OutputAttribute(NotebookMessages.OutputPlace(2, "HTML")));
        Assert.Equal("Refused: w shows a rate or percentage that, with the whole number beside it, gives back a count that must not be published (r); " +
                     "the values are not repeated here because this message is kept with the output.", NotebookMessages.DerivedCount("w", "r"));
        Assert.Equal("Refused: w is a histogram: its bar heights are counted in the browser from the raw values, so they cannot be checked for small counts.",
            NotebookMessages.HistogramRefused("w"));
        Assert.Equal("Output withheld. Refused: x.", NotebookMessages.Withheld("Refused: x."));
        Assert.Equal("cell 4 (#!internal-use-only)", NotebookMessages.SessionOptOutSetBy(4));
        Assert.StartsWith("#!internal-use-only needs the reason", NotebookMessages.SessionOptOutNeedsReason, StringComparison.Ordinal);
        Assert.StartsWith("A label needs the reason it is not a count", NotebookMessages.LabelNeedsReason, StringComparison.Ordinal);
        Assert.StartsWith("an AnalysisKit result: these columns are statistics, limits, labels", NotebookMessages.ResultLabelReason, StringComparison.Ordinal);
        Assert.EndsWith("or akit run/batch --internal-use-only \"<reason>\".", NotebookMessages.OptOutAdvice, StringComparison.Ordinal);
        Assert.Equal("Refused: x. Draw the chart from suppressed counts (AnalysisKit.Charts withholds small counts; draw a bar chart of the published counts " +
                     "of Suppressor.Apply instead of a histogram)" + NotebookMessages.OptOutAdvice,
            NotebookMessages.OutputRefused("Refused: x.", AnalysisKit.Notebooks.Guard.OutputAdvice.Chart));
        Assert.StartsWith("Refused: x. The exception's message is withheld because it may quote the data",
            NotebookMessages.OutputRefused("Refused: x.", AnalysisKit.Notebooks.Guard.OutputAdvice.Error), StringComparison.Ordinal);
        Assert.StartsWith("Refused: x. Console text cannot carry a reason",
            NotebookMessages.OutputRefused("Refused: x.", AnalysisKit.Notebooks.Guard.OutputAdvice.Console), StringComparison.Ordinal);
    }

    [Fact]
    public void CellNotObject_SaysWhatACellLooksLike()
    {
        var ex = Assert.Throws<NotebookFormatException>(() => IpynbFormat.Read("{\"nbformat\": 4, \"cells\": [1]}", "n.ipynb"));
        Assert.Equal("n.ipynb: a cell is not a JSON object; expected {\"cell_type\": ..., \"source\": ...}.", ex.Message);
    }

    [Fact]
    public void DisplayOutsideCell_SaysWhereDisplayWorks()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => 1.Display());
        Assert.Equal("display() and .Display() can only be called from code running in a notebook cell.", ex.Message);
    }

    [Fact]
    public void ParameterMissing_SaysHowToPassIt()
    {
        var result = new NotebookEngine().CreateSession().Run("Parameter<int>(\"year\")");
        Assert.Equal("Parameter 'year' was not given; pass it with -p year=value.", result.Error!.Message);
    }

    [Fact]
    public void UnknownOutputType_ListsTheKnownTypes()
    {
        var ex = Assert.Throws<NotebookFormatException>(() => CellOutput.FromJson(new JsonObject { ["output_type"] = "pyout" }));
        Assert.Equal("unknown output_type 'pyout'; expected stream, display_data, execute_result or error.", ex.Message);
    }

    [Fact]
    public void NoParametersCell_IsANoteOnTheRun()
    {
        var result = new NotebookRunner(new NotebookEngine()).Run(
            TestNotebooks.Build(NotebookCell.NewCode("x")), new NotebookRunOptions { Parameters = [NotebookParameter.Parse("x=12")] },
            TestContext.Current.CancellationToken);
        Assert.True(result.Succeeded, result.Error?.ToString());
        Assert.Equal(["note: no cell is tagged 'parameters'; the injected-parameters cell was put first (as papermill does)."], result.Notes);
    }

    [Fact]
    public void CellCancelledAndSessionFaulted_SayWhatHappenedAndWhatToDo()
    {
        Assert.Equal("interrupted; the cell ignored cancellation and was abandoned (the process must end to stop it)", NotebookMessages.CellInterrupted(stopped: false));
        Assert.Equal(
            "The session stopped running cells because an earlier cell timed out and ignored cancellation; its code may still be running. " +
            "Start a new process (akit run --isolate runs each notebook in its own worker process).",
            NotebookMessages.SessionFaulted);
    }

    [Fact]
    public void StreamCut_SaysHowMuchOfEachStreamWasCutAndWhatToDo()
    {
        Assert.Equal(
            "[output cut: this cell wrote more than 2,000,000 characters of console text; the rest was not kept: 9,888,900 characters (824,075 lines) of stdout, " +
            "12 characters (1 lines) of stderr. Write large results to a file instead, or raise NotebookSessionOptions.StreamLimit.]",
            NotebookMessages.StreamCut(2_000_000, [("stdout", 9_888_900, 824_075), ("stderr", 12, 1)]));
    }

    [Fact]
    public void NoStandardInput_SaysWhyAndWhatToUseInstead()
    {
        var result = new NotebookEngine().CreateSession().Run("Console.ReadLine()");
        Assert.Equal("System.InvalidOperationException", result.Error!.Name);
        Assert.Equal(
            "Console.ReadLine and Console.Read are not available in a notebook cell: akit run, batch, test and the akit kernel run cells without a keyboard. " +
            "Give the value as a parameter instead (a variable in the 'parameters' cell, set with -p name=value) or read it from a file.",
            result.Error.Message);
    }

    [Fact]
    public void ParameterNotDeclared_NamesTheParameterAndWhatTheNotebookDeclares()
    {
        Assert.Equal(
            "warning: parameter 'clustr' is not declared in the notebook's 'parameters' cell (it declares cluster, year); " +
            "it was injected as 'var clustr = …;' but the notebook's code may not use it. Check the spelling.",
            NotebookMessages.ParameterNotDeclared("clustr", ["cluster", "year"]));
        Assert.Contains("(it declares no variables)", NotebookMessages.ParameterNotDeclared("x", []), StringComparison.Ordinal);
    }

    [Fact]
    public void ChartNeedsPlotlyJs_SaysNothingIsDownloadedAndHowToSeeTheChart()
    {
        Assert.Equal(
            "This chart needs plotly.js, which this page does not include (AnalysisKit never loads it from the internet). " +
            "Open the notebook with the AnalysisKit kernel in VS Code or JupyterLab, or export it with 'akit run … --html page.html', which embeds plotly.js.",
            NotebookMessages.ChartNeedsPlotlyJs);
    }

    [Fact]
    public void StreamLimitNotPositive_IsRejectedNamingTheOption()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new NotebookEngine(new NotebookSessionOptions { StreamLimit = 0 }));
        Assert.StartsWith("StreamLimit must be a positive number of characters.", ex.Message, StringComparison.Ordinal);
    }
}
