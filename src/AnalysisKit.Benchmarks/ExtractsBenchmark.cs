using System.Diagnostics;
using System.Globalization;
using AnalysisKit.Benchmarks.Extracts;
using AnalysisKit.Extracts;
using Microsoft.Data.Analysis;

namespace AnalysisKit.Benchmarks;

/// <summary>
/// Loading a 1,000,000-row prescribing extract: DataFrame.LoadCsv (explicit types), Deedle Frame.ReadCsv, DuckDB
/// read_csv + GROUP BY practice, month, and AnalysisKit's typed loader alone (on one thread, and on all cores, as
/// DuckDB runs) and with the same aggregation.
/// Time and allocated bytes are measured in this process: each method runs once on a small file, then five times on
/// the full file, and the fastest run is reported (so tiered JIT and the OS file cache affect every method alike);
/// peak memory is each method's peak resident set (VmHWM from /proc/self/status) in a child process that
/// runs only that method, with an idle child's VmHWM shown as the floor.
/// </summary>
public sealed class ExtractsBenchmark : IBenchmarkSuite
{
    private const string ChildFlag = "--extracts-child=";
    private const string FileFlag = "--extracts-file=";
    private const int Repeats = 5;

    private static readonly ExtractSchema Schema = new("benchmark prescribing",
    [
        ExtractColumn.Code("practice"),
        ExtractColumn.Month("month"),
        ExtractColumn.Code("bnf_code"),
        ExtractColumn.Count("items", "items"),
        ExtractColumn.Number("quantity", "units"),
        ExtractColumn.Number("cost", "GBP"),
    ])
    {
        Practice = "practice",
        Period = "month",
    };

    private static readonly (string Name, Func<string, long> Run)[] Methods =
    [
        ("idle (child floor)", _ => 0),
        ("DataFrame.LoadCsv typed", LoadCsv),
        ("Deedle Frame.ReadCsv", DeedleReadCsv),
        ("DuckDB read_csv+GROUP BY", DuckDb),
        ("AnalysisKit load, 1 thread", AnalysisKitLoadOneThread),
        ("AnalysisKit load", AnalysisKitLoad),
        ("AnalysisKit load+GROUP BY", AnalysisKitAggregate),
    ];

    /// <inheritdoc />
    public string Name => "extracts";

    /// <inheritdoc />
    public void Run(bool dry, TextWriter output)
    {
        var args = Environment.GetCommandLineArgs();
        var child = args.FirstOrDefault(a => a.StartsWith(ChildFlag, StringComparison.Ordinal));
        if (child is not null)
        {
            RunChild(child[ChildFlag.Length..], args.First(a => a.StartsWith(FileFlag, StringComparison.Ordinal))[FileFlag.Length..], output);
            return;
        }

        var rows = dry ? 2_000 : 1_000_000;
        var folder = Directory.CreateTempSubdirectory("akit-extracts-bench-").FullName;
        try
        {
            var warm = Path.Combine(folder, "warm.csv");
            var path = Path.Combine(folder, "prescribing.csv");
            PrescribingExtractGenerator.Write(warm, 2_000);
            PrescribingExtractGenerator.Write(path, rows);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"extract: {rows:N0} rows, {new FileInfo(path).Length / 1048576.0:F1} MiB, seed {PrescribingExtractGenerator.Seed}; Release build: {!IsDebug()}"));
            output.WriteLine($"method                 best-of-{(dry ? 1 : Repeats)} time (s)  alloc (MiB)  peak RSS child (MiB)  result rows");
            var results = new Dictionary<string, (double Seconds, double Alloc, double Peak)>();
            foreach (var (name, run) in Methods)
            {
                run(warm);
                var seconds = double.PositiveInfinity;
                var alloc = 0.0;
                var resultRows = 0L;
                for (var repeat = 0; repeat < (dry ? 1 : Repeats); repeat++)
                {
                    GC.Collect();
                    GC.WaitForPendingFinalizers();
                    var allocated = GC.GetTotalAllocatedBytes(precise: true);
                    var watch = Stopwatch.StartNew();
                    resultRows = run(path);
                    seconds = Math.Min(seconds, watch.Elapsed.TotalSeconds);
                    alloc = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1048576.0;
                }

                var peak = ChildPeak(name, path);
                results[name] = (seconds, alloc, peak);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{name,-27} {seconds,14:F3}  {alloc,11:F1}  {peak,20:F1}  {resultRows,11:N0}"));
            }

            var loadCsv = results["DataFrame.LoadCsv typed"];
            var duck = results["DuckDB read_csv+GROUP BY"];
            var load = results["AnalysisKit load"];
            var aggregate = results["AnalysisKit load+GROUP BY"];
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"ratio load speed-up, DataFrame.LoadCsv time / AnalysisKit load time: {loadCsv.Seconds / load.Seconds:F2}x (target >= 5)"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"ratio AnalysisKit load+GROUP BY time / DuckDB time: {aggregate.Seconds / duck.Seconds:F2} (target <= 1)"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"ratio AnalysisKit load+GROUP BY peak RSS / DuckDB peak RSS: {aggregate.Peak / duck.Peak:F2} (target <= 1)"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static long LoadCsv(string path) =>
        DataFrame.LoadCsv(path, ',', true, null,
            [typeof(string), typeof(string), typeof(string), typeof(long), typeof(double), typeof(double)],
            cultureInfo: CultureInfo.InvariantCulture).Rows.Count;

    private static long DeedleReadCsv(string path) => Deedle.Frame.ReadCsv(path).RowCount;

    private static long DuckDb(string path) =>
        DuckDbExtracts.SumBy(path, ["practice", "month"], ["items", "quantity", "cost"]).Rows.Count;

    private static long AnalysisKitLoad(string path) => CsvExtractReader.Load(path, Schema).Data.Rows.Count;

    private static long AnalysisKitLoadOneThread(string path) =>
        CsvExtractReader.Load(path, Schema, ExtractLoadOptions.Default with { MaxDegreeOfParallelism = 1 }).Data.Rows.Count;

    private static long AnalysisKitAggregate(string path) =>
        ExtractSums.SumBy(CsvExtractReader.Load(path, Schema), ["practice", "month"], ["items", "quantity", "cost"]).Rows.Count;

    private static void RunChild(string method, string path, TextWriter output)
    {
        Methods.Single(m => m.Name == method).Run(path);
        output.WriteLine("CHILD-PEAK-KB " + PeakKilobytes().ToString(CultureInfo.InvariantCulture));
    }

    private static double ChildPeak(string method, string path)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet")
        {
            start.ArgumentList.Add(typeof(ExtractsBenchmark).Assembly.Location);
        }

        start.ArgumentList.Add("extracts");
        start.ArgumentList.Add(ChildFlag + method);
        start.ArgumentList.Add(FileFlag + path);
        using var process = Process.Start(start)!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var line = text.Split('\n').FirstOrDefault(l => l.StartsWith("CHILD-PEAK-KB ", StringComparison.Ordinal));
        return line is null ? double.NaN : long.Parse(line["CHILD-PEAK-KB ".Length..].Trim(), CultureInfo.InvariantCulture) / 1024.0;
    }

    private static long PeakKilobytes()
    {
        const string status = "/proc/self/status";
        if (!File.Exists(status))
        {
            return -1;
        }

        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? -1 : long.Parse(line["VmHWM:".Length..].Replace("kB", string.Empty, StringComparison.Ordinal).Trim(), CultureInfo.InvariantCulture);
    }

    private static bool IsDebug()
    {
#if DEBUG
        return true;
#else
        return false;
#endif
    }
}
