using System.Diagnostics;
using System.Text.Json.Nodes;
using AnalysisKit.Disclosure;
using AnalysisKit.Notebooks;
using AnalysisKit.Notebooks.Guard;

namespace AnalysisKit.Cli.Tests.Kernel;

/// <summary>
/// End to end with the real client: Debian's <c>python3 -m nbconvert --execute</c> (nbclient underneath) runs notebooks
/// through the kernelspec <c>akit kernel install</c> writes and saves them, as an analyst's "run all, save" does. The
/// saved notebook must hold no raw small count — each leaking cell's output is a refusal naming cell and output kind —
/// unless the session opted in with <c>#!internal-use-only reason</c>, whose output (with the reason and cell in its
/// metadata) the client saves too. Skipped without python3-nbconvert; failing instead when CI=true.
/// </summary>
public sealed class KernelOutputGuardTests
{
    private const string Reason = "QA of the March extract on my screen";

    private static readonly Lazy<(JsonNode Checked, JsonNode OptedIn)> Saved = new(RunThroughNbconvert, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly string[] LeakingCells =
    [
        "var deaths = 3;",
        "Console.WriteLine($\"Deaths at P2: {deaths}\");",
        "new DataFrame(new StringDataFrameColumn(\"practice\", new[] { \"P1\", \"P2\" }), new PrimitiveDataFrameColumn<int>(\"deaths\", new[] { 40, deaths }))",
        "display(deaths);",
        "display($\"<p>P2: {deaths} deaths</p>\", \"text/html\");",
        "Plotly.NET.CSharp.Chart.Column<int, string, string>(values: new[] { 27, deaths }, Keys: new[] { \"P1\", \"P2\" })",
        "throw new InvalidOperationException($\"P2 has only {deaths} deaths\");",
        "Console.WriteLine(\"patient 01 01 90 1232\");",
    ];

    [Fact]
    public void SavedByTheClient_WithoutOptIn_HoldsNoRawSmallCount_EachLeakRefusedNamingCellAndOutputKind()
    {
        var notebook = Saved.Value.Checked;
        var cells = notebook["cells"]!.AsArray();
        var guard = new OutputGuard(DisclosureControl.Default);
        for (var i = 1; i < LeakingCells.Length; i++)
        {
            var outputs = cells[i]!["outputs"]!.AsArray();
            var error = Assert.Single(outputs, o => (string?)o!["output_type"] == "error")!;
            Assert.StartsWith($"Refused: cell {i + 1} output (", (string?)error["evalue"] ?? (string?)error["traceback"]![0], StringComparison.Ordinal);
            foreach (var output in outputs.Where(o => (string?)o!["output_type"] != "error"))
            {
                Assert.Null(Record.Exception(() => guard.EnsureSafe(CellOutput.FromJson(output!.AsObject()), i + 1)));
            }
        }

        var text = notebook.ToJsonString();
        Assert.DoesNotContain("Deaths at P2: 3", text, StringComparison.Ordinal);
        Assert.DoesNotContain("[27,3]", text, StringComparison.Ordinal);
        Assert.DoesNotContain("only 3 deaths", text, StringComparison.Ordinal);
        Assert.DoesNotContain("1232", text.Replace("patient 01 01 90 1232", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal); // only in the cell's source
        Assert.Contains("message is withheld because it may quote the data", text, StringComparison.Ordinal);
    }

    [Fact]
    public void SavedByTheClient_AfterTheSessionOptedIn_ShowsRawNumbers_AndTheSavedNotebookRecordsReasonAndCell()
    {
        var cells = Saved.Value.OptedIn["cells"]!.AsArray();
        var optIn = cells[2]!["outputs"]!.AsArray().Single()!;

        Assert.StartsWith("Refused: cell 2 output (console text, stdout, line 1)", cells[1]!["outputs"]!.AsArray().Single()!["evalue"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(Reason, optIn["metadata"]!["akit"]!["internal_use_only"]!.GetValue<string>());
        Assert.Equal("cell 3 (#!internal-use-only)", optIn["metadata"]!["akit"]!["set_by"]!.GetValue<string>());
        Assert.Equal("Deaths at P2: 3\n", string.Concat(cells[3]!["outputs"]![0]!["text"]!.AsArray().Select(t => t!.GetValue<string>())));
        Assert.Contains($"Reason: {Reason}", NotebookDisclosure.InternalUseOnlyNotice(Notebooks.IpynbFormat.Read(Saved.Value.OptedIn.ToJsonString(), "saved.ipynb")), StringComparison.Ordinal);
    }

    private static (JsonNode, JsonNode) RunThroughNbconvert()
    {
        var python = Testing.JupyterClients.Python("nbconvert", "nbclient");
        var folder = Directory.CreateTempSubdirectory("akit-kernel-guard-").FullName;
        var (code, _, stderr) = Akit.AsProcess(TimeSpan.FromSeconds(60), "kernel", "install", "--dir", Path.Combine(folder, "kernels"), "--name", "akit-test");
        Assert.True(code == 0, stderr);

        var checkedIn = Akit.WriteNotebook(folder, "leaks.ipynb", LeakingCells.Select(c => NotebookCell.NewCode(c)).ToArray());
        var optedIn = Akit.WriteNotebook(folder, "opted-in.ipynb",
            NotebookCell.NewCode("var deaths = 3;"),
            NotebookCell.NewCode("Console.WriteLine($\"Deaths at P2: {deaths}\");"),
            NotebookCell.NewCode("#!internal-use-only " + Reason),
            NotebookCell.NewCode("Console.WriteLine($\"Deaths at P2: {deaths}\");"));
        return (Execute(python, folder, checkedIn), Execute(python, folder, optedIn));
    }

    private static JsonNode Execute(string python, string folder, string notebook)
    {
        var saved = Path.ChangeExtension(notebook, ".saved.ipynb");
        var start = new ProcessStartInfo(python) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = folder };
        start.Environment["JUPYTER_PATH"] = folder;
        start.Environment["JUPYTER_RUNTIME_DIR"] = Path.Combine(folder, "runtime");
        foreach (var argument in new[]
                 {
                     "-m", "nbconvert", "--to", "notebook", "--execute", "--ExecutePreprocessor.kernel_name=akit-test", "--ExecutePreprocessor.allow_errors=True",
                     "--ExecutePreprocessor.timeout=120", "--output", Path.GetFileName(saved), notebook,
                 })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(240)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("nbconvert --execute did not finish within 240 s.\n" + error.Result);
        }

        Assert.True(process.ExitCode == 0, $"nbconvert exited {process.ExitCode}\n{output.Result}\n{error.Result}");
        return JsonNode.Parse(File.ReadAllText(saved))!;
    }
}
