using System.Globalization;
using System.Text;
using AnalysisKit.Disclosure;
using AnalysisKit.Extracts;
using AnalysisKit.Geography;
using AnalysisKit.Indicators;

namespace AnalysisKit.Samples;

/// <summary>
/// One cluster against Scotland over a period, for every prescribing and activity measure in a data-samples folder:
/// crude rates per 1,000 patient-years with 95% limits (PHEindicatormethods: exact below 10 events, Byar from 10),
/// from numerators and denominators summed up the hierarchy, and whether Scotland lies outside the cluster's interval.
/// The text names the lookup's effective date and applies the disclosure policy to every count it shows.
/// </summary>
public static class SampleClusterSummary
{
    /// <summary>The rate multiplier: per 1,000 patient-years.</summary>
    public const double Multiplier = 1000;

    /// <summary>Writes the summary as plain text (invariant culture, LF line endings).</summary>
    /// <param name="dataSamplesFolder">A folder in the data-samples layout (geography/ and extracts/).</param>
    /// <param name="clusterCode">The cluster, e.g. <see cref="SamplePlantedSignals.OutlierClusterCode"/>.</param>
    /// <param name="from">First month of the period.</param>
    /// <param name="to">Last month of the period; the lookup is taken as at its first day.</param>
    /// <param name="disclosure">The disclosure control applied to every count shown.</param>
    /// <exception cref="ArgumentException">The cluster is not in the lookup on that date.</exception>
    public static string Write(string dataSamplesFolder, string clusterCode, DateOnly from, DateOnly to, DisclosureControl disclosure)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        var hierarchy = PracticeLookupReader.ReadFolder(Path.Combine(dataSamplesFolder, "geography")).AsAt(new DateOnly(to.Year, to.Month, 1));
        var cluster = hierarchy.Clusters.FirstOrDefault(c => c.Code == clusterCode)
            ?? throw new ArgumentException(
                $"Cluster '{clusterCode}' is not in the lookup as at {Iso(hierarchy.EffectiveDate)}; " +
                $"clusters run from {hierarchy.Clusters[0].Code} to {hierarchy.Clusters[^1].Code}.", nameof(clusterCode));

        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Cluster {cluster.Code} {cluster.Name} (HSCP {cluster.HscpCode}, board {cluster.BoardCode}) against Scotland\n");
        text.Append(CultureInfo.InvariantCulture, $"Period {Month(from)} to {Month(to)}; practice lookup as at {Iso(hierarchy.EffectiveDate)}; ")
            .Append(CultureInfo.InvariantCulture, $"{hierarchy.Exclusions.Count} practices excluded from comparisons (pseudo-practices and closed practices).\n");
        text.Append("Crude rate per 1,000 patient-years, 95% confidence interval (exact below 10 events, Byar from 10).\n\n");
        text.Append(CultureInfo.InvariantCulture, $"{"measure",-22} {"cluster events",14} {"cluster rate (95% CI)",28} {"Scotland rate",14}  compared with Scotland\n");

        foreach (var extract in new[] { SampleExtracts.LoadPrescribing(dataSamplesFolder), SampleExtracts.LoadActivity(dataSamplesFolder) })
        {
            foreach (var measure in SampleExtracts.Measures(extract.Schema))
            {
                var practices = PracticePeriodTotals.PatientYears(extract, measure, "ListSize", from, to, out _)
                    .Where(p => hierarchy.IsComparable(p.PracticeCode));
                var row = HierarchyComparison.Compare(practices, hierarchy, GeographyLevel.Cluster, GeographyLevel.Scotland,
                        (n, d) => CrudeRate.Calculate(n, d, 0.95, Multiplier), Polarity.NoJudgement)
                    .Single(c => c.Unit.AreaCode == cluster.Code);
                var events = (long)row.Unit.Numerator;
                disclosure.EnsureSafe(events, $"summary of cluster {cluster.Code}, {measure}, cluster events");
                var result = row.UnitResult;
                text.Append(CultureInfo.InvariantCulture,
                    $"{measure,-22} {events,14:N0} {$"{Rate(result.Value)} ({Rate(result.Lower)} to {Rate(result.Upper)})",28} {Rate(row.ComparatorResult!.Value),14}  {Describe(row.Significance)}\n");
            }
        }

        text.Append("\nSynthetic sample data (data-samples/README.md). ")
            .Append("Statistical disclosure control has been applied to protect patient confidentiality.\n");
        return text.ToString();
    }

    private static string Describe(Significance significance) => significance switch
    {
        Significance.Higher => "significantly higher",
        Significance.Lower => "significantly lower",
        Significance.NotDifferent => "not significantly different",
        _ => "not comparable",
    };

    private static string Rate(double value) => DisplayRounding.HalfUp(value, 1).ToString("0.0", CultureInfo.InvariantCulture);

    private static string Month(DateOnly date) => date.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
