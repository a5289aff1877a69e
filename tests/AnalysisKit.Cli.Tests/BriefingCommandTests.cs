using AnalysisKit.Briefings;
using AnalysisKit.Samples;
using AnalysisKit.Testing;

namespace AnalysisKit.Cli.Tests;

public sealed class BriefingCommandTests
{
    [Fact]
    public void Briefing_DefaultCluster_WritesHtmlAndWorkbook()
    {
        var folder = Directory.CreateTempSubdirectory("akit-cli-briefing-");
        try
        {
            var (code, output, error) = Akit.Invoke("briefing", "--spec", RepoPaths.InRepo("data-samples/briefing.json"), "--out", folder.FullName, "--period", "2025-01:2025-12");

            Assert.True(code == 0, error);
            var html = Path.Combine(folder.FullName, $"briefing-{SamplePlantedSignals.OutlierClusterCode}.html");
            Assert.Contains(html, output, StringComparison.Ordinal);
            Assert.Contains("<section id=\"provenance\">", File.ReadAllText(html), StringComparison.Ordinal);
            Assert.True(File.Exists(Path.ChangeExtension(html, ".xlsx")));
        }
        finally
        {
            folder.Delete(true);
        }
    }

    [Fact]
    public void Briefing_BadPeriod_ExitCodeOneAndTheMessage()
    {
        var (code, _, error) = Akit.Invoke("briefing", "--spec", RepoPaths.InRepo("data-samples/briefing.json"), "--out", Path.GetTempPath(), "--period", "2025-12:2025-01");

        Assert.Equal(1, code);
        Assert.Contains(BriefingMessages.BadPeriod("2025-12:2025-01"), error, StringComparison.Ordinal);
    }
}
