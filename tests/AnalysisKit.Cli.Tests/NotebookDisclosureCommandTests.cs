using AnalysisKit.Notebooks;

namespace AnalysisKit.Cli.Tests;

/// <summary>
/// <c>akit run</c>, <c>batch</c> and <c>test</c> store outputs, so tabular outputs pass disclosure control: a raw small
/// count fails the run naming notebook, cell and column, unless the command or the notebook says internal use only.
/// </summary>
[Collection("Notebook commands")]
public sealed class NotebookDisclosureCommandTests
{
    private const string RawSmallCount =
        "var deaths = new DataFrame(new StringDataFrameColumn(\"practice\", new[] { \"P1\", \"P2\" }), new PrimitiveDataFrameColumn<int>(\"deaths\", new[] { 30, 3 }));\ndeaths";

    private static string Folder() => Directory.CreateTempSubdirectory("akit-cli-").FullName;

    [Fact]
    public void Run_RawSmallCount_ExitsOneNamingNotebookCellAndColumn_AndTheStoredErrorDoesNotHoldTheCount()
    {
        var folder = Folder();
        var path = Akit.WriteNotebook(folder, "deaths.ipynb", NotebookCell.NewMarkdown("# Deaths"), NotebookCell.NewCode(RawSmallCount));
        var output = Path.Combine(folder, "deaths.out.ipynb");

        var (code, _, stderr) = Akit.Invoke("run", path, "-o", output);

        Assert.Equal(1, code);
        Assert.StartsWith("deaths.ipynb: failed at cell 2: Refused: cell 2 output (DataFrame), column 'deaths', row 1 would show a count that must not be published",
            stderr, StringComparison.Ordinal);
        var executed = NotebookFile.Load(output);
        var stored = CellOutput.FromJson(executed.Cells[1].Outputs.Single()!.AsObject());
        Assert.Equal(CellOutputKind.Error, stored.Kind);
        Assert.Equal("phs-practice-under-5", (string?)executed.Json["metadata"]!["akit"]!["disclosure"]!["checked_with"]);
    }

