using System.Diagnostics;
using System.Globalization;
using AnalysisKit.Disclosure;

namespace AnalysisKit.Benchmarks;

/// <summary>
/// Disclosure control on a seeded national practice table (Scotland → boards → HSCPs → clusters → practices, five
/// count columns and a total column). Baseline: PHS sdcshinyapp's row-only rule on the same table (no column or
/// hierarchy protection, no exact check), so the ratio is the price of provable protection. Timed: building the table
/// (labels normalised, undeclared totals searched) and suppressing it; then the same year under phs-practice-under-5
/// against its under-10 release, and nested and rolling periods for Scotland through a ledger: Jan–Nov against a
/// recorded Jan–Dec, the reverse order, and Feb–Jan (a rolling twelve months) against Jan–Dec.
/// </summary>
/// <remarks>
/// Machine load moves every time here; compare runs by the ratios to the row-rule baseline measured in the same
/// process, not by milliseconds.
/// </remarks>
public sealed class DisclosureBenchmarks : IBenchmarkSuite
{
    /// <inheritdoc />
    public string Name => "disclosure";

    /// <inheritdoc />
    public void Run(bool dry, TextWriter output)
    {
        var shape = dry ? (Boards: 2, Hscps: 2, Clusters: 2, Practices: 3) : (Boards: 14, Hscps: 3, Clusters: 4, Practices: 6);
        var (build, year) = Time(() => NationalTable(20260101, shape, december: false, rolling: false));
        Line(output, $"table: {year.Rows.Count} rows × {year.CountColumns.Count} count columns (built in {build.TotalMilliseconds:F1} ms)");
        var baselinePolicy = new SuppressionPolicy("rows-only-under-5", 5, ThresholdComparison.LessThan, true, "*", false, 1,
            RoundingRule.HalfUp, false, SecondaryMethod.PhsRowsOnly);
        var (baseline, baselineResult) = Time(() => Suppressor.Apply(year, baselinePolicy));
        double Ratio(TimeSpan time) => time.TotalMilliseconds / Math.Max(baseline.TotalMilliseconds, 0.001);
        Line(output, $"baseline sdcshinyapp row rule:            {baseline.TotalMilliseconds,9:F1} ms, {baselineResult.Audit.Count} cells suppressed");
        var (complete, completeResult) = Time(() => Suppressor.Apply(NationalTable(20260101, shape, december: false, rolling: false), SuppressionPolicy.PhsPracticeUnder5));
        Line(output, $"AnalysisKit complete (build + suppress):  {complete.TotalMilliseconds,9:F1} ms, {completeResult.Audit.Count} cells suppressed, {Ratio(complete):F1}× baseline");

        // The same year under under-10 first, then under phs-practice-under-5 against it (the two-policies case).
        var yearPeriod = ReleasePeriod.Parse("2025-01..2025-12");
        var under10 = Suppressor.Apply(year, SuppressionPolicy.Under10);
        var policyLedger = ReleaseLedger.Empty.With(under10.ToLedgerRelease("under-10", yearPeriod, []), replace: false, "benchmark");
        Linked(output, "under-5 against under-10 (same year):", Ratio,
            () => Suppressor.Apply(year, SuppressionPolicy.PhsPracticeUnder5, new ReleaseHistory(policyLedger, "under-5", yearPeriod)));

        // Nested and rolling periods at national scale (issue #14: a monthly year-to-date briefing). Every December and
        // January count is 0 to 3, so every difference between the two periods is small and must not be pinned.
        var nested = Period(december: false, rolling: false);
        var toNovember = Period(december: true, rolling: false);
        var rolling = Period(december: false, rolling: true);
        var novemberPeriod = ReleasePeriod.Parse("2025-01..2025-11");
        var rollingPeriod = ReleasePeriod.Parse("2025-02..2026-01");
        var yearRelease = Suppressor.Apply(nested, SuppressionPolicy.PhsPracticeUnder5);
        var yearLedger = ReleaseLedger.Empty.With(yearRelease.ToLedgerRelease("year", yearPeriod, []), replace: false, "benchmark");
        Linked(output, "Jan–Nov against Jan–Dec (Scotland):", Ratio,
            () => Suppressor.Apply(toNovember, SuppressionPolicy.PhsPracticeUnder5, new ReleaseHistory(yearLedger, "to-november", novemberPeriod)));
        var novemberRelease = Suppressor.Apply(toNovember, SuppressionPolicy.PhsPracticeUnder5);
        var novemberLedger = ReleaseLedger.Empty.With(novemberRelease.ToLedgerRelease("to-november", novemberPeriod, []), replace: false, "benchmark");
        Linked(output, "Jan–Dec against Jan–Nov (Scotland):", Ratio,
            () => Suppressor.Apply(nested, SuppressionPolicy.PhsPracticeUnder5, new ReleaseHistory(novemberLedger, "year", yearPeriod)));
        Linked(output, "Feb–Jan against Jan–Dec (Scotland):", Ratio,
            () => Suppressor.Apply(rolling, SuppressionPolicy.PhsPracticeUnder5, new ReleaseHistory(yearLedger, "rolling", rollingPeriod)));

        DisclosureTable Period(bool december, bool rolling) => NationalTable(20260101, shape, december, rolling);
    }

