using AnalysisKit.Notebooks;

namespace AnalysisKit.Cli.Tests;

[Collection("Notebook commands")]
public sealed class TestCommandTests
{
    private static string NotebookWithStoredOutput(string folder, string stored)
    {
        var cell = NotebookCell.NewCode("Console.WriteLine(\"list size 8826\");");
        cell.SetOutputs([CellOutput.Stream("stdout", stored)]);
        return Akit.WriteNotebook(folder, "check.ipynb", cell);
    }

    [Fact]
    public void Test_MatchingStoredOutputs_PassesAndExitsZero()
    {
        var folder = Directory.CreateTempSubdirectory("akit-cli-").FullName;
        NotebookWithStoredOutput(folder, "list size 8826\n");
        var (code, stdout, _) = Akit.Invoke("test", folder);
        Assert.Equal(0, code);
        Assert.Equal("PASS check.ipynb\n1 of 1 notebooks match their stored outputs.\n", stdout);
    }

    [Fact]
    public void Test_RequiredDataAbsent_ReportedAsSkippedNotPassed()
    {
        // The notebook says it needs ../shared-data/qof beside its folder; it is absent, so it is not run at all (its
        // stored output would not match) and the summary counts it as skipped.
        var folder = Directory.CreateTempSubdirectory("akit-cli-").FullName;
        var path = NotebookWithStoredOutput(folder, "never compared\n");
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(path))!;
        json["metadata"]!["akit"] = new System.Text.Json.Nodes.JsonObject { ["requires"] = new System.Text.Json.Nodes.JsonArray("../shared-data/qof") };
        File.WriteAllText(path, json.ToJsonString());

        var (code, stdout, _) = Akit.Invoke("test", folder);

        Assert.Equal(0, code);
        Assert.Equal("SKIP check.ipynb: needs ../shared-data/qof, which is absent here (third-party data, never committed); not run, not passed.\n" +
                     "0 of 0 notebooks match their stored outputs. 1 skipped: the data they need is absent.\n", stdout);

        // With the data there it runs and is compared (and here fails, since its stored output is not this run's).
        Directory.CreateDirectory(Path.Combine(folder, "..", "shared-data", "qof"));
        try
        {
            Assert.Equal(1, Akit.Invoke("test", folder).ExitCode);
        }
        finally
        {
            Directory.Delete(Path.Combine(folder, "..", "shared-data"), recursive: true);
        }
    }

    [Fact]
    public void Test_DifferentStoredOutput_PrintsADiffAndExitsOne()
    {
        var folder = Directory.CreateTempSubdirectory("akit-cli-").FullName;
        NotebookWithStoredOutput(folder, "list size 8825\n");
        var (code, stdout, _) = Akit.Invoke("test", folder);
        Assert.Equal(1, code);
        Assert.Equal(
            "FAIL check.ipynb\ncell 1: outputs differ (- stored, + this run)\n  [stdout]\n+ list size 8826\n- list size 8825\n  \n0 of 1 notebooks match their stored outputs.\n",
            stdout);
    }

    [Fact]
    public void Test_Update_WritesFreshOutputsThatThenPass()
    {
        var folder = Directory.CreateTempSubdirectory("akit-cli-").FullName;
        NotebookWithStoredOutput(folder, "stale\n");
        Assert.Equal(0, Akit.Invoke("test", folder, "--update").ExitCode);
        Assert.Equal(0, Akit.Invoke("test", folder).ExitCode);
    }

    [Fact]
    public void Test_EmptyFolder_ExitsTwoSayingNoNotebooks()
    {
        var folder = Directory.CreateTempSubdirectory("akit-cli-").FullName;
        var (code, _, stderr) = Akit.Invoke("test", folder);
        Assert.Equal(2, code);
        Assert.Equal($"No .ipynb notebooks found under {folder}.\n", stderr);
    }
}
