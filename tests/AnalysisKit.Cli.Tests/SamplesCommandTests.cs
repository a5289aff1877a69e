using System.CommandLine;
using AnalysisKit.Cli;
using AnalysisKit.Samples;

namespace AnalysisKit.Cli.Tests;

public sealed class SamplesCommandTests
{
    [Fact]
    public void SamplesGenerate_SeedAndOut_WritesTheGeneratorsFiles()
    {
        var folder = Path.Combine(Path.GetTempPath(), "akit-cli-samples-" + Guid.NewGuid().ToString("N"));
        try
        {
            var root = new RootCommand();
            foreach (var command in AkitCommands.All())
            {
                root.Subcommands.Add(command);
            }

            var exitCode = root.Parse(["samples", "generate", "--seed", "7", "--out", folder]).Invoke();

            Assert.Equal(0, exitCode);
            foreach (var (relative, text) in SampleDataGenerator.Render(7))
            {
                Assert.True(string.Equals(text, File.ReadAllText(Path.Combine(folder, relative)), StringComparison.Ordinal), relative);
            }
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Fact]
    public void SamplesGenerate_Help_DocumentsTheDefaultSeed()
    {
        var generate = new Commands.SamplesCommand().Create().Subcommands.Single(c => c.Name == "generate");
        var seed = generate.Options.Single(o => o.Name == "--seed");
        Assert.Contains("default 1948", seed.Description, StringComparison.Ordinal);
        Assert.Equal(SampleDataGenerator.DefaultSeed, 1948UL);
    }
}
