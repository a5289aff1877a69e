using System.Text.RegularExpressions;

namespace AnalysisKit.Notebooks.Tests;

/// <summary>
/// Every <c>```csharp</c> block in the repository's READMEs compiles as a notebook cell would (the notebook engine's
/// references and imports); examples are compiled, not run, since they name files of the reader's own.
/// </summary>
public sealed partial class ReadmeExamplesTests
{
    /// <summary>The library areas that must each have a README with at least one C# example.</summary>
    public static readonly string[] Areas = ["Extracts", "Geography", "Indicators", "Variation", "Disclosure", "Charts", "Briefings"];

    public static TheoryData<string, int> Examples()
    {
        var data = new TheoryData<string, int>();
        var readmes = Directory.GetFiles(Testing.RepoPaths.InRepo("src"), "README.md", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Append(Testing.RepoPaths.InRepo("README.md"))
            .Select(p => Path.GetRelativePath(Testing.RepoPaths.Root, p)).Order(StringComparer.Ordinal);
        foreach (var readme in readmes)
        {
            for (var i = 0; i < Blocks(readme).Count; i++)
            {
                data.Add(readme, i);
            }
        }

        return data;
    }

    private static List<string> Blocks(string readme) =>
        CSharpBlock().Matches(File.ReadAllText(Testing.RepoPaths.InRepo(readme))).Select(m => m.Groups[1].Value).ToList();

    [GeneratedRegex(@"^```csharp[ \t]*\n(.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_Compiles(string readme, int block)
    {
        var code = Blocks(readme)[block];
        var engine = new NotebookEngine();

        var compiled = engine.Compile(engine.Root, code, []);

        Assert.True(compiled.Errors.IsEmpty, $"{readme}, C# example {block + 1}:\n" + string.Join("\n", compiled.Errors.Select(e => e.ToString())));
    }

    [Theory]
    [MemberData(nameof(AreaNames))]
    public void EachArea_HasAReadmeWithACSharpExample(string area)
    {
        var readme = Path.Combine("src", "AnalysisKit", area, "README.md");
        Assert.True(File.Exists(Testing.RepoPaths.InRepo(readme)), $"{readme} is missing");
        Assert.NotEmpty(Blocks(readme));
    }

    public static TheoryData<string> AreaNames() => new(Areas);
}
