using System.CommandLine;
using AnalysisKit.Briefings;
using AnalysisKit.Definitions;

namespace AnalysisKit.Cli.Commands;

/// <summary>
/// <c>akit briefing [--spec briefing.json] [--cluster X | --hscp X | --chp X | --board X] [--period yyyy-mm:yyyy-mm] [--out dir] [--practice code] [--pdf]</c>:
/// writes the briefing a definition file describes, for one cluster, HSCP (CHP in ISD's pre-2016 data) or board, as
/// self-contained HTML, an Excel workbook of its suppressed tables and, with --pdf, a PDF printed by headless Chromium.
/// Same inputs give the same bytes (HTML and workbook).
/// </summary>
public sealed class BriefingCommand : ICommandFactory
{
    /// <summary>The definition used when --spec is not given: the sample briefing.</summary>
    public const string DefaultSpec = "data-samples/briefing.json";

    /// <inheritdoc />
    public Command Create()
    {
        var spec = new Option<FileInfo>("--spec")
        {
            Description = $"The briefing definition file (default {DefaultSpec}, the sample cluster briefing).",
            DefaultValueFactory = _ => new FileInfo(DefaultSpec),
        };
        var cluster = new Option<string?>("--cluster") { Description = "Brief this GP cluster (default: the definition's area)." };
        var hscp = new Option<string?>("--hscp", "--chp") { Description = "Brief this HSCP (S37 code), or CHP in ISD's pre-2016 data (S03 code): the same document one level up." };
        var board = new Option<string?>("--board") { Description = "Brief this health board (S08 code)." };
        var period = new Option<string?>("--period") { Description = "Months yyyy-mm:yyyy-mm (default: the definition's period)." };
        var output = new Option<DirectoryInfo>("--out")
        {
            Description = "Output folder (default briefings).",
            DefaultValueFactory = _ => new DirectoryInfo("briefings"),
        };
        var practice = new Option<string?>("--practice") { Description = "Name only this practice of the cluster (the others stay anonymised)." };
        var pdf = new Option<bool>("--pdf") { Description = "Also print a PDF with headless Chromium (/usr/bin/chromium)." };
        var command = new Command("briefing", "Write the briefing a definition file describes (HTML, Excel workbook, optional PDF) with disclosure control applied.");
        foreach (var option in new Option[] { spec, cluster, hscp, board, period, output, practice, pdf })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            try
            {
                var definition = BriefingDefinition.Load(parse.GetValue(spec)!.FullName);
                var chosen = new (string? Code, AreaLevel Level)[]
                {
                    (parse.GetValue(cluster), AreaLevel.Cluster),
                    (parse.GetValue(hscp), definition.Geography.Format == GeographyFormat.IsdQofLookup ? AreaLevel.Chp : AreaLevel.Hscp),
                    (parse.GetValue(board), AreaLevel.Board),
                }.Where(c => c.Code is not null).ToList();
                if (chosen.Count > 1)
                {
                    throw new ArgumentException(BriefingCommandMessages.OneArea);
                }

                var (code, level) = chosen.Count == 1 ? chosen[0] : (definition.AreaCode, definition.AreaLevel);
                if (code is null)
                {
                    throw new ArgumentException(BriefingCommandMessages.NoArea(parse.GetValue(spec)!.Name));
                }

                var options = new BriefingOptions(definition, level, code, parse.GetValue(practice))
                {
                    Period = parse.GetValue(period) is { } text ? BriefingOptions.ParsePeriod(text) : null,
                };
                var written = BriefingWriter.Write(ClusterBriefing.Build(options), parse.GetValue(output)!.FullName, parse.GetValue(pdf));
                foreach (var path in written)
                {
                    parse.InvocationConfiguration.Output.WriteLine(path);
                }

                return 0;
            }
            catch (Exception e) when (e is ArgumentException or IOException or InvalidDataException or InvalidOperationException or Disclosure.UnsafeOutputException
                                          or Extracts.ExtractLoadException or DefinitionException or IndicatorDataException or Geography.LookupFileException)
            {
                parse.InvocationConfiguration.Error.WriteLine(e.Message);
                return 1;
            }
        });
        return command;
    }
}
