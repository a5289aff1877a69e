using AnalysisKit.Briefings;
using AnalysisKit.Cli.Commands;
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
    [Theory]
    [InlineData("--hscp", "S37000032", "Fife HSCP")]
    [InlineData("--board", "S08000029", "NHS Fife")]
    public void Briefing_OneLevelUp_WritesTheAreasBriefingNamedByItsCode(string option, string code, string name)
    {
        var folder = Directory.CreateTempSubdirectory("akit-cli-briefing-");
        try
        {
            var (exit, output, error) = Akit.Invoke("briefing", "--spec", RepoPaths.InRepo("data-samples/briefing.json"), option, code, "--out", folder.FullName);

            Assert.True(exit == 0, error);
            var html = Path.Combine(folder.FullName, $"briefing-{code}.html");
            Assert.Contains(html, output, StringComparison.Ordinal);
            Assert.Contains($"<h1>GP cluster briefing: {name} ({code})</h1>", File.ReadAllText(html), StringComparison.Ordinal);
            Assert.True(File.Exists(Path.ChangeExtension(html, ".xlsx")));
        }
        finally
        {
            folder.Delete(true);
        }
    }

    [Fact]
    public void Briefing_TwoAreas_ExitCodeOneAndTheMessage()
    {
        var (code, _, error) = Akit.Invoke("briefing", "--spec", RepoPaths.InRepo("data-samples/briefing.json"), "--cluster", "GPC082", "--board", "S08000029", "--out", Path.GetTempPath());

        Assert.Equal(1, code);
        Assert.Contains(BriefingCommandMessages.OneArea, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Briefing_NoAreaInTheDefinitionNorOnTheCommandLine_ExitCodeOneAndTheMessage()
    {
        var folder = Directory.CreateTempSubdirectory("akit-cli-briefing-");
        try
        {
            // The sample definition without its "area" line, beside copies of the files its paths lead to.
            var sample = RepoPaths.InRepo("data-samples");
            var text = File.ReadAllText(Path.Combine(sample, "briefing.json"));
            var areaLine = text.Split('\n').Single(l => l.TrimStart().StartsWith("\"area\":", StringComparison.Ordinal));
            var written = Path.Combine(folder.FullName, "no-area-briefing.json");
            File.WriteAllText(written, text.Replace(areaLine + "\n", "", StringComparison.Ordinal)
                .Replace("\"geography/", "\"" + Path.Combine(sample, "geography") + "/", StringComparison.Ordinal)
                .Replace("\"extracts/", "\"" + Path.Combine(sample, "extracts") + "/", StringComparison.Ordinal)
                .Replace("\"./briefing.schema.json\"", "\"" + Path.Combine(sample, "briefing.schema.json") + "\"", StringComparison.Ordinal)
                .Replace("\"prescribing-measures.json\"", "\"" + Path.Combine(sample, "prescribing-measures.json") + "\"", StringComparison.Ordinal));

            var (code, _, error) = Akit.Invoke("briefing", "--spec", written, "--out", folder.FullName);

            Assert.Equal(1, code);
            Assert.Equal(
                "No area to brief: give --cluster, --hscp (or --chp) or --board, or an \"area\": { \"code\": … } in no-area-briefing.json.",
                BriefingCommandMessages.NoArea("no-area-briefing.json"));
            Assert.Contains(BriefingCommandMessages.NoArea("no-area-briefing.json"), error, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(true);
        }
    }

    [Fact]
    public void OneArea_SaysWhichOptionsAndWhy()
    {
        Assert.Equal("Give one of --cluster, --hscp (or --chp) and --board, not several: a briefing is about one area.", BriefingCommandMessages.OneArea);
    }
}
