namespace AnalysisKit.Benchmarks;

/// <summary>
/// The extracts corpus at 10,000,000 rows per file (0.5–3 GB each, one file on disk at a time), whole processes only,
/// three rounds: too slow for routine runs, so only when named (<c>-- extracts-10m</c>).
/// </summary>
public sealed class ExtractsLargeBenchmark : IBenchmarkSuite
{
    private readonly ExtractsBenchmark _inner = new("extracts-10m", 10_000_000, 3, inProcess: false);

    /// <inheritdoc />
    public string Name => _inner.Name;

    /// <inheritdoc />
    public bool InDefaultRun => false;

    /// <inheritdoc />
    public void Run(bool dry, TextWriter output) => _inner.Run(dry, output);
}
