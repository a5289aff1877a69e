using System.Diagnostics;
using System.Globalization;
using System.Reflection.PortableExecutable;

namespace AnalysisKit.Benchmarks.Extracts;

/// <summary>
/// Whole-process runs: the benchmark starts itself again as a small child process that runs one method on one file
/// and exits, so the time covers what a notebook run or an <c>akit</c> call pays — runtime start, assembly loading,
/// JIT (or ReadyToRun code), first-call costs — as well as the work. The child reports its peak resident set
/// (VmHWM), how many methods it compiled and the JIT time, and its result summary.
/// </summary>
internal static class ExtractsChild
{
    public const string Flag = "--extracts-child";

    /// <summary>One child's figures: wall time from start to exit as the parent saw it, and what the child reported.</summary>
    public sealed record Figures(double Seconds, double PeakMiB, long JitMethods, double JitMilliseconds, ResultSummary Result);

    /// <summary>True when AnalysisKit.dll next to this program was compiled ahead of time (ReadyToRun), so a child JITs little of it.</summary>
    public static bool LibraryIsReadyToRun
    {
        get
        {
            using var stream = File.OpenRead(typeof(AnalysisKit.Extracts.CsvExtractReader).Assembly.Location);
            using var reader = new PEReader(stream);
            return reader.PEHeaders.CorHeader?.ManagedNativeHeaderDirectory.Size > 0;
        }
    }

    /// <summary>
    /// The child's entry point: <c>--extracts-child method file path [--repeat=N]</c>; prints one line of figures. With
    /// <c>--repeat=N</c> it runs the method N times and prints each run's seconds (wall and CPU) to standard error, so the first (cold)
    /// run can be compared with the later (warm) ones in the same process.
    /// </summary>
    public static int RunChild(string[] args)
    {
        var repeat = args.Length > 4 && args[4].StartsWith("--repeat=", StringComparison.Ordinal)
            ? int.Parse(args[4]["--repeat=".Length..], CultureInfo.InvariantCulture)
            : 1;
        ResultSummary result = null!;
        for (var run = 0; run < repeat; run++)
        {
            var watch = Stopwatch.StartNew();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            result = ExtractMethods.Run(args[1], ExtractCorpus.Named(args[2]), args[3]);
            if (repeat > 1)
            {
                cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"RUN {run + 1} {watch.Elapsed.TotalSeconds:F3} s, CPU {cpu.TotalSeconds:F3} s, JIT {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:F0} ms so far, GCs {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}"));
            }
        }

        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"CHILD {PeakKilobytes()} {System.Runtime.JitInfo.GetCompiledMethodCount()} {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:F1} {result.Serialise()}"));
        return 0;
    }

    /// <summary>Runs one method on one file in a fresh child process and returns its figures.</summary>
    public static Figures Run(string method, CorpusFile file, string path)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet")
        {
            start.ArgumentList.Add(typeof(ExtractsChild).Assembly.Location);
        }

        foreach (var argument in new[] { Flag, method, file.Name, path })
        {
            start.ArgumentList.Add(argument);
        }

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var seconds = watch.Elapsed.TotalSeconds;
        var line = text.Split('\n').FirstOrDefault(l => l.StartsWith("CHILD ", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"The child process for '{method}' on {file.Name} reported nothing (exit {process.ExitCode}): {error.Result}");
        var parts = line["CHILD ".Length..].Split(' ', 4);
        return new Figures(seconds, long.Parse(parts[0], CultureInfo.InvariantCulture) / 1024.0,
            long.Parse(parts[1], CultureInfo.InvariantCulture), double.Parse(parts[2], CultureInfo.InvariantCulture),
            ResultSummary.Parse(parts.Length > 3 ? parts[3] : "0"));
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
}
