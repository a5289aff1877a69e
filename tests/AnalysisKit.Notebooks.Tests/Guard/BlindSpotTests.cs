using AnalysisKit.Disclosure;

namespace AnalysisKit.Notebooks.Tests.Guard;

/// <summary>
/// What the output guard cannot see, each stated as a test: these outputs do show a small count (or could), and they
/// are stored. The README of AnalysisKit.Notebooks lists the same limits. If one of these starts failing, the guard has
/// learned to see it: move the case to <see cref="LeakingCellsTests"/> and update the README.
/// </summary>
public sealed class BlindSpotTests
{
    private static readonly NotebookEngine Engine = new();

    private static CellResult Run(string code) =>
        Engine.CreateSession(disclosure: DisclosureControl.Default).Execute(code, 1, TestContext.Current.CancellationToken);

    [Fact]
    public void Limit_ACountWrittenInWords_IsNotSeen() =>
        Assert.True(Run("Console.WriteLine(\"P2 had three deaths\");").Succeeded);

    [Fact]
    public void Limit_AnImage_IsNotRead() =>
        Assert.True(Run("display(\"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==\", \"image/png\");").Succeeded);

    [Fact]
    public void Limit_ScriptCodeThatComputesWhatItShows_IsNotRun() =>
        Assert.True(Run("display(\"<p id='n'></p><script>document.getElementById('n').textContent = 1 + 2;</script>\", \"text/html\");").Succeeded);

    [Fact]
    public void Limit_ACountGivenBackBySubtractingOneOutputFromAnother_IsNotSeen() =>
        Assert.True(Run("Console.WriteLine(\"Cluster total: 45 deaths\");\nConsole.WriteLine(\"All practices but P2: 42 deaths\");").Succeeded);

    [Fact]
    public void Limit_AColumnWithANegativeNumber_IsReadAsDifferences_NotCounts() =>
        Assert.True(Run("new DataFrame(new PrimitiveDataFrameColumn<int>(\"deaths\", new[] { -1, 3 }))").Succeeded);

    [Fact]
    public void Limit_ANumberRightAfterACapitalisedName_IsReadAsPartOfTheName() =>
        Assert.True(Run("Console.WriteLine(\"Glasgow 3\");").Succeeded);

    [Fact]
    public void Limit_ANumberAfterAStatisticWord_IsReadAsTheStatistic() =>
        Assert.True(Run("Console.WriteLine(\"mean 3\");").Succeeded);

    [Fact]
    public void Limit_ARateWhoseColumnsDoNotSayWhatTheyAre_IsNotMultipliedOut() =>
        Assert.True(Run("new DataFrame(new PrimitiveDataFrameColumn<int>(\"x\", new[] { 40 }), new PrimitiveDataFrameColumn<double>(\"y\", new[] { 7.5 }))").Succeeded);

    [Fact]
    public void Limit_ARateAndItsDenominatorInDifferentOutputs_AreNotMultipliedOut() =>
        Assert.True(Run("Console.WriteLine(\"P2: 7.5% with asthma\");\ndisplay(\"P2 list: 40 patients\");").Succeeded);

    [Fact]
    public void Limit_AChiWrittenAsADecimalNumber_IsReadAsADecimal() =>
        Assert.True(Run("Console.WriteLine(\"010190.1232\");").Succeeded);

    [Fact]
    public void Limit_TheXValuesOfAVerticalChart_AreReadAsCategories() =>
        Assert.True(Run("display(\"{\\\"data\\\":[{\\\"type\\\":\\\"scatter\\\",\\\"x\\\":[3],\\\"y\\\":[40]}]}\", \"application/vnd.plotly.v1+json\");").Succeeded);

    [Fact]
    public void Limit_ARangeOrBand_IsReadAsALabel() =>
        Assert.True(Run("Console.WriteLine(\"deaths 3-4\");").Succeeded);

    [Fact]
    public void Limit_ANumberInACellNotMarkedAsACount_IsNotReadWhenTheTableMarksItsCounts() =>
        Assert.True(Run("display(\"<table><tr><th>practice</th><th>deaths</th><th>other</th></tr><tr><td>P1</td><td class='count'>40</td><td>3</td></tr></table>\", \"text/html\");").Succeeded);

    [Fact]
    public void Limit_ColumnsDeclaredAsLabels_AreNotReadAsCounts_TheReasonIsRecorded()
    {
        var result = Run("new DataFrame(new PrimitiveDataFrameColumn<int>(\"deaths\", new[] { 3 })).WithLabelColumns([\"deaths\"], \"wrongly declared\")");

        Assert.True(result.Succeeded);
        Assert.Equal("""{"akit":{"label_columns":["deaths"],"label_reason":"wrongly declared"}}""", result.Outputs.Single().Metadata.ToJsonString());
    }

    [Fact]
    public void Limit_CodeAndMarkdownCellsAreSources_NotOutputs_AndAreNotRead()
    {
        var notebook = TestNotebooks.Build(NotebookCell.NewMarkdown("P2 had 3 deaths"), NotebookCell.NewCode("// P2 had 3 deaths\nvar ok = true;"));

        var page = NotebookHtmlExporter.Export(new NotebookRunner(Engine).Run(notebook, cancellationToken: TestContext.Current.CancellationToken).Notebook, "t");

        Assert.Contains("P2 had 3 deaths", page, StringComparison.Ordinal);
    }
}
