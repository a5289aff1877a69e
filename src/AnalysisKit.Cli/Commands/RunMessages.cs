using System.Globalization;

namespace AnalysisKit.Cli.Commands;

/// <summary>Messages of the notebook commands (<c>run</c>, <c>batch</c>, <c>test</c>), kept together and each tested.</summary>
internal static class RunMessages
{
    public static string WorkerKilled(TimeSpan limit) =>
        string.Create(CultureInfo.InvariantCulture, $"The worker process was still running after {limit.TotalSeconds:0.###} s and was killed.");

    public static string EachNotNameValues(string each) =>
        $"--each '{each}' is not name=values; use cluster=S1,S2, cluster=@values.txt or cluster=lookup:path/to/lookup.csv.";

    public static string LookupColumnMissing(string path, string column, IEnumerable<string> header) =>
        $"{path}: no column '{column}' (columns: {string.Join(", ", header)}); the lookup must have a column named after the parameter.";

    public const string InternalUseOnlyEmpty =
        "--internal-use-only needs the reason as text, e.g. --internal-use-only \"QA of the March extract\"; outputs are only left unchecked for work that stays on your machine.";

    public static string EachEmpty(string name) => $"--each {name}: no values given.";

    public static string BatchSummary(int total, int failed, TimeSpan elapsed) =>
        string.Create(CultureInfo.InvariantCulture, $"{total - failed} of {total} runs succeeded in {elapsed.TotalSeconds:0.0} s ({(total == 0 ? 0 : elapsed.TotalMilliseconds / total):0} ms per run).");

    public static string NoNotebooks(string path) => $"No .ipynb notebooks found under {path}.";

    public static string TestSummary(int total, int failed, int skipped = 0) =>
        string.Create(CultureInfo.InvariantCulture, $"{total - failed - skipped} of {total - skipped} notebooks match their stored outputs.")
        + (skipped == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $" {skipped} skipped: the data they need is absent."));

    public static string AbandonedThread(string run) =>
        $"warning: a cell in run '{run}' ignored cancellation and is still running on a background thread; later runs continue but share the CPU with it.";
}
