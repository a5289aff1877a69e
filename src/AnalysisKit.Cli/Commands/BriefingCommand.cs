using System.CommandLine;
using System.Text;
using AnalysisKit.Briefings;
using AnalysisKit.Samples;

namespace AnalysisKit.Cli.Commands;

/// <summary>
/// <c>akit briefing --cluster GPC082 [--period 2025-01:2025-12] [--data data-samples] [--out dir] [--practice code] [--pdf]</c>:
/// writes a self-contained HTML cluster briefing, an Excel workbook of its suppressed tables and, with --pdf, a PDF
/// printed by headless Chromium. Same inputs give the same bytes (HTML and workbook).
/// </summary>
public sealed class BriefingCommand : ICommandFactory
{
    /// <inheritdoc />
    public Command Create()
    {
        var cluster = new Option<string>("--cluster")
        {
            Description = $"GP cluster code (default {SamplePlantedSignals.OutlierClusterCode}, the sample data's outlier cluster).",
            DefaultValueFactory = _ => SamplePlantedSignals.OutlierClusterCode,
        };
        var period = new Option<string?>("--period") { Description = "Months yyyy-mm:yyyy-mm (default 2025-01:2025-12)." };
        var data = new Option<DirectoryInfo>("--data")
        {
            Description = "Folder in the data-samples layout (default data-samples).",
            DefaultValueFactory = _ => new DirectoryInfo("data-samples"),
        };
        var output = new Option<DirectoryInfo>("--out")
        {
            Description = "Output folder (default briefings).",
            DefaultValueFactory = _ => new DirectoryInfo("briefings"),
        };
        var practice = new Option<string?>("--practice") { Description = "Name only this practice of the cluster (the others stay anonymised)." };
        var pdf = new Option<bool>("--pdf") { Description = "Also print a PDF with headless Chromium (/usr/bin/chromium)." };
        var command = new Command("briefing", "Write a GP cluster briefing (HTML, Excel workbook, optional PDF) with disclosure control applied.");
        foreach (var option in new Option[] { cluster, period, data, output, practice, pdf })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            try
            {
                var (first, last) = parse.GetValue(period) is { } text ? BriefingOptions.ParsePeriod(text) : BriefingOptions.DefaultPeriod;
                var options = new BriefingOptions(parse.GetValue(cluster)!, parse.GetValue(data)!.FullName, first, last, parse.GetValue(practice));
                var written = BriefingWriter.Write(ClusterBriefing.Build(options), parse.GetValue(output)!.FullName, parse.GetValue(pdf));
                foreach (var path in written)
                {
                    parse.InvocationConfiguration.Output.WriteLine(path);
                }

                return 0;
            }
            catch (Exception e) when (e is ArgumentException or IOException or InvalidDataException or InvalidOperationException or Disclosure.UnsafeOutputException or Extracts.ExtractLoadException)
            {
                parse.InvocationConfiguration.Error.WriteLine(e.Message);
                return 1;
            }
        });
        return command;
    }
}