    private static void Linked(TextWriter output, string label, Func<TimeSpan, double> ratio, Func<SuppressionResult> run)
    {
        var stopwatch = Stopwatch.StartNew();
        try
        {
            var result = run();
            var elapsed = stopwatch.Elapsed;
            var becauseEarlier = result.Audit.Count(a => a.Reason == SuppressionReason.EarlierRelease || a.Because.Contains("release", StringComparison.Ordinal));
            Line(output, $"AnalysisKit {label,-38} {elapsed.TotalMilliseconds,9:F1} ms, {result.Audit.Count} cells suppressed ({becauseEarlier} because of the earlier release), {ratio(elapsed):F1}× baseline");
        }

        catch (ArgumentException refused)
        {
            Line(output, $"AnalysisKit {label,-38} {stopwatch.Elapsed.TotalMilliseconds,9:F1} ms, refused: {refused.Message[..Math.Min(120, refused.Message.Length)]}…");
        }
    }

    private static void Line(TextWriter output, FormattableString line)
    {
        output.WriteLine(FormattableString.Invariant(line));
        output.Flush();
    }

    private static (TimeSpan Elapsed, T Result) Time<T>(Func<T> run)
    {
        var stopwatch = Stopwatch.StartNew();
        var result = run();
        return (stopwatch.Elapsed, result);
    }

    /// <summary>
    /// The national table for the year (January to December 2025); for January to November (<paramref name="december"/>)
    /// each practice count less its December part; for February 2025 to January 2026 (<paramref name="rolling"/>) less
    /// its January part and plus the next January. Months are 0 to 3 per practice cell, drawn after the year's counts
    /// from their own seeds, so every version of the table shares them.
    /// </summary>
    private static DisclosureTable NationalTable(int seed, (int Boards, int Hscps, int Clusters, int Practices) shape, bool december, bool rolling)
    {
        const int columns = 5;
        var random = new Random(seed);
        var decemberRandom = new Random(seed + 1);
        var januaryRandom = new Random(seed + 2);
        var nextJanuaryRandom = new Random(seed + 3);
        var rows = new List<TableRow>();

        long[] Add(string[] path, int depth)
        {
            var keys = path.Concat(Enumerable.Repeat("Total", 4 - path.Length)).ToArray();
            long[] sums;
            if (depth == 4)
            {
                // Practice counts: mostly tens, with the small counts real practice data has.
                sums = Enumerable.Range(0, columns).Select(_ => (long)(random.Next(10) < 3 ? random.Next(0, 5) : random.Next(5, 80))).ToArray();
                for (var c = 0; c < columns; c++)
                {
                    var decemberPart = decemberRandom.Next(0, 4);
                    var januaryPart = Math.Min(sums[c] - Math.Min(sums[c], decemberPart), januaryRandom.Next(0, 4));
                    var nextJanuary = nextJanuaryRandom.Next(0, 4);
                    sums[c] -= december ? Math.Min(sums[c], decemberPart) : 0;
                    sums[c] += rolling ? nextJanuary - januaryPart : 0;
                }

                rows.Add(new TableRow(keys, sums.Select(v => (long?)v).Append(sums.Sum()).ToArray(), []));
                return sums;
            }

            var index = rows.Count;
            rows.Add(null!);
            var width = depth switch { 0 => shape.Boards, 1 => shape.Hscps, 2 => shape.Clusters, _ => shape.Practices };
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
