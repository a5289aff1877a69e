namespace AnalysisKit.Cli.Commands;

/// <summary>The briefing command's own error texts.</summary>
public static class BriefingCommandMessages
{
    /// <summary>More than one of --cluster, --hscp and --board.</summary>
    public const string OneArea = "Give one of --cluster, --hscp (or --chp) and --board, not several: a briefing is about one area.";

    /// <summary>No area on the command line and none in the definition.</summary>
    /// <param name="spec">The definition file's name.</param>
    public static string NoArea(string spec) =>
        $"No area to brief: give --cluster, --hscp (or --chp) or --board, or an \"area\": {{ \"code\": … }} in {spec}.";

    /// <summary>--release or --replace-release without --ledger.</summary>
    public const string ReleaseWithoutLedger = "--release and --replace-release only apply with --ledger (the release ledger file).";
}
