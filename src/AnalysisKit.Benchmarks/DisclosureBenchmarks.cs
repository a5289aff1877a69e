using System.Diagnostics;
using System.Globalization;
using AnalysisKit.Disclosure;

namespace AnalysisKit.Benchmarks;

/// <summary>
/// Disclosure control on a seeded national practice table (Scotland → boards → HSCPs → clusters → practices, five
/// count columns and a total column). Baseline: PHS sdcshinyapp's row-only rule on the same table (no column or
/// hierarchy protection, no exact check), so the ratio is the price of provable protection.
/// </summary>
public sealed class DisclosureBenchmarks : IBenchmarkSuite
{
    /// <inheritdoc />
    public string Name => "disclosure";

    /// <inheritdoc />
    public void Run(bool dry, TextWriter output)
    {
        var table = NationalTable(seed: 20260101, boards: dry ? 2 : 14, hscpsPerBoard: dry ? 2 : 3, clustersPerHscp: dry ? 2 : 4, practicesPerCluster: dry ? 3 : 6);
        var baselinePolicy = new SuppressionPolicy("rows-only-under-5", 5, ThresholdComparison.LessThan, true, "*", false, 1,
            RoundingRule.HalfUp, false, SecondaryMethod.PhsRowsOnly);
        var (baseline, baselineResult) = Time(() => Suppressor.Apply(table, baselinePolicy));
        var (complete, completeResult) = Time(() => Suppressor.Apply(table, SuppressionPolicy.PhsPracticeUnder5));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"table: {table.Rows.Count} rows × {table.CountColumns.Count} count columns"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"baseline sdcshinyapp row rule: {baseline.TotalMilliseconds:F1} ms, {baselineResult.Audit.Count} cells suppressed"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"AnalysisKit complete:          {complete.TotalMilliseconds:F1} ms, {completeResult.Audit.Count} cells suppressed"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ratio complete / baseline: {complete.TotalMilliseconds / Math.Max(baseline.TotalMilliseconds, 0.001):F1}×"));
    }

    private static (TimeSpan Elapsed, SuppressionResult Result) Time(Func<SuppressionResult> run)
    {
        var stopwatch = Stopwatch.StartNew();
        var result = run();
        return (stopwatch.Elapsed, result);
    }

    private static DisclosureTable NationalTable(int seed, int boards, int hscpsPerBoard, int clustersPerHscp, int practicesPerCluster)
    {
        const int columns = 5;
        var random = new Random(seed);
        var rows = new List<TableRow>();

        long[] Add(string[] path, int depth)
        {
            var keys = path.Concat(Enumerable.Repeat("Total", 4 - path.Length)).ToArray();
            long[] sums;
            if (depth == 4)
            {
                // Practice counts: mostly tens, with the small counts real practice data has.
                sums = Enumerable.Range(0, columns).Select(_ => (long)(random.Next(10) < 3 ? random.Next(0, 5) : random.Next(5, 80))).ToArray();
                rows.Add(new TableRow(keys, sums.Select(v => (long?)v).Append(sums.Sum()).ToArray(), []));
                return sums;
            }

            var index = rows.Count;
            rows.Add(null!);
            var width = depth switch { 0 => boards, 1 => hscpsPerBoard, 2 => clustersPerHscp, _ => practicesPerCluster };
            sums = new long[columns];
            for (var i = 0; i < width; i++)
            {
                var child = Add([.. path, $"{"BHCP"[depth]}{i + 1}"], depth + 1);
                for (var c = 0; c < columns; c++)
                {
                    sums[c] += child[c];
                }
            }

            rows[index] = new TableRow(keys, sums.Select(v => (long?)v).Append(sums.Sum()).ToArray(), []);
            return sums;
        }

        Add([], 0);
        return new DisclosureTable("national", ["board", "hscp", "cluster", "practice"], "Total",
            ["c1", "c2", "c3", "c4", "c5", "Total"], "Total", [], rows);
    }
}
