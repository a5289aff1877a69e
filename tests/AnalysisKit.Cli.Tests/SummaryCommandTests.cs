using AnalysisKit.Samples;
using AnalysisKit.Testing;

namespace AnalysisKit.Cli.Tests;

public sealed class SummaryCommandTests
{
    [Fact]
    public void Summary_BundledSamples_SummarisesTheOutlierClusterAgainstScotland()
    {
        var (exitCode, output, error) = Akit.Invoke("summary", "--data", RepoPaths.InRepo("data-samples"));

        Assert.Equal(0, exitCode);
        Assert.Equal("", error);
        Assert.StartsWith($"Cluster {SamplePlantedSignals.OutlierClusterCode} ", output, StringComparison.Ordinal);
        Assert.Contains("Statistical disclosure control has been applied", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_MonthNotYearMonth_ExitsTwoNamingTheOption()
    {
        var (exitCode, _, error) = Akit.Invoke("summary", "--data", RepoPaths.InRepo("data-samples"), "--from", "January");

        Assert.Equal(2, exitCode);
        Assert.Equal("--from 'January' is not a month: expected yyyy-MM, e.g. 2025-01.", error.Trim());
    }

    [Fact]
    public void Summary_MissingDataFolder_ExitsTwoNamingTheFolder()
    {
        var missing = Path.Combine(Path.GetTempPath(), "akit-no-such-folder-" + Guid.NewGuid().ToString("N"));
        var (exitCode, _, error) = Akit.Invoke("summary", "--data", missing);

        Assert.Equal(2, exitCode);
        Assert.StartsWith($"The data folder '{missing}' does not exist;", error, StringComparison.Ordinal);
    }
}
