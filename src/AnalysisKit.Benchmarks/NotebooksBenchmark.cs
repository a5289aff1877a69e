using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace AnalysisKit.Benchmarks;

/// <summary>
/// Notebook engine start-up and batch throughput, all as whole processes (the figures an analyst waits for):
/// <list type="bullet">
/// <item>Cold first cell: a one-cell notebook run by 5 fresh <c>akit run</c> processes of the installed akit (the
/// ReadyToRun publish <c>./akit</c> makes in <c>.akit/</c>) and, interleaved with them, 5 of the baseline
/// <c>dotnet src/AnalysisKit.Cli/bin/Release/net10.0/akit.dll</c> (JIT only). Reported: the median time from process
/// start to the first cell done (akit's own <c>--timings</c> line) and the median wall time of the whole process.
/// Target (issue 16): ≤ 1.5 s from process start.</item>
/// <item>Batch against the baseline of one process per run, on
/// tests/AnalysisKit.Notebooks.Tests/TestData/Notebooks/sample-briefing.ipynb: 10 runs and every cluster of the
/// sample (147), both measured, not extrapolated.</item>
/// </list>
/// <c>AKIT</c> names another akit to measure (an apphost or an akit.dll). The machine's load average is printed with
/// the figures: re-measure on an idle machine (<c>./akit --version &amp;&amp; dotnet run -c Release --project
/// src/AnalysisKit.Benchmarks -- notebooks</c>).
/// </summary>
public sealed partial class NotebooksBenchmark : IBenchmarkSuite
{
    private const int ColdProcesses = 5;

    /// <inheritdoc />
    public string Name => "notebooks";

