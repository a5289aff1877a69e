using System.CommandLine;
using System.Globalization;
using AnalysisKit.Disclosure;
using AnalysisKit.Samples;

namespace AnalysisKit.Cli.Commands;

/// <summary>
/// <c>akit summary [--cluster GPC082] [--data data-samples] [--from 2025-01] [--to 2025-12]</c>: one cluster against
/// Scotland for every sample measure (<see cref="SampleClusterSummary"/>), with PHS disclosure control applied.
/// </summary>
public sealed class SummaryCommand : ICommandFactory
{
    /// <inheritdoc />
    public Command Create()
    {
        var cluster = new Option<string>("--cluster")
        {
            Description = "GP cluster code (default: the sample's planted outlier cluster).",
            DefaultValueFactory = _ => SamplePlantedSignals.OutlierClusterCode,
        };
        var data = new Option<DirectoryInfo>("--data")
        {
            Description = "A folder in the data-samples layout (default data-samples).",
            DefaultValueFactory = _ => new DirectoryInfo("data-samples"),
        };
        var from = new Option<string>("--from") { Description = "First month, yyyy-MM.", DefaultValueFactory = _ => "2025-01" };
        var to = new Option<string>("--to") { Description = "Last month, yyyy-MM.", DefaultValueFactory = _ => "2025-12" };
        var command = new Command("summary", "Summarise one GP cluster against Scotland on sample-layout data.") { cluster, data, from, to };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            if (!TryMonth(parse.GetValue(from)!, "--from", error, out var first) || !TryMonth(parse.GetValue(to)!, "--to", error, out var last))
            {
                return 2;
            }

            var folder = parse.GetValue(data)!;
            if (!folder.Exists)
            {
                error.WriteLine($"The data folder '{folder.FullName}' does not exist; run from the repository root or give --data.");
                return 2;
            }

            try
            {
                output.Write(SampleClusterSummary.Write(folder.FullName, parse.GetValue(cluster)!, first, last, DisclosureControl.Default));
                return 0;
            }
            catch (Exception e) when (e is ArgumentException or IOException or InvalidDataException or UnsafeOutputException
                                          or Extracts.ExtractLoadException or Geography.LookupFileException)
            {
                error.WriteLine(e.Message);
                return 1;
            }
        });
        return command;
    }

    private static bool TryMonth(string text, string option, TextWriter error, out DateOnly month)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out month))
        {
            return true;
        }

        error.WriteLine($"{option} '{text}' is not a month: expected yyyy-MM, e.g. 2025-01.");
        return false;
    }
}
