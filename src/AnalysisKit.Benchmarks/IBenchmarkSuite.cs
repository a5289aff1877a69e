namespace AnalysisKit.Benchmarks;

/// <summary>
/// One area's benchmark: runs AnalysisKit and a named baseline on the same seeded data in this process and prints
/// each one's time, peak memory and the ratios. <c>dry</c> runs on a tiny input so CI keeps the suite compiling
/// and running without timing anything that matters.
/// </summary>
public interface IBenchmarkSuite
{
    /// <summary>The name given on the command line, e.g. <c>extracts</c>.</summary>
    string Name { get; }

    /// <summary>False for suites too slow for routine runs: they run only when named on the command line.</summary>
    bool InDefaultRun => true;

    /// <summary>Runs the suite and writes its report to <paramref name="output"/>.</summary>
    void Run(bool dry, TextWriter output);
}
