using System.Globalization;
using AnalysisKit.Disclosure;
using AnalysisKit.Samples;
using AnalysisKit.Testing;

namespace AnalysisKit.Tests.Samples;

public sealed class SampleClusterSummaryTests
{
    private static string DataSamples => RepoPaths.InRepo("data-samples");

    private static string Summary(string cluster) =>
        SampleClusterSummary.Write(DataSamples, cluster, new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 1), DisclosureControl.Default);

    [Fact]
    public void Write_OutlierCluster_AntibacterialEventsAndRateMatchAPlainSumOfTheFile()
    {
        // Independent: sum the raw CSV lines of the cluster's practices in 2025 (the cluster has no membership
        // change in the sample), without the extract loader, the hierarchy or the rate code.
        long events = 0, patientMonths = 0;
        var lines = File.ReadLines(Path.Combine(DataSamples, "extracts", "prescribing-monthly.csv")).ToList();
        var header = lines[0].Split(',');
        int month = Array.IndexOf(header, "Month"), cluster = Array.IndexOf(header, "GPCluster"),
            list = Array.IndexOf(header, "ListSize"), items = Array.IndexOf(header, "AntibacterialItems");
        foreach (var fields in lines.Skip(1).Select(l => l.Split(',')))
        {
            if (fields[cluster] == SamplePlantedSignals.OutlierClusterCode && fields[month].StartsWith("2025", StringComparison.Ordinal) && fields[items].Length > 0)
            {
                events += long.Parse(fields[items], CultureInfo.InvariantCulture);
                patientMonths += long.Parse(fields[list], CultureInfo.InvariantCulture);
            }
        }

        var rate = Math.Round(events / (patientMonths / 12.0) * 1000, 1, MidpointRounding.AwayFromZero);
        var line = Summary(SamplePlantedSignals.OutlierClusterCode).Split('\n').Single(l => l.StartsWith("AntibacterialItems ", StringComparison.Ordinal));

        Assert.Contains(events.ToString("N0", CultureInfo.InvariantCulture), line, StringComparison.Ordinal);
        Assert.Contains(rate.ToString("0.0", CultureInfo.InvariantCulture) + " (", line, StringComparison.Ordinal);
        Assert.EndsWith("significantly higher", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_NamesTheLookupDateAndThePeriod()
    {
        var text = Summary(SamplePlantedSignals.OutlierClusterCode);
        Assert.Contains("Period 2025-01 to 2025-12; practice lookup as at 2025-12-01;", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_UnknownCluster_IsRejectedNamingItAndTheDate()
    {
        var ex = Assert.Throws<ArgumentException>(() => Summary("GPC999"));
        Assert.StartsWith("Cluster 'GPC999' is not in the lookup as at 2025-12-01;", ex.Message, StringComparison.Ordinal);
    }
}
