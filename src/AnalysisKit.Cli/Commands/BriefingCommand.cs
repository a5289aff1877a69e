using System.CommandLine;
using AnalysisKit.Briefings;
using AnalysisKit.Definitions;

namespace AnalysisKit.Cli.Commands;

/// <summary>
/// <c>akit briefing [--spec briefing.json] [--cluster X | --hscp X | --chp X | --board X] [--period yyyy-mm:yyyy-mm] [--out dir] [--practice code] [--pdf] [--produced yyyy-mm-dd|today] [--release-key file] [--ledger F.json [--release NAME] [--replace-release]]</c>:
/// writes the briefing a definition file describes, for one cluster, HSCP (CHP in ISD's pre-2016 data) or board, as
/// self-contained HTML, an Excel workbook of its suppressed tables and, with --pdf, a PDF printed by headless Chromium.
/// Same inputs give the same bytes (HTML and workbook). With --ledger the briefing's disclosure is suppressed against the
/// release ledger's earlier releases and recorded there once its files are written.
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
        var produced = new Option<string?>("--produced") { Description = "The production date printed on the briefing, yyyy-mm-dd, or 'today' to read the clock (default: the definition's; no clock is read otherwise)." };
        var releaseKey = new Option<FileInfo?>("--release-key") { Description = "A release key file (≥ 32 bytes, e.g. `openssl rand -hex 32`) that keys the practice letters; keep it out of the published folder (default: the definition's releaseKey, else the unpublished input files)." };
        var ledger = new Option<string?>("--ledger")
        {
            Description = "The release ledger (.json, created if absent) that the analyst keeps: the briefing's disclosure is suppressed against the earlier releases recorded there and recorded in it after its files are written. The period is the briefing's (--period or the definition's).",
        };
        var release = new Option<string?>("--release")
        {
            Description = "This release's name in the ledger (default: the definition file's name without .json). Briefings of other areas from the same definition and period are the same release; another period needs another name.",
        };
        var replaceRelease = new Option<bool>("--replace-release") { Description = "Replace a release of the same name with other cells (only for a version that was never published)." };
        var command = new Command("briefing", "Write the briefing a definition file describes (HTML, Excel workbook, optional PDF) with disclosure control applied.");
        foreach (var option in new Option[] { spec, cluster, hscp, board, period, output, practice, pdf, produced, releaseKey, ledger, release, replaceRelease })
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
                    Produced = parse.GetValue(produced) is { } date ? BriefingOptions.ParseProduced(date, () => DateOnly.FromDateTime(DateTime.Now)) : null,
                    ReleaseKeyFile = parse.GetValue(releaseKey)?.FullName,
                    Release = Release(parse.GetValue(ledger), parse.GetValue(release), parse.GetValue(replaceRelease)),
                };
                var briefing = ClusterBriefing.Build(options);
                var written = BriefingWriter.Write(briefing, parse.GetValue(output)!.FullName, parse.GetValue(pdf));
                foreach (var path in written)
                {
                    parse.InvocationConfiguration.Output.WriteLine(path);
                }

                if (briefing.Release is { } recorded)
                {
                    parse.InvocationConfiguration.Output.WriteLine(Suppression.SuppressMessages.Recorded(recorded.Name, recorded.Period.ToString(), options.Release!.Ledger,
                        briefing.EarlierReleases.Count));
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

    /// <summary>The ledger options, or null without --ledger (--release and --replace-release are then refused).</summary>
    private static BriefingRelease? Release(string? ledger, string? name, bool replace) => ledger is not null
        ? new BriefingRelease(ledger, name, replace)
        : name is null && !replace ? null : throw new ArgumentException(BriefingCommandMessages.ReleaseWithoutLedger);
}
