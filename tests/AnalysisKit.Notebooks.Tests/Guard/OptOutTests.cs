using System.Text.Json.Nodes;
using AnalysisKit.Disclosure;

namespace AnalysisKit.Notebooks.Tests.Guard;

/// <summary>
/// Every way to let a number through takes a reason and records it: a session's <c>#!internal-use-only reason</c>
/// (an output whose metadata a Jupyter client saves, and <c>metadata.akit.disclosure</c> of a headless run), label
/// columns and label text (the output's metadata).
/// </summary>
public sealed class OptOutTests
{
    private const string SmallCount = "Console.WriteLine(\"Deaths at P2: 3\");";

    private static readonly NotebookEngine Engine = new();

    private static NotebookSession Checked() => Engine.CreateSession(disclosure: DisclosureControl.Default);

    [Fact]
    public void InternalUseOnlyDirective_ShowsRawNumbersFromThatCellOn_AndItsOutputRecordsReasonAndCell()
    {
        var session = Checked();
        var before = session.Run(SmallCount, 1);

        var optIn = session.Run("#!internal-use-only QA of the March extract on my screen\nConsole.WriteLine(\"Deaths at P1: 2\");", 2);
        var after = session.Run(SmallCount, 3);

        Assert.Equal(CellErrorKind.Disclosure, before.Error!.Kind);
        Assert.True(optIn.Succeeded, optIn.Error?.ToString());
        var banner = optIn.Outputs[0];
        Assert.Equal("INTERNAL USE ONLY from here on — outputs of this session are not checked by disclosure control, not for release. " +
                     "Reason: QA of the March extract on my screen (set by cell 2 (#!internal-use-only)).", banner.Data["text/plain"]);
        Assert.Equal("""{"akit":{"internal_use_only":"QA of the March extract on my screen","set_by":"cell 2 (#!internal-use-only)"}}""", banner.Metadata.ToJsonString(Json));
        Assert.Equal("Deaths at P1: 2\n", optIn.Outputs[1].Text);
        Assert.Equal("Deaths at P2: 3\n", after.Outputs.Single().Text);
        Assert.Equal("QA of the March extract on my screen", session.Guard!.InternalUseOnlyReason);
    }

    [Fact]
    public void InternalUseOnlyDirective_WithoutAReason_IsRefusedAndNothingChanges()
    {
        var session = Checked();

        var result = session.Run("#!internal-use-only\n1", 1);

        Assert.Equal("cell 1, line 1: " + NotebookMessages.SessionOptOutNeedsReason, result.Error!.ToString());
        Assert.True(session.Guard!.IsChecking);
    }

    [Fact]
    public void HeadlessRun_WithTheDirective_RecordsItInTheExecutedNotebook_AndTheHtmlPageSaysSo()
    {
        var notebook = TestNotebooks.Build(NotebookCell.NewCode("var ok = 12;"), NotebookCell.NewCode("#!internal-use-only extract QA\n" + SmallCount));

        var result = new NotebookRunner(Engine).Run(notebook, cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded, result.Error?.ToString());
        Assert.Equal("""{"checked_with":"phs-practice-under-5","rule":"counts 1–4 (< 5) suppressed; true zeros shown; marker '*'; secondary Complete; rounding none","internal_use_only":"extract QA","set_by":"cell 2 (#!internal-use-only)"}""",
            result.Notebook.Json["metadata"]!["akit"]!["disclosure"]!.ToJsonString(Json));
        Assert.Equal("INTERNAL USE ONLY — outputs not checked by disclosure control, not for release. Reason: extract QA (set by cell 2 (#!internal-use-only)).",
            result.InternalUseOnlyNotice);
        var page = NotebookHtmlExporter.Export(result.Notebook, "qa");
        Assert.Contains("<p class=\"internal-use-only\"", page, StringComparison.Ordinal);
        Assert.Contains("Deaths at P2: 3", page, StringComparison.Ordinal); // after the opt-in, as the analyst chose
    }

