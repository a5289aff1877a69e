using System.Globalization;
using System.Security.Cryptography;
using AnalysisKit.Charts;
using AnalysisKit.Disclosure;
using AnalysisKit.Geography;
using AnalysisKit.Indicators;

namespace AnalysisKit.Briefings;

/// <summary>The published tables of the briefing: summary, practices and provenance.</summary>
public sealed partial class ClusterBriefing
{
    /// <summary>The name of the table of the headline measure by SIMD quintile.</summary>
    public const string QuintileTableName = "simd-quintiles";

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
        SuppressionResult suppressed, DisclosureLayout layout, IReadOnlyDictionary<string, double[]> patientYears, double[] scotlandRates, SuppressionPolicy policy)
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
            var r = layout.PracticeRow(practices[p].Code);
            for (var k = 0; k < indicators.Count; k++)
            {
                var state = suppressed.State(r, k);
                row.Add(suppressed.Text(r, k));
                if (state is CellState.Published or CellState.Zero)
                {
                    // The rate from the count as published (after any rounding), so rate × patient-years gives nothing more.
                    var rate = Rate(suppressed.PublishedCount(r, k)!.Value, patientYears[practices[p].Code][k]);
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

    /// <summary>
    /// The headline measure by SIMD quintile: counts from the one suppressed table (quintile subtotal rows), patient-years
    /// summed from the same practices, the rate from the count as published.
    /// </summary>
    private static List<BriefingQuintile> QuintileRates(
        DisclosureLayout layout, SuppressionResult suppressed, IReadOnlyList<PracticeCount> headlineTotals, int headline)
    {
        var byPractice = headlineTotals.ToDictionary(p => p.PracticeCode, StringComparer.Ordinal);
        var quintiles = new List<BriefingQuintile>();
        foreach (var (key, members) in layout.Quintiles)
        {
            var counted = members.Where(p => byPractice.ContainsKey(p.Code)).Select(p => byPractice[p.Code]).ToList();
            var patientYears = counted.Sum(p => p.Denominator);
            if (patientYears <= 0)
            {
                continue;
            }

            var row = layout.QuintileRow(key);
            var state = suppressed.State(row, headline);
            var count = state is CellState.Published or CellState.Zero ? suppressed.PublishedCount(row, headline)!.Value : counted.Sum(p => p.Numerator);
            quintiles.Add(new BriefingQuintile(members[0].SimdQuintile, members.Count, Rate(count, patientYears))
            {
                CountSuppressed = state == CellState.Suppressed,
            });
        }

        return quintiles;
    }

    private static BriefingTable QuintileTable(IReadOnlyList<BriefingQuintile> quintiles, int headline, SuppressionPolicy policy)
    {
        var rows = quintiles.Select(q => (IReadOnlyList<string>)
        [
            q.Quintile is { } known ? SimdQuintileChart.QuintileLabel(known) : DisclosureLayout.NotKnown,
            q.Practices.ToString(CultureInfo.InvariantCulture),
            q.CountSuppressed ? policy.Marker : ((long)q.Rate.Numerator).ToString(CultureInfo.InvariantCulture),
            Number(q.Rate.Denominator, 0),
            q.CountSuppressed ? policy.Marker : Number(q.Rate.Value, 1),
            q.CountSuppressed ? policy.Marker : $"{Number(q.Rate.Lower, 1)} to {Number(q.Rate.Upper, 1)}",
        ]).ToList();
        return new BriefingTable(QuintileTableName, $"{IndicatorList[headline].Label} by SIMD quintile of the practice: count, patient-years and rate per 1,000 patient-years",
            ["SIMD quintile", "Practices", "Count", "Patient-years", "Rate per 1,000 patient-years", "95% confidence interval"], rows, [2]);
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
