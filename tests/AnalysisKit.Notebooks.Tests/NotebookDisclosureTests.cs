using System.Text.Json.Nodes;
using AnalysisKit.Disclosure;

namespace AnalysisKit.Notebooks.Tests;

/// <summary>Headless runs check stored outputs by default; the opt-outs and the record they leave in the executed notebook.</summary>
public sealed class NotebookDisclosureTests
{
    private const string RawSmallCount = "new DataFrame(new StringDataFrameColumn(\"practice\", new[] { \"P1\" }), new PrimitiveDataFrameColumn<int>(\"deaths\", new[] { 2 }))";

    private static readonly NotebookEngine Engine = new();

    private static NotebookRunResult Run(Notebook notebook, NotebookRunOptions? options = null) =>
        new NotebookRunner(Engine).Run(notebook, options, TestContext.Current.CancellationToken);

    private static JsonNode? Record(NotebookRunResult result) => result.Notebook.Json["metadata"]!["akit"]!["disclosure"];

    private static Notebook MarkedInternal(JsonNode flag)
    {
        var notebook = TestNotebooks.Build(NotebookCell.NewCode(RawSmallCount));
        notebook.Json["metadata"]!["akit"] = new JsonObject { ["internal_use_only"] = flag };
        return notebook;
    }

    [Fact]
    public void Run_ByDefault_RefusesARawSmallCount_AndRecordsThePolicyItWasCheckedWith()
    {
        var result = Run(TestNotebooks.Build(NotebookCell.NewCode("var ok = 1;"), NotebookCell.NewCode(RawSmallCount)));

        Assert.Equal(CellErrorKind.Disclosure, result.Error!.Kind);
        Assert.StartsWith("cell 2: Refused: cell 2 output (DataFrame), column 'deaths', row 0 would show a count that must not be published", result.Error.ToString());
        Assert.Equal("""{"checked_with":"phs-practice-under-5","rule":"counts 1–4 (< 5) suppressed; true zeros shown; marker '*'; secondary Complete; rounding none"}""",
            Record(result)!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        Assert.Null(result.InternalUseOnlyNotice);
        Assert.False(result.Disclosure.IsInternalUseOnly);
        Assert.Equal(["akit", "kernelspec", "language_info", "polyglot_notebook"], result.Notebook.Json["metadata"]!.AsObject().Select(p => p.Key)); // sorted, as VS Code writes
    }

    [Fact]
    public void Run_RaisesExceptionTag_DoesNotExcuseARefusedOutput()
    {
        var result = Run(TestNotebooks.Build(NotebookCell.NewCode(RawSmallCount, NotebookRunner.RaisesExceptionTag), NotebookCell.NewCode("40 + 2")));

        Assert.False(result.Succeeded);
        Assert.Equal(CellErrorKind.Disclosure, result.Error!.Kind);
    }

    [Fact]
    public void Run_NotebookMarkedInternalUseOnly_ShowsTheCount_AndRecordsReasonAndWhoSaidSo()
    {
        var result = Run(MarkedInternal("QA of the March extract"));

        Assert.True(result.Succeeded, result.Error?.ToString());
        Assert.Equal("QA of the March extract", (string?)Record(result)!["internal_use_only"]);
        Assert.Equal(NotebookDisclosure.SetByNotebook, (string?)Record(result)!["set_by"]);
        Assert.Equal("INTERNAL USE ONLY — outputs not checked by disclosure control, not for release. Reason: QA of the March extract " +
                     "(set by notebook metadata akit.internal_use_only).", result.InternalUseOnlyNotice);
    }

    [Fact]
    public void Run_OptionsInternalUseOnly_ShowsTheCount_AndRecordsItAsTheCallers()
    {
        var result = Run(TestNotebooks.Build(NotebookCell.NewCode(RawSmallCount)), new NotebookRunOptions { Disclosure = DisclosureControl.InternalUseOnly("extract QA") });

        Assert.True(result.Succeeded, result.Error?.ToString());
        Assert.Equal("extract QA", (string?)Record(result)!["internal_use_only"]);
        Assert.Equal(NotebookDisclosure.SetByRunOptions, (string?)Record(result)!["set_by"]);
        Assert.Equal("extract QA", result.Disclosure.OptOutReason);
    }

    [Fact]
    public void InternalUseOnlyFlagWithoutAReason_IsAFormatError()
    {
        var e = Assert.Throws<NotebookFormatException>(() => Run(MarkedInternal(true)));

        Assert.Equal("notebook metadata \"akit\": {\"internal_use_only\": ...} must be the reason as non-empty text (e.g. \"QA of the March extract, not for release\"); found true.", e.Message);
        Assert.Throws<NotebookFormatException>(() => NotebookDisclosure.InternalUseOnlyReason(MarkedInternal(" ")));
    }

    [Fact]
    public void HtmlExport_OfAnInternalUseOnlyRun_SaysSoAtTheTop_AndACheckedRunDoesNot()
    {
        var opted = NotebookHtmlExporter.Export(Run(MarkedInternal("QA")).Notebook, "qa");
        var checkedPage = NotebookHtmlExporter.Export(Run(TestNotebooks.Build(NotebookCell.NewCode("40 + 2"))).Notebook, "ok");

        var body = opted[(opted.IndexOf("<body>", StringComparison.Ordinal) + "<body>\n".Length)..];
        Assert.StartsWith("<p class=\"internal-use-only\"", body, StringComparison.Ordinal);
        Assert.Contains("INTERNAL USE ONLY — outputs not checked by disclosure control, not for release. Reason: QA", body, StringComparison.Ordinal);
        Assert.DoesNotContain("INTERNAL USE ONLY", checkedPage, StringComparison.Ordinal);
    }
}