    [Fact]
    public void Run_InternalUseOnly_WritesTheCounts_SaysSoOnStderr_AndRecordsTheReason()
    {
        var folder = Folder();
        var path = Akit.WriteNotebook(folder, "deaths.ipynb", NotebookCell.NewCode(RawSmallCount));
        var output = Path.Combine(folder, "deaths.out.ipynb");
        var html = Path.Combine(folder, "deaths.html");

        var (code, _, stderr) = Akit.Invoke("run", path, "-o", output, "--html", html, "--internal-use-only", "QA of the March extract");

        Assert.True(code == 0, stderr);
        Assert.Equal("deaths.ipynb: INTERNAL USE ONLY — outputs not checked by disclosure control, not for release. Reason: QA of the March extract " +
                     "(set by the run options (akit run/batch --internal-use-only)).\n", stderr);
        var executed = NotebookFile.Load(output);
        Assert.Equal("QA of the March extract", (string?)executed.Json["metadata"]!["akit"]!["disclosure"]!["internal_use_only"]);
        Assert.Equal("practice  deaths\nP1        30\nP2        3\n", CellOutput.FromJson(executed.Cells[0].Outputs.Single()!.AsObject()).Data["text/plain"]);
        Assert.Contains("INTERNAL USE ONLY", File.ReadAllText(html), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ConsoleTextWithASmallCount_FailsTheRun_NeitherTheNotebookNorTheHtmlPageHoldsIt()
    {
        var folder = Folder();
        var path = Akit.WriteNotebook(folder, "console.ipynb", NotebookCell.NewCode("var deaths = 3;\nConsole.WriteLine($\"Deaths at P2: {deaths}\");"));
        var output = Path.Combine(folder, "console.out.ipynb");
        var html = Path.Combine(folder, "console.html");

        var (code, _, stderr) = Akit.Invoke("run", path, "-o", output, "--html", html);

        Assert.Equal(1, code);
        Assert.StartsWith("console.ipynb: failed at cell 1, line 2: Refused: cell 1 output (console text, stdout, line 1) would show a count", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Deaths at P2: 3", File.ReadAllText(output), StringComparison.Ordinal);
        Assert.DoesNotContain("Deaths at P2: 3", File.ReadAllText(html), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ACellThatOptsOut_IsSaidOnStderr_AfterTheRun()
    {
        var folder = Folder();
        var path = Akit.WriteNotebook(folder, "qa.ipynb", NotebookCell.NewCode("#!internal-use-only QA\nConsole.WriteLine(\"Deaths at P2: 3\");"));

        var (code, _, stderr) = Akit.Invoke("run", path, "-o", Path.Combine(folder, "qa.out.ipynb"));

        Assert.True(code == 0, stderr);
        Assert.Equal("qa.ipynb: INTERNAL USE ONLY — outputs not checked by disclosure control, not for release. Reason: QA (set by cell 1 (#!internal-use-only)).\n", stderr);
    }

    [Fact]
    public void Run_Isolated_PassesInternalUseOnlyToTheWorker()
    {
        var folder = Folder();
        var path = Akit.WriteNotebook(folder, "deaths.ipynb", NotebookCell.NewCode(RawSmallCount));
        var output = Path.Combine(folder, "deaths.out.ipynb");

        var (code, _, stderr) = Akit.Invoke("run", path, "-o", output, "--isolate", "--internal-use-only", "QA");

        Assert.True(code == 0, stderr);
        Assert.StartsWith("deaths.ipynb: INTERNAL USE ONLY", stderr, StringComparison.Ordinal);
        Assert.Equal("QA", (string?)NotebookFile.Load(output).Json["metadata"]!["akit"]!["disclosure"]!["internal_use_only"]);
    }

    [Fact]
    public void Run_EmptyInternalUseOnlyReason_ExitsTwo()
    {
        var folder = Folder();
        var path = Akit.WriteNotebook(folder, "deaths.ipynb", NotebookCell.NewCode(RawSmallCount));

        var (code, _, stderr) = Akit.Invoke("run", path, "--internal-use-only", " ");

        Assert.Equal(2, code);
        Assert.Equal("--internal-use-only needs the reason as text, e.g. --internal-use-only \"QA of the March extract\"; outputs are only left unchecked " +
                     "for work that stays on your machine.\n", stderr);
    }

    [Fact]
    public void Batch_RawSmallCount_FailsEveryRun_AndInternalUseOnlyLetsThemThrough()
    {
        var folder = Folder();
        var path = Akit.WriteNotebook(folder, "deaths.ipynb", NotebookCell.NewCode("var cluster = \"C1\";", "parameters"), NotebookCell.NewCode(RawSmallCount));

        var refused = Akit.Invoke("batch", path, "--each", "cluster=C1,C2", "--out", Path.Combine(folder, "refused"));
        var internalRun = Akit.Invoke("batch", path, "--each", "cluster=C1,C2", "--out", Path.Combine(folder, "internal"), "--internal-use-only", "QA");

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("  cluster=C2: cell 3: Refused: cell 3 output (DataFrame), column 'deaths', row 1", refused.Error, StringComparison.Ordinal);
        Assert.True(internalRun.ExitCode == 0, internalRun.Error);
        Assert.StartsWith("deaths.ipynb: INTERNAL USE ONLY", internalRun.Error, StringComparison.Ordinal);
        Assert.Equal("QA", (string?)NotebookFile.Load(Path.Combine(folder, "internal", "deaths-C2.ipynb")).Json["metadata"]!["akit"]!["disclosure"]!["internal_use_only"]);
    }

    [Fact]
    public void Test_NotebookMarkedInternalUseOnly_PassesWithItsStoredCounts()
    {
        var folder = Folder();
        var path = Akit.WriteNotebook(folder, "qa.ipynb", NotebookCell.NewCode(RawSmallCount));
        var notebook = NotebookFile.Load(path);
        notebook.Json["metadata"]!["akit"] = new System.Text.Json.Nodes.JsonObject { ["internal_use_only"] = "teaching example of a raw table" };
        NotebookFile.SaveAtomic(notebook, path);

        var refusedWithoutFlag = Akit.Invoke("test", Akit.WriteNotebook(folder, "raw.ipynb", NotebookCell.NewCode(RawSmallCount)), "--update");
        var updated = Akit.Invoke("test", path, "--update");
        var tested = Akit.Invoke("test", path);

        Assert.Equal(1, refusedWithoutFlag.ExitCode);
        Assert.Contains("raw.ipynb: updated, but the run failed at cell 1: Refused:", refusedWithoutFlag.Output, StringComparison.Ordinal);
        Assert.True(updated.ExitCode == 0, updated.Output);
        Assert.True(tested.ExitCode == 0, tested.Output);
    }
}
