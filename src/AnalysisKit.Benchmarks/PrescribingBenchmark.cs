using System.Diagnostics;
using System.Globalization;
using AnalysisKit.Benchmarks.Prescribing;
using AnalysisKit.Definitions;
using AnalysisKit.Geography;
using AnalysisKit.Prescribing;

namespace AnalysisKit.Benchmarks;

/// <summary>
/// Prescribing measures on a year of national prescribing: the Scottish starter set (data-samples/prescribing-measures.json)
/// over twelve monthly PHS-layout extracts of ≈ 1.3 million rows each (930 practices × 1,400 presentations, seeded),
/// with the sample geography for list sizes, STAR-PUs and clusters. AnalysisKit sums every measure in one DuckDB scan
/// (<see cref="PrescribingMeasures.Calculate(IReadOnlyList{MeasureDefinition}, PracticeLookup?, PopulationSource?, MeasureOptions?)"/>);
/// the named baseline runs one scan per measure, as a direct port of OpenPrescribing's per-measure SQL would. The two
/// run interleaved (ours, baseline, ours, baseline) so that load from other processes falls on both; then a fresh
/// process runs ours once, for the whole-process time and peak resident set. The target: every starter measure in
/// under a minute on two cores. The machine's load average is printed before and after.
/// </summary>
public sealed class PrescribingBenchmark : IBenchmarkSuite
{
    private const string ChildFlag = "--prescribing-child=";

    /// <inheritdoc />
    public string Name => "prescribing";

    /// <inheritdoc />
    public void Run(bool dry, TextWriter output)
    {
        var root = Root();
        var definition = BriefingDefinition.Load(Path.Combine(root, "data-samples", "briefing.json"));
        var measures = definition.Prescribing!.Measures.Measures;
        var geography = GeographyLoader.Load(definition.Geography);
        var child = Environment.GetCommandLineArgs().FirstOrDefault(a => a.StartsWith(ChildFlag, StringComparison.Ordinal));
        if (child is not null)
        {
            var watch = Stopwatch.StartNew();
            var results = Ours(measures, geography, child[ChildFlag.Length..].Split('|'));
            var cpu = Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"CHILD {watch.Elapsed.TotalSeconds:F3} {PeakKilobytes()} {results} {cpu:F3}"));
            return;
        }

        var hierarchy = geography.Lookup.AsAt(new DateOnly(2025, 12, 1));
        var practices = hierarchy.ComparablePractices.Select(p => (p.Code, p.BoardCode)).ToList();
        var months = dry ? 2 : 12;
        var presentations = dry ? 60 : NationalPrescribingGenerator.Presentations;
        if (dry)
        {
            practices = practices.Take(30).ToList();
        }

        var folder = Directory.CreateTempSubdirectory("akit-prescribing-bench-").FullName;
        try
        {
            var generate = Stopwatch.StartNew();
            var files = NationalPrescribingGenerator.Write(folder, practices, measures, months, presentations);
            var rows = (long)practices.Count * presentations * months;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"extract: {months} monthly files, {rows:N0} rows ({rows / months:N0} a month), {files.Sum(f => new FileInfo(f).Length) / 1048576.0:F0} MiB, seed {NationalPrescribingGenerator.Seed}, written in {generate.Elapsed.TotalSeconds:F1} s"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"measures: {measures.Count} ({string.Join(", ", measures.Select(m => m.Name))}); {Environment.ProcessorCount} cores; load average before: {LoadAverage()}"));

            var oursTimes = new List<double>();
            var baselineTimes = new List<double>();
            for (var pair = 0; pair < (dry ? 1 : 2); pair++)
            {
                oursTimes.Add(Time(() => Ours(measures, geography, files)));
                baselineTimes.Add(Time(() => Baseline(measures, geography, files)));
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  pair {pair + 1}: one scan for all measures {oursTimes[^1],8:F2} s; one scan per measure (baseline) {baselineTimes[^1],8:F2} s; ratio {baselineTimes[^1] / oursTimes[^1]:F2}x"));
            }

            var fresh = Stopwatch.StartNew();
            var childLine = Child(files);
            var wall = fresh.Elapsed.TotalSeconds;
            var parts = childLine?.Split(' ');
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"warm, best of {oursTimes.Count}: AnalysisKit one scan {oursTimes.Min():F2} s; baseline one scan per measure {baselineTimes.Min():F2} s; baseline / ours {baselineTimes.Min() / oursTimes.Min():F2}x"));
            output.WriteLine(parts is null
                ? "whole process: the child process gave no result"
                : string.Create(CultureInfo.InvariantCulture,
                    $"whole process (fresh, every starter measure, {months} months): {wall:F2} s wall including start-up ({double.Parse(parts[1], CultureInfo.InvariantCulture):F2} s in the calculation), peak RSS {long.Parse(parts[2], CultureInfo.InvariantCulture) / 1024.0:F0} MiB, CPU time (user + system, all threads) {double.Parse(parts[4], CultureInfo.InvariantCulture):F2} s; target < 60 s wall on 2 cores: {(wall < 60 ? "met" : "NOT met")}{(wall >= 60 && double.Parse(parts[4], CultureInfo.InvariantCulture) < 60 ? " under this load; the CPU time is under 60 s, so with two idle cores (and the files in the page cache) it would be met" : "")}"));
            output.WriteLine($"load average after: {LoadAverage()} (figures taken under other load are upper bounds; re-measure on an idle machine: dotnet run -c Release --project src/AnalysisKit.Benchmarks -- prescribing)");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static int Ours(IReadOnlyList<MeasureDefinition> measures, LoadedGeography geography, IReadOnlyList<string> files) =>
        PrescribingMeasures.Calculate(measures, geography.Lookup, geography.Populations(), new MeasureOptions { Files = files })
            .Sum(r => r.Practices.Values.Count);

    private static int Baseline(IReadOnlyList<MeasureDefinition> measures, LoadedGeography geography, IReadOnlyList<string> files) =>
        measures.Sum(m => PrescribingMeasures.Calculate([m], geography.Lookup, geography.Populations(), new MeasureOptions { Files = files })[0].Practices.Values.Count);

    private static double Time(Func<int> work)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var watch = Stopwatch.StartNew();
        _ = work();
        return watch.Elapsed.TotalSeconds;
    }

    private static string? Child(IReadOnlyList<string> files)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet")
        {
            start.ArgumentList.Add(typeof(PrescribingBenchmark).Assembly.Location);
        }

        start.ArgumentList.Add("prescribing");
        start.ArgumentList.Add(ChildFlag + string.Join('|', files));
        using var process = Process.Start(start)!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return text.Split('\n').FirstOrDefault(l => l.StartsWith("CHILD ", StringComparison.Ordinal));
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static long PeakKilobytes()
    {
        const string status = "/proc/self/status";
        var line = File.Exists(status) ? File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal)) : null;
        return line is null ? -1 : long.Parse(line["VmHWM:".Length..].Replace("kB", string.Empty, StringComparison.Ordinal).Trim(), CultureInfo.InvariantCulture);
    }

    private static string Root()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "AnalysisKit.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException($"No AnalysisKit.sln above {AppContext.BaseDirectory}: run the benchmarks from the repository.");
    }
}
