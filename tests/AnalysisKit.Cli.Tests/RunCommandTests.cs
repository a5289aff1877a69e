using AnalysisKit.Notebooks;

namespace AnalysisKit.Cli.Tests;

[Collection("Notebook commands")]
public sealed class RunCommandTests
{
    [Fact]
    public void Run_SampleWithClusterParameter_WritesExecutedNotebookAndHtml()
    {
        var folder = Akit.SampleFolder();
        var output = Path.Combine(folder, "out", "executed.ipynb");
        var html = Path.Combine(folder, "out", "executed.html");
        var (code, stdout, stderr) = Akit.Invoke("run", Path.Combine(folder, "sample-briefing.ipynb"), "-p", "cluster=C002", "-o", output, "--html", html);
        Assert.True(code == 0, stderr);
        Assert.StartsWith("sample-briefing.ipynb: 6 cells ran in ", stdout, StringComparison.Ordinal);

        // Hand-worked in tests/AnalysisKit.Notebooks.Tests/NotebookRunnerTests.cs: cluster C002 has prevalence 4.43%.
        var executed = File.ReadAllText(output);
        Assert.Contains("Cluster C002: 4 practices, list size 8826, diabetes prevalence 4.43%", executed, StringComparison.Ordinal);
        Assert.Contains("\"injected-parameters\"", executed, StringComparison.Ordinal);
        Assert.DoesNotContain("plotly.min.js.LICENSE", executed, StringComparison.Ordinal);
        Assert.Contains("plotly.min.js.LICENSE", File.ReadAllText(html), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_FailingCell_WritesTheNotebookWithTheErrorAndExitsOneNamingCellAndLine()
    {
        var folder = Directory.CreateTempSubdirectory("akit-cli-").FullName;
        var path = Akit.WriteNotebook(folder, "fail.ipynb",
            NotebookCell.NewCode("var ok = 1;"),
            NotebookCell.NewCode("var x = ok;\nthrow new InvalidOperationException(\"boom\");"));
        var output = Path.Combine(folder, "fail.out.ipynb");
        var (code, _, stderr) = Akit.Invoke("run", path, "-o", output);
        Assert.Equal(1, code);
        Assert.Equal($"fail.ipynb: failed at cell 2, line 2: boom (executed notebook with the error marked: {output})\n", stderr);
        Assert.Contains("\"output_type\": \"error\"", File.ReadAllText(output), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_BadParameter_ExitsTwoWithTheMessage()
    {
        var folder = Akit.SampleFolder();
        var (code, _, stderr) = Akit.Invoke("run", Path.Combine(folder, "sample-briefing.ipynb"), "-p", "cluster");
        Assert.Equal(2, code);
        Assert.Equal("Parameter 'cluster' is not name=value (e.g. -p cluster=S12345).\n", stderr);
    }

    [Fact]
    public void Run_MissingNotebook_ExitsTwoNamingIt()
    {
        var path = Path.Combine(Path.GetTempPath(), "no-such-notebook.ipynb");
        var (code, _, stderr) = Akit.Invoke("run", path);
        Assert.Equal(2, code);
        Assert.Equal($"Notebook not found: {path}.\n", stderr);
    }

    [Fact]
    public void Run_IsolatedWorkerThatCannotExit_IsKilledAndTheRunningCellMarked()
    {
        // A foreground thread keeps the worker process alive after the notebook ends; only killing it stops it.
        // The 20 s limit leaves room for a cold worker and compile on a loaded CI machine (8 s was not always enough);
        // the parent kills at 20 + 5 s.
        var folder = Directory.CreateTempSubdirectory("akit-cli-").FullName;
        var path = Akit.WriteNotebook(folder, "hang.ipynb",
            NotebookCell.NewCode("var a = 1;"),
            NotebookCell.NewCode("new Thread(() => { while (true) { Thread.Sleep(50); } }) { IsBackground = false }.Start();"));
        var output = Path.Combine(folder, "hang.out.ipynb");
        var (code, _, stderr) = Akit.Invoke("run", path, "-o", output, "--isolate", "--timeout", "20");
        Assert.Equal(1, code);
        Assert.Equal($"hang.ipynb: failed at cell 2: The worker process was still running after 25 s and was killed. (executed notebook with the error marked: {output})\n", stderr);
        Assert.Contains("was killed", File.ReadAllText(output), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_DibWithAMagicCommand_WritesIpynbAndNamesTheUnsupportedDirective()
    {
        var folder = Directory.CreateTempSubdirectory("akit-cli-").FullName;
        var dib = Path.Combine(folder, "sample.dib");
        File.Copy(Testing.RepoPaths.InRepo(Path.Combine("tests", "AnalysisKit.Notebooks.Tests", "TestData", "Notebooks", "sample.dib")), dib);
        var output = Path.Combine(folder, "sample.out.ipynb");
        var (code, _, stderr) = Akit.Invoke("run", dib, "-o", output);
        Assert.Equal(1, code);
        Assert.StartsWith("sample.dib: failed at cell 3, line 1: #!time is not supported", stderr, StringComparison.Ordinal);
        Assert.Contains("\"name\": \"akit-csharp\"", File.ReadAllText(output), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_RunawayCellWithCellTimeout_EndsTheProcessAfterWritingTheError()
    {
        // while (true) ignores cancellation: the cell is abandoned, the notebook written, and the process exits,
        // which is what finally stops the loop.
        var folder = Directory.CreateTempSubdirectory("akit-cli-").FullName;
        var path = Akit.WriteNotebook(folder, "spin.ipynb", NotebookCell.NewCode("var n = 0;"), NotebookCell.NewCode("while (true) { n++; }"));
        var output = Path.Combine(folder, "spin.out.ipynb");
        var (code, _, stderr) = Akit.AsProcess(TimeSpan.FromMinutes(2), "run", path, "-o", output, "--cell-timeout", "1");
        Assert.Equal(1, code);
        Assert.Equal(
            $"spin.ipynb: failed at cell 2: The cell did not finish within its time limit of 1 s; it ignored cancellation and was abandoned (the process must end to stop it). (executed notebook with the error marked: {output})\n",
            stderr);
        Assert.Contains("TimeoutError", File.ReadAllText(output), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ParameterTheNotebookDoesNotDeclare_WarnsNamingItAndWhatIsDeclared()
    {
        var folder = Akit.SampleFolder();
        var (code, _, stderr) = Akit.Invoke("run", Path.Combine(folder, "sample-briefing.ipynb"), "-p", "clustr=C002", "-o", Path.Combine(folder, "out.ipynb"));
        Assert.Equal(0, code);
        Assert.Equal(NotebookMessages.ParameterNotDeclared("clustr", ["cluster", "dataPath"]) + "\n", stderr);
    }

    /// <summary>
    /// Console.ReadLine in a cell while standard input is open and never written to (a terminal, as far as the cell can
    /// tell): before, akit run waited for ever; now the cell fails at once with the reason, and the process ends.
    /// </summary>
    [Fact]
    public async Task Run_CellReadingStandardInput_FailsWithTheReasonInsteadOfWaiting()
    {
        var folder = Directory.CreateTempSubdirectory("akit-cli-").FullName;
        var path = Akit.WriteNotebook(folder, "ask.ipynb", NotebookCell.NewCode("var answer = Console.ReadLine();"));
        var output = Path.Combine(folder, "ask.out.ipynb");
        var start = new System.Diagnostics.ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "akit.dll"), "run", path, "-o", output })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        var finished = process.WaitForExit(TimeSpan.FromMinutes(2));
        if (!finished)
        {
            process.Kill(entireProcessTree: true);
        }

        Assert.True(finished, "akit run waited for standard input");
        Assert.Equal(1, process.ExitCode);
        Assert.Equal($"ask.ipynb: failed at cell 1, line 1: {NotebookMessages.NoStandardInput} (executed notebook with the error marked: {output})\n", await stderr);
        process.StandardInput.Close();
    }

    /// <summary>
    /// akit run keeps the same per-cell limit as the kernel: of a million lines (11,888,890 characters) the stored notebook
    /// holds the first 175,925 whole lines (1,999,990 characters, worked in KernelCommandTests) and a note of the rest.
    /// </summary>
    [Fact]
    public void Run_MillionLines_StoresTheLimitAndANoteOfWhatWasCut()
    {
        var folder = Directory.CreateTempSubdirectory("akit-cli-").FullName;
        var path = Akit.WriteNotebook(folder, "loud.ipynb", NotebookCell.NewCode("for (int i = 0; i < 1_000_000; i++) Console.WriteLine($\"line {i}\");"));
        var output = Path.Combine(folder, "loud.out.ipynb");
        var (code, _, stderr) = Akit.Invoke("run", path, "-o", output);
        Assert.True(code == 0, stderr);
        var outputs = NotebookFile.Load(output).Cells[0].Outputs.OfType<System.Text.Json.Nodes.JsonObject>().Select(CellOutput.FromJson).ToList();
        Assert.Equal(2, outputs.Count);
        Assert.Equal(1_999_990, outputs[0].Text!.Length);
        Assert.EndsWith("line 175924\n", outputs[0].Text, StringComparison.Ordinal);
        Assert.Equal(NotebookMessages.StreamCut(2_000_000, [("stdout", 9_888_900, 824_075)]) + "\n", outputs[1].Text);
    }
}
