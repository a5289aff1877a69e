using System.Text.Json.Nodes;
using AnalysisKit.Notebooks;
using AnalysisKit.Notebooks.Kernel;
using AnalysisKit.Testing;

namespace AnalysisKit.Cli.Tests.Kernel;

/// <summary>
/// The notebooks as JupyterLab and VS Code's Jupyter extension open them: <c>jupyter nbconvert --execute</c> (Debian's
/// nbconvert 6.5.3, run as <c>python3 -m nbconvert</c>) with no kernel override, so each notebook's own
/// <c>metadata.kernelspec</c> must name a kernel that <c>akit kernel install</c> registered. Every notebook in
/// <c>notebooks/</c> runs (whatever is there when the suite runs), its outputs must equal the stored ones, and the
/// executed file must pass nbformat's strict validation. A notebook whose <c>metadata.akit.requires</c> data (e.g.
/// <c>../shared/open-data</c>) is absent is reported as skipped, as <c>akit test</c> does.
/// </summary>
[Collection("Jupyter kernel")]
public sealed class NbconvertTests
{
    private static readonly Lazy<string> JupyterFolder = new(InstallKernel, LazyThreadSafetyMode.ExecutionAndPublication);

    public static TheoryData<string> Notebooks() => RepositoryNotebooksTests.Notebooks();

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Notebook_RunsWithNbconvertExecuteAndItsOwnKernelspec_AndMatchesItsStoredOutputs(string notebook)
    {
        var source = RepoPaths.InRepo(notebook);
        var stored = NotebookFile.Load(source);
        if (Commands.NotebookRequirements.Missing(stored, source) is { Count: > 0 } missing)
        {
            Assert.Skip(Commands.NotebookRequirements.Skipped(Path.GetFileName(source), missing));
        }

        Assert.Equal(KernelSpec.DefaultName, stored.Json["metadata"]!["kernelspec"]!["name"]!.GetValue<string>());
        var executed = Execute(source);
        JupyterClients.AssertValid([executed]);

        var fresh = NotebookFile.Load(executed);
        foreach (var output in fresh.Cells.SelectMany(c => c.Outputs.OfType<JsonObject>()))
        {
            // Through the kernel a chart comes as a Plotly figure object beside its HTML; akit run stores the HTML only.
            if (output["data"] is JsonObject data && data.Remove(ValueFormatter.PlotlyMimeType, out var figure))
            {
                Assert.IsType<JsonObject>(figure);
                Assert.True(data.ContainsKey("text/html"), $"{notebook}: a Plotly output without its HTML fallback");
            }
        }

        var differences = NotebookComparison.Compare(stored, fresh, OutputSanitizer.DefaultFolders(source));
        Assert.True(differences.Count == 0, $"{notebook} through nbconvert differs from its stored outputs:\n{string.Join("\n", differences.Select(d => d.Describe()))}");
    }

    /// <summary>A notebook written by Polyglot Notebooks (kernelspec <c>.net-csharp</c>) runs unchanged through the alias.</summary>
    [Fact]
    public void PolyglotEraNotebook_RunsThroughTheNetCsharpAlias()
    {
        var folder = Directory.CreateTempSubdirectory("akit-polyglot-").FullName;
        var notebook = Notebook.NewCSharp();
        notebook.Json["metadata"]!["kernelspec"] = new JsonObject { ["display_name"] = ".NET (C#)", ["language"] = "C#", ["name"] = ".net-csharp" };
        notebook.Insert(0, NotebookCell.NewCode("Console.WriteLine(6 * 7);"));
        var path = Path.Combine(folder, "polyglot.ipynb");
        NotebookFile.SaveAtomic(notebook, path);

        var executed = NotebookFile.Load(Execute(path));
        Assert.Equal("42\n", CellOutput.FromJson(executed.Cells[0].Outputs.OfType<JsonObject>().Single()).Text);
    }

    /// <summary>A chart reaches Jupyter as a Plotly figure (rendered natively) with HTML beside it that loads nothing from a CDN.</summary>
    [Fact]
    public void Chart_ArrivesAsAPlotlyFigureWithOfflineHtml()
    {
        var folder = Directory.CreateTempSubdirectory("akit-chart-").FullName;
        var path = Akit.WriteNotebook(folder, "chart.ipynb",
            NotebookCell.NewCode("Plotly.NET.CSharp.Chart.Column<int, string, string>(values: new[] { 12, 40 }, Keys: new[] { \"a\", \"b\" })"));
        var output = NotebookFile.Load(Execute(path)).Cells[0].Outputs.OfType<JsonObject>().Single();
        Assert.Equal("bar", output["data"]![ValueFormatter.PlotlyMimeType]!["data"]![0]!["type"]!.GetValue<string>());
        var html = CellOutput.FromJson(output).Data["text/html"];
        Assert.Contains(ValueFormatter.ChartMarker, html, StringComparison.Ordinal);
        Assert.DoesNotContain("cdn", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
    }

    /// <summary>Runs <c>python3 -m nbconvert --to notebook --execute</c> on <paramref name="path"/>; returns the executed copy.</summary>
    private static string Execute(string path)
    {
        var python = JupyterClients.Python("nbconvert", "nbclient", "jupyter_client");
        var folder = JupyterFolder.Value;
        var output = Directory.CreateTempSubdirectory("akit-nbconvert-").FullName;
        var (code, stdout, stderr) = JupyterClients.Run(python,
            ["-m", "nbconvert", "--to", "notebook", "--execute", "--output-dir", output, "--ExecutePreprocessor.timeout=600", path],
            TimeSpan.FromMinutes(12),
            new Dictionary<string, string> { ["JUPYTER_PATH"] = folder, ["JUPYTER_RUNTIME_DIR"] = Path.Combine(folder, "runtime") });
        Assert.True(code == 0, $"nbconvert --execute {Path.GetFileName(path)} exited {code}\n{stdout}\n{stderr}");
        return Path.Combine(output, Path.GetFileName(path));
    }

    /// <summary>A Jupyter data folder whose kernels/ holds what <c>akit kernel install</c> writes (akit-csharp and the .net-csharp alias).</summary>
    private static string InstallKernel()
    {
        var folder = Directory.CreateTempSubdirectory("akit-jupyter-").FullName;
        var (code, stdout, stderr) = Akit.AsProcess(TimeSpan.FromSeconds(60), "kernel", "install", "--dir", Path.Combine(folder, "kernels"));
        Assert.True(code == 0, stderr);
        Assert.Contains(KernelSpec.PolyglotAliasName, stdout, StringComparison.Ordinal);
        return folder;
    }
}
