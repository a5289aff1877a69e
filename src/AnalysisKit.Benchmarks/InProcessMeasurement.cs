using System.Diagnostics;
using System.Globalization;

namespace AnalysisKit.Benchmarks;

/// <summary>
/// Time and allocation of a piece of work run in this process (one warm-up, then the mean of three runs), and the
/// report line that sets it beside a named baseline. Used by suites whose work is small enough to repeat in-process.
/// </summary>
internal readonly record struct InProcessMeasurement(double Milliseconds, long Allocated)
{
    private const int Repeats = 3;

    /// <summary>Measures <paramref name="work"/>; its return value is ignored (it keeps the work from being elided).</summary>
    public static InProcessMeasurement Of(Func<int> work)
    {
        work(); // warm-up
        var before = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < Repeats; i++)
        {
            work();
        }

        watch.Stop();
        return new InProcessMeasurement(watch.Elapsed.TotalMilliseconds / Repeats, (GC.GetAllocatedBytesForCurrentThread() - before) / Repeats);
    }

    /// <summary>Writes "what: ours … ; baseline … ; ratio …× time" in the invariant culture.</summary>
    public static void Report(TextWriter output, string what, string ours, InProcessMeasurement a, string baseline, InProcessMeasurement b) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {what}: {ours} {a.Milliseconds:F2} ms / {a.Allocated / 1024.0:F0} KiB; {baseline} {b.Milliseconds:F2} ms / {b.Allocated / 1024.0:F0} KiB; ratio {a.Milliseconds / Math.Max(b.Milliseconds, 1e-9):F1}× time"));
}
