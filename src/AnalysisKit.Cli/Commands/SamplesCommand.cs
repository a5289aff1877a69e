using System.CommandLine;
using System.Globalization;
using AnalysisKit.Samples;

namespace AnalysisKit.Cli.Commands;

/// <summary>
/// <c>akit samples generate [--seed N] [--out dir]</c>: writes the synthetic Scotland sample data (lookup, populations
/// and extracts) with <see cref="SampleDataGenerator"/>. The default seed reproduces the committed data-samples/.
/// </summary>
public sealed class SamplesCommand : ICommandFactory
{
    /// <inheritdoc />
    public Command Create()
    {
        var seed = new Option<ulong>("--seed")
        {
            Description = string.Create(CultureInfo.InvariantCulture, $"Seed of the generator (default {SampleDataGenerator.DefaultSeed}, which gives the committed data-samples/)."),
            DefaultValueFactory = _ => SampleDataGenerator.DefaultSeed,
        };
        var output = new Option<DirectoryInfo>("--out")
        {
            Description = "Output folder (default data-samples, relative to the current folder). Existing sample files are overwritten.",
            DefaultValueFactory = _ => new DirectoryInfo("data-samples"),
        };
        var generate = new Command("generate", "Write the seeded synthetic sample data: practice lookup, populations and 36 months of extracts.");
        generate.Options.Add(seed);
        generate.Options.Add(output);
        generate.SetAction(parse =>
        {
            var seedValue = parse.GetValue(seed);
            var folder = parse.GetValue(output)!;
            var started = System.Diagnostics.Stopwatch.StartNew();
            var written = SampleDataGenerator.Generate(seedValue, folder.FullName);
            foreach (var path in written)
            {
                Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{path} ({new FileInfo(path).Length} bytes)"));
            }

            Console.Out.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"Wrote {written.Count} files with seed {seedValue} in {started.Elapsed.TotalSeconds:0.0} s. The data are synthetic."));
            return 0;
        });

        var samples = new Command("samples", "Synthetic sample data for trying AnalysisKit and for its tests.");
        samples.Subcommands.Add(generate);
        return samples;
    }
}
