using AnalysisKit.Cli.Commands;
using AnalysisKit.Notebooks;

namespace AnalysisKit.Cli.Tests;

[Collection("Notebook commands")]
public sealed class BatchCommandTests
{
    [Fact]
    public void Batch_ThreeClusters_WritesOneExecutedNotebookEach()
    {
        var folder = Akit.SampleFolder();
        var outFolder = Path.Combine(folder, "briefings");
        var (code, stdout, stderr) = Akit.Invoke("batch", Path.Combine(folder, "sample-briefing.ipynb"), "--each", "cluster=C001,C002,C003", "--out", outFolder);
        Assert.True(code == 0, stderr);
        Assert.Equal(["sample-briefing-C001.ipynb", "sample-briefing-C002.ipynb", "sample-briefing-C003.ipynb"],
            Directory.GetFiles(outFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains("Cluster C002: 4 practices, list size 8826", File.ReadAllText(Path.Combine(outFolder, "sample-briefing-C002.ipynb")), StringComparison.Ordinal);
        Assert.StartsWith("[1/3] cluster=C001 ok (", stdout, StringComparison.Ordinal);
        Assert.Contains("3 of 3 runs succeeded in ", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Batch_LookupWithAFailingValue_ListsTheFailureAndExitsOne()
    {
        var folder = Directory.CreateTempSubdirectory("akit-cli-").FullName;
        var path = Akit.WriteNotebook(folder, "check.ipynb",
            NotebookCell.NewCode("var cluster = \"none\";", "parameters"),
            NotebookCell.NewCode("if (cluster == \"C002\") throw new InvalidOperationException(\"bad cluster\");\ncluster"));
        File.WriteAllText(Path.Combine(folder, "lookup.csv"), "practice,Cluster\n1,C001\n2,C002\n3,C001\n");
        var (code, stdout, stderr) = Akit.Invoke("batch", path, "--each", $"cluster=lookup:{Path.Combine(folder, "lookup.csv")}", "--out", Path.Combine(folder, "out"));
        Assert.Equal(1, code);
        Assert.Contains("1 of 2 runs succeeded", stdout, StringComparison.Ordinal);
        Assert.Equal("  cluster=C002: cell 3, line 1: bad cluster\n", stderr);
    }

    [Fact]
    public void ParseEach_ListFileAndLookup_GiveTheValuesInOrder()
    {
        var folder = Directory.CreateTempSubdirectory("akit-cli-").FullName;
        File.WriteAllText(Path.Combine(folder, "values.txt"), "S1\n# a comment\n\nS2\n");
        File.WriteAllText(Path.Combine(folder, "lookup.csv"), "cluster,practice\nB,1\nA,2\nB,3\n");
        var (name, values) = BatchCommand.ParseEach("cluster=S1, S2", folder);
        Assert.Equal("cluster", name);
        Assert.Equal(["S1", "S2"], values);
        Assert.Equal(["S1", "S2"], BatchCommand.ParseEach("cluster=@values.txt", folder).Values);
        Assert.Equal(["B", "A"], BatchCommand.ParseEach("cluster=lookup:lookup.csv", folder).Values);
    }

    [Fact]
    public void ParseEach_LookupWithoutTheColumn_NamesFileColumnAndHeader()
    {
        var folder = Directory.CreateTempSubdirectory("akit-cli-").FullName;
        var lookup = Path.Combine(folder, "lookup.csv");
        File.WriteAllText(lookup, "hscp,practice\nX,1\n");
        var ex = Assert.Throws<FormatException>(() => BatchCommand.ParseEach("cluster=lookup:lookup.csv", folder));
        Assert.Equal($"{lookup}: no column 'cluster' (columns: hscp, practice); the lookup must have a column named after the parameter.", ex.Message);
    }

    [Fact]
    public void ParseEach_NotNameValues_SaysWhatIsExpected()
    {
        var ex = Assert.Throws<FormatException>(() => BatchCommand.ParseEach("S1,S2", "."));
        Assert.Equal("--each 'S1,S2' is not name=values; use cluster=S1,S2, cluster=@values.txt or cluster=lookup:path/to/lookup.csv.", ex.Message);
        Assert.Equal("--each cluster: no values given.", Assert.Throws<FormatException>(() => BatchCommand.ParseEach("cluster=,", ".")).Message);
    }
}
