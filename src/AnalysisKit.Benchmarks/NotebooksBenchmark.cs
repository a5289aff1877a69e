using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace AnalysisKit.Benchmarks;

/// <summary>
/// Notebook engine: <c>akit batch</c> over every cluster of the sample data (147) against the baseline of one
/// <c>akit run</c> process per cluster (measured on a few processes and extrapolated to 147, as printed), plus the
/// cold first-cell time of a fresh process. Runs the built <c>akit.dll</c> (Release if built, else Debug) with
/// <c>dotnet</c>, on tests/AnalysisKit.Notebooks.Tests/TestData/Notebooks/sample-briefing.ipynb. Set <c>AKIT_DLL</c> to
/// measure another build, e.g. a ReadyToRun publish (<c>dotnet publish src/AnalysisKit.Cli -c Release -r linux-x64
/// --self-contained false -p:PublishReadyToRun=true</c>).
/// Targets (issue 6): batch ≥ 8× faster than separate processes; first cell &lt; 1.5 s.
/// </summary>
public sealed partial class NotebooksBenchmark : IBenchmarkSuite
{
    private const int Clusters = 147;

    /// <inheritdoc />
    public string Name => "notebooks";

    /// <inheritdoc />
    public void Run(bool dry, TextWriter output)
    {
        var root = FindRoot();
        var fromEnvironment = Environment.GetEnvironmentVariable("AKIT_DLL");
        var akit = string.IsNullOrEmpty(fromEnvironment)
            ? new[] { "Release", "Debug" }
                .Select(c => Path.Combine(root, "src", "AnalysisKit.Cli", "bin", c, "net10.0", "akit.dll"))
                .FirstOrDefault(File.Exists)
            : fromEnvironment;
        if (akit is null)
        {
            output.WriteLine("akit.dll is not built: run `dotnet build -c Release src/AnalysisKit.Cli` first. Skipped.");
            return;
        }

        var work = Directory.CreateTempSubdirectory("akit-bench-").FullName;
        var source = Path.Combine(root, "tests", "AnalysisKit.Notebooks.Tests", "TestData", "Notebooks");
        File.Copy(Path.Combine(source, "sample-briefing.ipynb"), Path.Combine(work, "sample-briefing.ipynb"));
        File.Copy(Path.Combine(source, "practices.csv"), Path.Combine(work, "practices.csv"));
        var notebook = Path.Combine(work, "sample-briefing.ipynb");
        var batchRuns = dry ? 2 : Clusters;
        var separateRuns = dry ? 1 : 10;
        output.WriteLine($"akit: {akit}");

        var each = dry ? "cluster=C001,C002" : "cluster=lookup:" + Path.Combine(work, "practices.csv");
        var batch = Measure(akit, "batch", notebook, "--each", each, "--out", Path.Combine(work, "batch"));
        output.WriteLine(Line($"batch: {batchRuns} runs in one process: {batch.Elapsed.TotalSeconds:0.00} s ({batch.Elapsed.TotalMilliseconds / batchRuns:0} ms per run), exit {batch.ExitCode}"));

        var separate = new List<TimeSpan>();
        var firstCells = new List<double>();
        var sinceStart = new List<double>();
        for (var i = 1; i <= separateRuns; i++)
        {
            var cluster = string.Create(CultureInfo.InvariantCulture, $"cluster=C{i:000}");
            var run = Measure(akit, "run", notebook, "-p", cluster, "-o", Path.Combine(work, "run", $"C{i:000}.ipynb"), "--timings");
            separate.Add(run.Elapsed);
            var first = FirstCell().Match(run.Error);
            if (first.Success)
            {
                firstCells.Add(double.Parse(first.Groups["ms"].Value, CultureInfo.InvariantCulture));
            }

            var done = FirstCellDone().Match(run.Error);
            if (done.Success)
            {
                sinceStart.Add(double.Parse(done.Groups["ms"].Value, CultureInfo.InvariantCulture));
            }
        }

        var mean = TimeSpan.FromTicks((long)separate.Average(t => t.Ticks));
        var extrapolated = mean * batchRuns;
        output.WriteLine(Line($"baseline: separate `dotnet akit.dll run` processes: {separateRuns} measured, mean {mean.TotalSeconds:0.00} s; × {batchRuns} = {extrapolated.TotalSeconds:0.0} s (extrapolated)"));
        output.WriteLine(Line($"ratio separate / batch: {extrapolated / batch.Elapsed:0.0}× (target ≥ 8×)"));
        firstCells.Sort();
        sinceStart.Sort();
        if (firstCells.Count > 0)
        {
            output.WriteLine(Line($"cold first cell (fresh process; compiler warm-up + compile + run): median {firstCells[firstCells.Count / 2]:0} ms, min {firstCells[0]:0}, max {firstCells[^1]:0} over {firstCells.Count} processes (target < 1500 ms)"));
        }

        if (sinceStart.Count > 0)
        {
            output.WriteLine(Line($"first cell done after process start (includes runtime start-up and argument parsing): median {sinceStart[sinceStart.Count / 2]:0} ms, min {sinceStart[0]:0}, max {sinceStart[^1]:0}"));
        }

        Directory.Delete(work, recursive: true);
    }

    private static string Line(FormattableString text) => "  " + text.ToString(CultureInfo.InvariantCulture);

    private static (TimeSpan Elapsed, int ExitCode, string Error) Measure(string akit, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(akit);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        clock.Stop();
        _ = stdout.Result;
        return (clock.Elapsed, process.ExitCode, stderr.Result);
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "AnalysisKit.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException($"No AnalysisKit.sln above {AppContext.BaseDirectory}.");
    }

    // The first timing line `akit run --timings` prints is the first code cell.
    [GeneratedRegex(@"^cell \d+: (?<ms>\d+) ms", RegexOptions.Multiline)]
    private static partial Regex FirstCell();

    [GeneratedRegex(@"^first cell done (?<ms>\d+) ms after process start", RegexOptions.Multiline)]
    private static partial Regex FirstCellDone();
}
