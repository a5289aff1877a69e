using System.CommandLine;
using AnalysisKit.Cli.Suppression;
using AnalysisKit.Disclosure;

namespace AnalysisKit.Cli.Commands;

/// <summary>
/// <c>akit suppress</c>: applies a disclosure-control policy to an analyst's table (.csv or .xlsx) and writes the
/// suppressed table with its footnote for release, and the audit and review sheet (which hold the hidden values) to a
/// separate file marked AUDIT-NOT-FOR-RELEASE. The input file is only read. With <c>--ledger</c> the table is suppressed
/// against the project's earlier releases and recorded in the ledger.
/// </summary>
public sealed class SuppressCommand : ICommandFactory
{
    /// <inheritdoc />
    public Command Create()
    {
        var input = new Option<string>("--input") { Description = "The table to suppress: .csv or .xlsx (first sheet), header in the first row.", Required = true };
        var policy = new Option<string>("--policy")
        {
            Description = "A preset (" + string.Join(", ", SuppressionPolicy.Presets.Keys.Order(StringComparer.Ordinal)) + ") or a policy .json file.",
            DefaultValueFactory = _ => SuppressionPolicy.PhsPracticeUnder5.Name,
        };
        var output = new Option<string>("--out") { Description = "The release file: .csv (with .notes.csv beside it) or .xlsx (Table and Notes sheets). The audit and review, which hold the hidden values, go to <name>.AUDIT-NOT-FOR-RELEASE.xlsx (CSV: .AUDIT-NOT-FOR-RELEASE.csv and .REVIEW-NOT-FOR-RELEASE.csv) beside it.", Required = true };
        var hierarchy = new Option<string>("--hierarchy") { Description = "Key columns, top level first, comma-separated (e.g. board,hscp,cluster,practice).", Required = true };
        var totalLabel = new Option<string>("--total-label") { Description = "The key value that marks total rows.", DefaultValueFactory = _ => "Total" };
        var totalColumn = new Option<string?>("--total-column") { Description = "The count column that is the sum of the other count columns in its row." };
        var counts = new Option<string?>("--counts") { Description = "Count columns, comma-separated (default: every column not named as a key or measure)." };
        var measures = new Option<string[]>("--measure")
        {
            Description = "A measure following a count, as column=countColumn:kind with kind % , cr or sr (repeatable).",
            DefaultValueFactory = _ => [],
        };
        var ledger = new Option<string?>("--ledger")
        {
            Description = "The release ledger (.json) of the project: the table is suppressed against every earlier release recorded there (another level, period or policy of the same counts), and recorded in it. Created if absent. It holds only what was published.",
        };
        var release = new Option<string?>("--release") { Description = "This release's name in the ledger (default: the --out file name without extension)." };
        var period = new Option<string?>("--period") { Description = "The months the table covers, yyyy-MM or yyyy-MM..yyyy-MM (required with --ledger)." };
        var replace = new Option<bool>("--replace-release") { Description = "Replace a release of the same name in the ledger (only for a version that was never published)." };
        var command = new Command("suppress", "Apply disclosure control (primary and secondary suppression) to a table; write it for release, and its audit and review to a separate not-for-release file.")
        {
            input, policy, output, hierarchy, totalLabel, totalColumn, counts, measures, ledger, release, period, replace,
        };
        command.SetAction(parse =>
        {
            var request = new SuppressionRequest(
                parse.GetValue(input)!,
                parse.GetValue(policy)!,
                parse.GetValue(output)!,
                Split(parse.GetValue(hierarchy)!),
                parse.GetValue(totalLabel)!,
                parse.GetValue(totalColumn),
                parse.GetValue(counts) is { } c ? Split(c) : null,
                parse.GetValue(measures) ?? [],
                parse.GetValue(ledger),
                parse.GetValue(release),
                parse.GetValue(period),
                parse.GetValue(replace));
            return SuppressionJob.Run(request, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
        });
        return command;
    }

    private static string[] Split(string list) => list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
