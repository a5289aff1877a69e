using System.Diagnostics;
using System.Globalization;
using AnalysisKit.Benchmarks.Extracts;

namespace AnalysisKit.Benchmarks;

/// <summary>
/// Extracts: every file of the benchmark corpus (<see cref="ExtractCorpus"/>: PHS Prescriptions in the Community, ISO
/// dates, dd/MM/yyyy dates, many distinct codes, long quoted text, …QF flags and markers), 1,000,000 rows each, read by
/// DataFrame.LoadCsv, by DuckDB (read_csv + GROUP BY practice, month) and by AnalysisKit (typed load, and load +
/// practice × month sums) — in this process and as whole fresh processes, paired with DuckDB's.
/// Targets (issue 17), per file: whole-process AnalysisKit load + sums ≤ 1.0× DuckDB's time and ≤ 1.0× its peak
/// memory, and ≥ 5× faster than DataFrame.LoadCsv. For the child processes to run ReadyToRun code, as an installed
/// <c>akit</c> does, publish the benchmark first: <c>dotnet publish src/AnalysisKit.Benchmarks -c Release -o
/// /tmp/akit-bench &amp;&amp; /tmp/akit-bench/AnalysisKit.Benchmarks extracts</c> (<c>--files=pitc,iso-dates</c> for some
/// files, <c>--rounds=N</c> for another number of whole-process rounds).
/// </summary>
public sealed class ExtractsBenchmark : IBenchmarkSuite
{
    private readonly int _rows;
    private readonly int _rounds;
    private readonly bool _inProcess;

    /// <summary>The default suite: 1,000,000 rows per file, five rounds.</summary>
    public ExtractsBenchmark()
        : this("extracts", 1_000_000, 5, inProcess: true)
    {
    }

    internal ExtractsBenchmark(string name, int rows, int rounds, bool inProcess)
    {
        Name = name;
        _rows = rows;
        _rounds = rounds;
        _inProcess = inProcess;
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public void Run(bool dry, TextWriter output)
    {
        var rows = dry ? 2_000 : _rows;
        var roundsFlag = Environment.GetCommandLineArgs().FirstOrDefault(a => a.StartsWith("--rounds=", StringComparison.Ordinal));
        var rounds = dry ? 1 : roundsFlag is null ? _rounds : int.Parse(roundsFlag["--rounds=".Length..], CultureInfo.InvariantCulture);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{rows:N0} rows per file, seed {SyntheticScotland.Seed}; {Environment.ProcessorCount} processors; Release build: {!IsDebug()}; child processes run {(ExtractsChild.LibraryIsReadyToRun ? "ReadyToRun code (published)" : "JIT-compiled code (not published ReadyToRun)")}; load average at start {LoadAverage()}"));
        var folder = Directory.CreateTempSubdirectory("akit-extracts-bench-").FullName;
        var outcomes = new List<CorpusRun.Outcome>();
        try
        {
            // --files=pitc,iso-dates measures only those files (e.g. to re-measure one on an idle machine).
            var only = Environment.GetCommandLineArgs().FirstOrDefault(a => a.StartsWith("--files=", StringComparison.Ordinal))?["--files=".Length..]
                .Split(',', StringSplitOptions.RemoveEmptyEntries);
            foreach (var file in ExtractCorpus.Files.Where(f => only is null || only.Contains(f.Name)))
            {
                var path = Path.Combine(folder, file.Name + ".csv");
                var watch = Stopwatch.StartNew();
                file.Write(path, rows);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"   (written in {watch.Elapsed.TotalSeconds:F1} s)"));
                outcomes.Add(new CorpusRun(file, path, rounds, _inProcess, output).Measure());
                File.Delete(path);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        output.WriteLine($"summary (whole process, AnalysisKit load+sums against DuckDB; load average at end {LoadAverage()}):");
        output.WriteLine($"   {"file",-12} {"time/DuckDB",12} {"memory/DuckDB",14} {"LoadCsv/ours",13}  verdict   {"sums over file: time",21} {"memory",7}");
        foreach (var o in outcomes)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"   {o.File,-12} {o.TimeRatio,12:F2} {o.MemoryRatio,14:F2} {o.LoadCsvSpeedUp,12:F1}x  {(o.Passes ? "PASS" : "FAIL"),-7} {o.StreamedTimeRatio,21:F2} {o.StreamedMemoryRatio,7:F2}{(o.Agrees ? string.Empty : " (sums disagree with DuckDB)")}"));
        }

        if (dry)
        {
            output.WriteLine("   (dry run: a few thousand rows, so times and verdicts mean nothing; the run checks that every method works and that the sums agree)");
        }

        if (outcomes.Any(o => !o.Agrees))
        {
            throw new InvalidOperationException("AnalysisKit's sums disagree with DuckDB's on some corpus file (see MISMATCH above).");
        }
    }

    /// <summary>The 1-minute load average (from /proc/loadavg), to say how busy the machine was.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";

    private static bool IsDebug()
    {
#if DEBUG
        return true;
#else
        return false;
#endif
    }
}
