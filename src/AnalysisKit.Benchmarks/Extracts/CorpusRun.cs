using System.Diagnostics;
using System.Globalization;

namespace AnalysisKit.Benchmarks.Extracts;

/// <summary>
/// Measures one corpus file: in this process (best of N after a warm-up, so JIT and the file cache affect every method
/// alike) and as whole processes (a fresh child per run; AnalysisKit, DuckDB and DataFrame.LoadCsv children
/// interleaved, rotating which goes first, so load from other work on the machine falls on all of them alike; medians
/// and the median of the per-round ratios; the slow DataFrame.LoadCsv baseline runs in the first two rounds only,
/// and once in process). Prints the figures and each target as PASS or FAIL.
/// </summary>
internal sealed class CorpusRun(CorpusFile file, string path, int rounds, bool inProcess, TextWriter output)
{
    private const int LoadCsvRounds = 2;

    /// <summary>The outcome for the summary table.</summary>
    public sealed record Outcome(string File, double TimeRatio, double MemoryRatio, double LoadCsvSpeedUp, bool Agrees,
        double StreamedTimeRatio, double StreamedMemoryRatio)
    {
        public bool Passes => Agrees && TimeRatio <= 1.0 && MemoryRatio <= 1.0 && !(LoadCsvSpeedUp < 5.0);
    }

    public Outcome Measure()
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"-- {file.Name}: {file.Shape}; {new FileInfo(path).Length / 1048576.0:F1} MiB"));
        var check = Check();
        var warm = inProcess ? InProcess() : [];

        // Whole processes, interleaved: every round runs each child once, starting at a different one.
        string[] children = [ExtractMethods.LoadAndSum, ExtractMethods.DuckDb, ExtractMethods.SumFile, ExtractMethods.LoadCsv];
        var figures = children.ToDictionary(c => c, _ => new List<ExtractsChild.Figures>());
        for (var round = 0; round < rounds; round++)
        {
            for (var k = 0; k < children.Length; k++)
            {
                var method = children[(round + k) % children.Length];
                if (method == ExtractMethods.LoadCsv && round >= LoadCsvRounds)
                {
                    continue; // the slow baseline: two rounds are enough for a 5x target
                }

                figures[method].Add(ExtractsChild.Run(method, file, path));
            }
        }

        output.WriteLine($"   {"method",-28} {"in-process best (s)",19} {"whole process median (s)",32} {"peak RSS (MiB)",15} {"JIT methods",12} {"JIT ms",8}");
        foreach (var method in ExtractMethods.All.Where(m => m != ExtractMethods.Idle))
        {
            var hasWarm = warm.TryGetValue(method, out var seconds);
            var hasChild = figures.TryGetValue(method, out var runs);
            if (!hasWarm && !hasChild)
            {
                continue;
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"   {method,-28} {(hasWarm ? seconds.ToString("F3", CultureInfo.InvariantCulture) : "-"),19} {(hasChild ? Median(runs!.Select(r => r.Seconds)).ToString("F3", CultureInfo.InvariantCulture) : "-"),32} {(hasChild ? Median(runs!.Select(r => r.PeakMiB)).ToString("F1", CultureInfo.InvariantCulture) : "-"),15} {(hasChild ? Median(runs!.Select(r => (double)r.JitMethods)).ToString("F0", CultureInfo.InvariantCulture) : "-"),12} {(hasChild ? Median(runs!.Select(r => r.JitMilliseconds)).ToString("F0", CultureInfo.InvariantCulture) : "-"),8}"));
        }

        var ours = figures[ExtractMethods.LoadAndSum];
        var duck = figures[ExtractMethods.DuckDb];
        var loadCsv = figures[ExtractMethods.LoadCsv];
        var timeRatio = Median(ours.Zip(duck, (a, b) => a.Seconds / b.Seconds));
        var memoryRatio = Median(ours.Zip(duck, (a, b) => a.PeakMiB / b.PeakMiB));
        var speedUp = Median(loadCsv.Select(a => a.Seconds)) / Median(ours.Select(b => b.Seconds));
        var streamed = figures[ExtractMethods.SumFile];
        var agrees = check && ours.Concat(duck).Concat(streamed).All(f => f.Result.Agrees(duck[0].Result));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"   whole process, AnalysisKit load+sums / DuckDB sums: time {timeRatio:F2} (target <= 1.00) {Verdict(timeRatio <= 1)}; peak memory {memoryRatio:F2} (target <= 1.00) {Verdict(memoryRatio <= 1)}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"   whole process, DataFrame.LoadCsv / AnalysisKit load+sums: {speedUp:F1}x faster (target >= 5) {Verdict(speedUp >= 5)}"));
        var streamedTime = Median(streamed.Zip(duck, (a, b) => a.Seconds / b.Seconds));
        var streamedMemory = Median(streamed.Zip(duck, (a, b) => a.PeakMiB / b.PeakMiB));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"   whole process, AnalysisKit sums over the file (no rows kept, one core) / DuckDB sums: time {streamedTime:F2}; peak memory {streamedMemory:F2} (target <= 1.00) {Verdict(streamedMemory <= 1)}"));
        if (warm.TryGetValue(ExtractMethods.LoadCsv, out var warmLoadCsv) && warm.TryGetValue(ExtractMethods.Load, out var warmLoad))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"   in process, DataFrame.LoadCsv / AnalysisKit load: {warmLoadCsv / warmLoad:F1}x faster (target >= 5) {Verdict(warmLoadCsv / warmLoad >= 5)}"));
        }

        output.WriteLine($"   sums agree with DuckDB's (groups, totals): {(agrees ? "yes" : "NO")}");
        return new Outcome(file.Name, timeRatio, memoryRatio, speedUp, agrees, streamedTime, streamedMemory);
    }

    private static string Verdict(bool pass) => pass ? "PASS" : "FAIL";

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? double.NaN
            : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    /// <summary>AnalysisKit's sums and DuckDB's, computed here once: the same groups and totals.</summary>
    private bool Check()
    {
        var ours = ExtractMethods.Run(ExtractMethods.LoadAndSum, file, path);
        var duck = ExtractMethods.Run(ExtractMethods.DuckDb, file, path);
        if (!ours.Agrees(duck))
        {
            output.WriteLine($"   MISMATCH: AnalysisKit {ours.Describe()}; DuckDB {duck.Describe()}");
        }

        return ours.Agrees(duck);
    }

    private Dictionary<string, double> InProcess()
    {
        var best = new Dictionary<string, double>();
        foreach (var method in ExtractMethods.All.Where(m => m != ExtractMethods.Idle))
        {
            var repeats = method == ExtractMethods.LoadCsv ? 1 : Math.Min(rounds, 3);
            if (method != ExtractMethods.LoadCsv)
            {
                ExtractMethods.Run(method, file, path); // warm-up on the full file: tiered JIT settles, pages cached
            }

            var seconds = double.PositiveInfinity;
            for (var i = 0; i < repeats; i++)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                var watch = Stopwatch.StartNew();
                ExtractMethods.Run(method, file, path);
                seconds = Math.Min(seconds, watch.Elapsed.TotalSeconds);
            }

            best[method] = seconds;
        }

        return best;
    }
}
