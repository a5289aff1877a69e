using System.Text.Json.Nodes;
using AnalysisKit.Notebooks;
using AnalysisKit.Notebooks.Kernel;
using AnalysisKit.Testing;

namespace AnalysisKit.Cli.Tests;

/// <summary>
/// Every kind of notebook AnalysisKit writes passes nbformat's strict schema validation (Debian's python3-nbformat; see
/// <see cref="JupyterClients.AssertValid"/>) as nbformat 4.5 with an id on every cell: <c>akit run</c> with injected
/// parameters and with a failing cell, <c>akit batch</c>, <c>akit test --update</c>, a <c>.dib</c> saved as
/// <c>.ipynb</c>, and the repository's own notebooks, which declare the kernel <c>akit kernel install</c> registers.
/// </summary>
[Collection("Notebook commands")]
public sealed class WrittenNotebooksTests
{
    [Fact]
    public void AkitRun_WithParameters_WritesValidNbformat45_WithTheInjectedCellsIdAndLanguage()
    {
        var folder = Akit.SampleFolder();
        var output = Path.Combine(folder, "executed.ipynb");
        var (code, _, stderr) = Akit.Invoke("run", Path.Combine(folder, "sample-briefing.ipynb"), "-p", "cluster=C002", "-o", output);
        Assert.True(code == 0, stderr);
        JupyterClients.AssertValid([output]);

        var executed = NotebookFile.Load(output);
        Assert.Equal(5, executed.FormatMinor);
        var injected = executed.Cells.Single(c => c.HasTag(ParameterInjection.InjectedTag));
        Assert.Equal("injected-parameters", injected.Id);
        Assert.Equal("csharp", injected.Json["metadata"]!["vscode"]!["languageId"]!.GetValue<string>());
        Assert.Equal("csharp", injected.Json["metadata"]!["polyglot_notebook"]!["kernelName"]!.GetValue<string>());
        Assert.Equal(executed.Cells.Count, executed.Cells.Select(c => c.Id).Distinct().Count());
    }

    [Fact]
    public void AkitRun_FailingCell_WritesAValidNotebookWithTheTraceback()
    {
        var folder = Directory.CreateTempSubdirectory("akit-cli-").FullName;
        var path = Akit.WriteNotebook(folder, "fail.ipynb", NotebookCell.NewCode("throw new InvalidOperationException(\"boom\", new TimeoutException(\"inner\"));"));
        var output = Path.Combine(folder, "fail.out.ipynb");
        Assert.Equal(Commands.RunCommand.NotebookFailed, Akit.Invoke("run", path, "-o", output).ExitCode);
        JupyterClients.AssertValid([output]);
        var error = NotebookFile.Load(output).Cells[0].Outputs.OfType<JsonObject>().Single();
        Assert.Equal(
            ["System.InvalidOperationException: boom", "   at cell 1, line 1", " ---> System.TimeoutException: inner"],
            error["traceback"]!.AsArray().Select(l => l!.GetValue<string>()));
    }

    [Fact]
    public void AkitBatch_WritesValidNotebooks()
    {
        var folder = Akit.SampleFolder();
        var outputs = Path.Combine(folder, "batch");
        var (code, _, stderr) = Akit.Invoke("batch", Path.Combine(folder, "sample-briefing.ipynb"), "--each", "cluster=C001,C002", "--out", outputs);
        Assert.True(code == 0, stderr);
        JupyterClients.AssertValid(Directory.GetFiles(outputs, "*.ipynb"));
    }

    [Fact]
    public void AkitTestUpdate_WritesAValidNotebook()
    {
        var folder = Akit.SampleFolder();
        var path = Path.Combine(folder, "sample-briefing.ipynb");
        var (code, stdout, _) = Akit.Invoke("test", path, "--update");
        Assert.True(code == 0, stdout);
        JupyterClients.AssertValid([path]);
    }

    [Fact]
    public void Dib_SavedAsIpynb_IsAValidNotebookForTheAkitKernel()
    {
        var dib = Testing.RepoPaths.InRepo(Path.Combine("tests", "AnalysisKit.Notebooks.Tests", "TestData", "Notebooks", "sample.dib"));
        var path = Path.Combine(Directory.CreateTempSubdirectory("akit-dib-").FullName, "sample.ipynb");
        NotebookFile.SaveAtomic(NotebookFile.Load(dib), path);
        JupyterClients.AssertValid([path]);
        Assert.Equal(KernelSpec.DefaultName, NotebookFile.Load(path).Json["metadata"]!["kernelspec"]!["name"]!.GetValue<string>());
    }

    /// <summary>The repository's notebooks: valid nbformat 4.5, ids on every cell, the AnalysisKit kernel declared.</summary>
    [Fact]
    public void RepositoryNotebooks_AreValidNbformat45ForTheAkitKernel()
    {
        var notebooks = Directory.GetFiles(Testing.RepoPaths.InRepo("notebooks"), "*.ipynb", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        JupyterClients.AssertValid(notebooks);
        foreach (var path in notebooks)
        {
            var notebook = NotebookFile.Load(path);
            Assert.True(notebook.FormatMinor == 5, $"{Path.GetFileName(path)} is nbformat 4.{notebook.FormatMinor}");
            var kernelspec = notebook.Json["metadata"]!["kernelspec"]!;
            Assert.Equal(KernelSpec.DefaultName, kernelspec["name"]!.GetValue<string>());
            Assert.Equal(KernelSpec.DisplayName, kernelspec["display_name"]!.GetValue<string>());
        }
    }
}
