using System.Globalization;
using System.Security.Cryptography;
using AnalysisKit.Disclosure;
using AnalysisKit.Geography;
using AnalysisKit.Indicators;

namespace AnalysisKit.Briefings;

/// <summary>The published tables of the briefing: summary, practices and provenance.</summary>
public sealed partial class ClusterBriefing
{
    private static BriefingTable SummaryTable(IReadOnlyList<BriefingIndicator> indicators, SuppressionResult suppressed)
    {
        var rows = indicators.Select((i, k) =>
        {
            var shown = suppressed.State(0, k) is CellState.Published or CellState.Zero;
            return (IReadOnlyList<string>)
            [
                i.Label,
                suppressed.Text(0, k),
                Number(i.Cluster.Denominator, 0),
                shown ? Number(i.Cluster.Value, 1) : suppressed.Policy.Marker,
                shown ? $"{Number(i.Cluster.Lower, 1)} to {Number(i.Cluster.Upper, 1)}" : suppressed.Policy.Marker,
                Number(i.ScotlandRate, 1),
                shown ? BriefingSentences.Describe(i.Significance) : "",
            ];
        }).ToList();
        return new BriefingTable("summary", "Cluster against Scotland: rate per 1,000 patient-years",
            ["Indicator", "Cluster count", "Patient-years", "Cluster rate", "95% confidence interval", "Scotland rate", "Compared with Scotland"], rows, [1]);
    }

    private static BriefingTable PracticeTable(
        IReadOnlyList<Practice> practices, IReadOnlyDictionary<string, string> labels, IReadOnlyList<BriefingIndicator> indicators,
        SuppressionResult suppressed, IReadOnlyDictionary<string, double[]> patientYears, double[] scotlandRates, SuppressionPolicy policy)
    {
        var columns = new List<string> { "Practice", "SIMD quintile" };
        var counts = new List<int>();
        foreach (var indicator in indicators)
        {
            counts.Add(columns.Count);
            columns.Add(indicator.Label + " (count)");
            columns.Add(indicator.Label + " (rate)");
            columns.Add(indicator.Label + " vs Scotland (95%)");
        }

        var rows = new List<IReadOnlyList<string>>();
        for (var p = 0; p < practices.Count; p++)
        {
            var row = new List<string> { labels[practices[p].Code], practices[p].SimdQuintile?.ToString(CultureInfo.InvariantCulture) ?? "" };
            for (var k = 0; k < indicators.Count; k++)
            {
                var state = suppressed.State(p + 1, k);
                row.Add(suppressed.Text(p + 1, k));
                if (state is CellState.Published or CellState.Zero)
                {
                    // The rate from the count as published (after any rounding), so rate × patient-years gives nothing more.
                    var rate = Rate(suppressed.PublishedCount(p + 1, k)!.Value, patientYears[practices[p].Code][k]);
                    row.Add(Number(rate.Value, 1));
                    row.Add(BriefingSentences.Short(Comparison.Classify(rate, scotlandRates[k])));
                }
                else
                {
                    var text = state == CellState.Suppressed ? policy.Marker : "";
                    row.Add(text);
                    row.Add(text);
                }
            }

            rows.Add(row);
        }

        return new BriefingTable("practices", "Practices in the cluster: count, rate per 1,000 patient-years and comparison with Scotland", columns, rows, counts);
    }

    private static BriefingTable Provenance(BriefingOptions options, GpCluster cluster, SuppressionPolicy policy, DateOnly effectiveDate, IReadOnlyList<string> inputs)
    {
        var rows = new List<IReadOnlyList<string>>
        {
            new[] { "AnalysisKit version", typeof(ClusterBriefing).Assembly.GetName().Version?.ToString() ?? "" },
            new[] { "Cluster", $"{cluster.Code} {cluster.Name}" },
            new[] { "Period", string.Create(CultureInfo.InvariantCulture, $"{options.FirstMonth:yyyy-MM} to {options.LastMonth:yyyy-MM}") },
            new[] { "Named practice", options.PracticeCode ?? "none (all practices anonymised)" },
            new[] { "Headline measure", options.HeadlineMeasure },
            new[] { "Disclosure policy", policy.Describe() },
            new[] { "Hierarchy effective date", effectiveDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) },
        };
        foreach (var input in inputs)
        {
            using var stream = File.OpenRead(input);
            rows.Add(new[] { "SHA-256 of " + Path.GetFileName(input), Convert.ToHexStringLower(SHA256.HashData(stream)) });
        }

        return new BriefingTable("provenance", "Provenance: inputs, version and parameters", ["Item", "Value"], rows, []);
    }
}