    [Fact]
    public void WithLabelColumns_RecordsColumnsAndReasonInTheOutputMetadata_AndNeedsAReason()
    {
        var session = Checked();
        session.Run("var frame = new DataFrame(new PrimitiveDataFrameColumn<int>(\"quintile\", new[] { 1, 2 }), new PrimitiveDataFrameColumn<int>(\"deaths\", new[] { 40, 12 }));", 1);

        var shown = session.Run("frame.WithLabelColumns([\"quintile\"], \"SIMD quintile 1–5 is a label, not a count\")", 2);
        var noReason = session.Run("frame.WithLabelColumns([\"quintile\"], \" \")", 3);

        Assert.True(shown.Succeeded, shown.Error?.ToString());
        Assert.Equal("""{"akit":{"label_columns":["quintile"],"label_reason":"SIMD quintile 1–5 is a label, not a count"}}""", shown.Outputs.Single().Metadata.ToJsonString(Json));
        Assert.Contains(NotebookMessages.LabelNeedsReason, noReason.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AsLabel_ShowsTheText_RecordsTheReason_ButStillRefusesACHI()
    {
        var session = Checked();

        var label = session.Run("display(\"Top 3 of 40 practices\".AsLabel(\"3 is how many practices are listed\"));", 1);
        var refusedWithout = session.Run("display(\"P2: 3\");", 2);
        var chi = session.Run("display(\"patient 0101901232\".AsLabel(\"not a count\"));", 3);

        Assert.True(label.Succeeded, label.Error?.ToString());
        Assert.Equal("Top 3 of 40 practices", label.Outputs.Single().Data["text/plain"]);
        Assert.Equal("""{"akit":{"label_reason":"3 is how many practices are listed"}}""", label.Outputs.Single().Metadata.ToJsonString(Json));
        Assert.Equal(CellErrorKind.Disclosure, refusedWithout.Error!.Kind);
        Assert.Contains("looks like a CHI number", chi.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(NotebookMessages.LabelNeedsReason + " (Parameter 'reason')", Assert.Throws<ArgumentException>(() => "x".AsLabel("")).Message);
    }

    [Fact]
    public void HtmlExport_OfANotebookAJupyterClientSaved_WithholdsRawCounts_AndShowsWhatCameAfterTheSessionsOptIn()
    {
        // As nbclient saves it from an unchecked kernel: no akit record, raw outputs.
        var raw = NotebookCell.NewCode("deaths");
        raw.SetOutputs([CellOutput.Result(new Dictionary<string, string> { ["text/plain"] = "3" }, 1), CellOutput.Stream("stdout", "P2: 4 deaths\n")]);
        var optIn = NotebookCell.NewCode("#!internal-use-only QA");
        optIn.SetOutputs([CellOutput.Display(new Dictionary<string, string> { ["text/plain"] = "INTERNAL USE ONLY …" },
            new JsonObject { ["akit"] = new JsonObject { ["internal_use_only"] = "QA", ["set_by"] = "cell 2 (#!internal-use-only)" } })]);
        var after = NotebookCell.NewCode("deaths");
        after.SetOutputs([CellOutput.Stream("stdout", "P3: 2 deaths\n")]);

        var page = NotebookHtmlExporter.Export(TestNotebooks.Build(raw, optIn, after), "saved");

        Assert.DoesNotContain("P2: 4 deaths", page, StringComparison.Ordinal);
        Assert.Contains("Output withheld. Refused: cell 1 output (text) would show a count", page, StringComparison.Ordinal);
        Assert.Contains("Output withheld. Refused: cell 1 output (console text, stdout) would show a count", page, StringComparison.Ordinal);
        Assert.Contains("P3: 2 deaths", page, StringComparison.Ordinal);
        Assert.Contains("INTERNAL USE ONLY — outputs not checked by disclosure control, not for release. Reason: QA (set by cell 2 (#!internal-use-only)).", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Publishable_TheKernelsLastCheck_WithholdsARefusedOutputAsANoteOnStandardError()
    {
        var session = Checked();

        var withheld = session.Publishable(CellOutput.Display(new Dictionary<string, string> { ["text/plain"] = "Deaths: 3" }));
        var shown = session.Publishable(CellOutput.Stream("stdout", "Deaths: 30\n"));

        Assert.Equal(CellOutputKind.Stream, withheld.Kind);
        Assert.Equal("stderr", withheld.StreamName);
        Assert.StartsWith("Output withheld. Refused: cell 0 output (text) would show a count", withheld.Text, StringComparison.Ordinal);
        Assert.Equal("Deaths: 30\n", shown.Text);
        Assert.Same(shown, session.Publishable(shown));
    }

    private static readonly System.Text.Json.JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