    /// <inheritdoc />
    public void Run(bool dry, TextWriter output)
    {
        var root = FindRoot();
        var baseline = new[] { "Release", "Debug" }
            .Select(c => Path.Combine(root, "src", "AnalysisKit.Cli", "bin", c, "net10.0", "akit.dll"))
            .FirstOrDefault(File.Exists);
        var installed = Path.Combine(root, ".akit", "akit");
        var fromEnvironment = Environment.GetEnvironmentVariable("AKIT");
        var akit = !string.IsNullOrEmpty(fromEnvironment) ? fromEnvironment : File.Exists(installed) ? installed : baseline;
        if (akit is null || baseline is null)
        {
            output.WriteLine("akit is not built: run `./akit --version` (ReadyToRun publish) and `dotnet build -c Release src/AnalysisKit.Cli` first. Skipped.");
            return;
        }

        output.WriteLine(Line($"load average {LoadAverage()} on {Environment.ProcessorCount} cores (figures taken under load are noisy: re-measure idle)"));
        output.WriteLine($"  akit: {akit}{(akit == installed ? " (ReadyToRun publish by ./akit)" : string.Empty)}");
        output.WriteLine($"  baseline: dotnet {baseline} (Release build, JIT)");

        var work = Directory.CreateTempSubdirectory("akit-bench-").FullName;
        try
        {
            ColdFirstCell(dry, output, work, akit, baseline);
            BatchAgainstProcesses(dry, output, work, akit);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static void ColdFirstCell(bool dry, TextWriter output, string work, string akit, string baseline)
    {
        var notebook = Path.Combine(work, "one-cell.ipynb");
        File.WriteAllText(notebook, """
            {
             "cells": [{"cell_type": "code", "execution_count": null, "id": "cell-1", "metadata": {}, "outputs": [], "source": ["Console.WriteLine(6 * 7);"]}],
             "metadata": {"kernelspec": {"display_name": ".NET (C#) — AnalysisKit", "language": "C#", "name": "akit-csharp"}},
             "nbformat": 4,
             "nbformat_minor": 5
            }
            """);
        var processes = dry ? 1 : ColdProcesses;
        var ours = new List<(double FirstCell, double Wall)>();
        var theirs = new List<(double FirstCell, double Wall)>();
        for (var i = 0; i < processes; i++)
        {
            // Interleaved, so a change in the machine's load falls on both alike.
            ours.Add(FirstCell(akit, notebook, work));
            theirs.Add(FirstCell(baseline, notebook, work));
        }

        output.WriteLine(Line($"cold first cell, one-cell notebook, {processes} fresh processes each (median; min–max):"));
        Report(output, "akit", ours);
        Report(output, "baseline dotnet akit.dll", theirs);
        output.WriteLine(Line($"    ratio baseline / akit, first cell from process start: {Median(theirs, t => t.FirstCell) / Median(ours, t => t.FirstCell):0.00}× (target: akit ≤ 1500 ms)"));
    }

    private static void BatchAgainstProcesses(bool dry, TextWriter output, string work, string akit)
    {
        var source = Path.Combine(FindRoot(), "tests", "AnalysisKit.Notebooks.Tests", "TestData", "Notebooks");
        File.Copy(Path.Combine(source, "sample-briefing.ipynb"), Path.Combine(work, "sample-briefing.ipynb"));
        File.Copy(Path.Combine(source, "practices.csv"), Path.Combine(work, "practices.csv"));
        var notebook = Path.Combine(work, "sample-briefing.ipynb");
        var clusters = File.ReadLines(Path.Combine(work, "practices.csv")).Skip(1).Select(l => l.Split(',')[0]).Distinct(StringComparer.Ordinal).ToList();
        foreach (var runs in dry ? [2] : new[] { 10, clusters.Count })
        {
            var values = clusters.Take(runs).ToList();
            var batch = Measure(akit, work, "batch", notebook, "--each", "cluster=" + string.Join(',', values), "--out", Path.Combine(work, $"batch-{runs}"));
            var clock = Stopwatch.StartNew();
            var failures = 0;
            foreach (var cluster in values)
            {
                var run = Measure(akit, work, "run", notebook, "-p", "cluster=" + cluster, "-o", Path.Combine(work, $"run-{runs}", cluster + ".ipynb"));
                failures += run.ExitCode == 0 ? 0 : 1;
            }

            var separate = clock.Elapsed;
            output.WriteLine(Line(
                $"{runs} runs of sample-briefing.ipynb: batch (one process) {batch.Elapsed.TotalSeconds:0.0} s ({batch.Elapsed.TotalMilliseconds / runs:0} ms per run, exit {batch.ExitCode}); baseline {runs} separate `akit run` processes {separate.TotalSeconds:0.0} s ({separate.TotalMilliseconds / runs:0} ms each, {failures} failed); ratio {separate / batch.Elapsed:0.0}×"));
        }
    }

    private static (double FirstCell, double Wall) FirstCell(string akit, string notebook, string work)
    {
        var run = Measure(akit, work, "run", notebook, "-o", Path.Combine(work, "one-cell.out.ipynb"), "--timings");
        var done = FirstCellDone().Match(run.Error);
        if (run.ExitCode != 0 || !done.Success)
        {
            throw new InvalidOperationException($"{akit} run {notebook} exited {run.ExitCode} without a first-cell time:\n{run.Error}");
        }

        return (double.Parse(done.Groups["ms"].Value, CultureInfo.InvariantCulture), run.Elapsed.TotalMilliseconds);
    }

    private static void Report(TextWriter output, string what, List<(double FirstCell, double Wall)> runs) =>
        output.WriteLine(Line(
            $"    {what}: first cell done {Median(runs, r => r.FirstCell):0} ms after process start ({runs.Min(r => r.FirstCell):0}–{runs.Max(r => r.FirstCell):0}); whole process {Median(runs, r => r.Wall):0} ms ({runs.Min(r => r.Wall):0}–{runs.Max(r => r.Wall):0})"));

    private static double Median(List<(double FirstCell, double Wall)> runs, Func<(double FirstCell, double Wall), double> value)
    {
        var sorted = runs.Select(value).Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string Line(FormattableString text) => "  " + text.ToString(CultureInfo.InvariantCulture);

    private static string LoadAverage()
    {
        try
        {
            return File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    /// <summary>Runs akit (an apphost directly, an akit.dll with dotnet) to the end; returns wall time, exit code and stderr.</summary>
    private static (TimeSpan Elapsed, int ExitCode, string Error) Measure(string akit, string workingDirectory, params string[] args)
    {
        var dll = akit.EndsWith(".dll", StringComparison.OrdinalIgnoreCase);
        var start = new ProcessStartInfo(dll ? "dotnet" : akit)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = workingDirectory,
        };
        if (dll)
        {
            start.ArgumentList.Add(akit);
        }

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

    [GeneratedRegex(@"^first cell done (?<ms>\d+) ms after process start", RegexOptions.Multiline)]
    private static partial Regex FirstCellDone();
}
