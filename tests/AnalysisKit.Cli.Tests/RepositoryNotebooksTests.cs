namespace AnalysisKit.Cli.Tests;

/// <summary>
/// Runs every notebook in the repository's <c>notebooks/</c> folder through <c>akit test</c> as a separate process,
/// exactly as CI and the README's command do, so a notebook whose outputs drift fails the suite.
/// </summary>
public sealed class RepositoryNotebooksTests
{
    public static TheoryData<string> Notebooks()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(Testing.RepoPaths.InRepo("notebooks"), "*.ipynb", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(Testing.RepoPaths.Root, path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Notebook_MatchesItsStoredOutputs(string notebook)
    {
        var (code, stdout, stderr) = Akit.AsProcess(TimeSpan.FromMinutes(10), "test", Testing.RepoPaths.InRepo(notebook));
        Assert.True(code == 0, $"akit test {notebook} exited {code}\n{stdout}\n{stderr}");
        // A notebook whose data is absent (metadata akit.requires) is reported as skipped, not passed.
        if (stdout.Split('\n').FirstOrDefault(l => l.StartsWith("SKIP ", StringComparison.Ordinal)) is { } skipped)
        {
            Assert.Skip(skipped.Trim());
        }
    }

    /// <summary>Committed notebooks stay small: no plotly.js bundle or other megabytes of output in the file.</summary>
    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Notebook_IsSmallAndHasNoEmbeddedPlotlyJs(string notebook)
    {
        var path = Testing.RepoPaths.InRepo(notebook);
        Assert.True(new FileInfo(path).Length < MaxNotebookBytes, $"{notebook} is {new FileInfo(path).Length} bytes; keep stored outputs under {MaxNotebookBytes}.");
        Assert.DoesNotContain("plotly.min.js.LICENSE", File.ReadAllText(path), StringComparison.Ordinal);
    }

    private const long MaxNotebookBytes = 200_000;
}
