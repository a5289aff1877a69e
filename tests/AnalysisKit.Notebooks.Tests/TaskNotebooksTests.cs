using System.Text.Json.Nodes;

namespace AnalysisKit.Notebooks.Tests;

/// <summary>
/// The everyday-task notebooks stay notebooks: at most 20 cells, every code cell at most 10 lines (logic that needs more
/// belongs in the library), and each names the third-party data it reads in <c>metadata.akit.requires</c> so that
/// <c>akit test</c> reports it as skipped, not passed, where ../shared is absent. They run under <c>akit test</c> with
/// every other notebook (RepositoryNotebooksTests).
/// </summary>
public sealed class TaskNotebooksTests
{
    public const int MaxCells = 20;
    public const int MaxCodeLines = 10;

    public static readonly TheoryData<string> Tasks = new(
        "30-compare-practices-in-a-chp.ipynb",
        "31-funnel-with-over-dispersion.ipynb",
        "32-spc-of-monthly-prescribing.ipynb",
        "33-suppressed-table-for-release.ipynb");

    private static JsonObject Read(string name) =>
        JsonNode.Parse(File.ReadAllText(Testing.RepoPaths.InRepo(Path.Combine("notebooks", name))))!.AsObject();

    private static string Source(JsonNode cell) => cell["source"] is JsonArray lines
        ? string.Concat(lines.Select(l => (string?)l))
        : (string?)cell["source"] ?? "";

    [Theory]
    [MemberData(nameof(Tasks))]
    public void TaskNotebook_HasAtMostTwentyCellsOfAtMostTenLines(string name)
    {
        var cells = Read(name)["cells"]!.AsArray();

        Assert.InRange(cells.Count, 1, MaxCells);
        foreach (var (cell, index) in cells.Select((c, i) => (c!, i)).Where(c => (string?)c.Item1["cell_type"] == "code"))
        {
            var lines = Source(cell).TrimEnd('\n').Split('\n').Length;
            Assert.True(lines <= MaxCodeLines, $"{name}, cell {index + 1}: {lines} lines (at most {MaxCodeLines}); move the logic into the library.");
            Assert.DoesNotContain("class ", Source(cell), StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Tasks))]
    public void TaskNotebook_NamesTheSharedDataItNeeds(string name)
    {
        var requires = Read(name)["metadata"]?["akit"]?["requires"]?.AsArray();

        Assert.NotNull(requires);
        Assert.All(requires!, r => Assert.StartsWith("../../shared/open-data/", (string?)r, StringComparison.Ordinal));
    }
}
