using AnalysisKit.Charts;
using AnalysisKit.Disclosure;
using AnalysisKit.Extracts;
using AnalysisKit.Geography;
using AnalysisKit.Indicators;
using AnalysisKit.Samples;

namespace AnalysisKit.Briefings;

/// <summary>
/// A GP cluster briefing computed from data in the data-samples layout: the cluster against Scotland for the
/// prescribing and activity indicators (Indicators), the cluster against all clusters on an over-dispersed funnel
/// (Variation, before any practice view), its practices anonymised as Practice A, B, …, an XmR chart of the headline
/// measure, deprivation, data quality, plain-language findings, methods, the PHS disclosure statement and provenance.
/// Every count passes the Disclosure policy and every chart the disclosure hook. Render with <see cref="BriefingHtml"/>.
/// </summary>
public sealed partial class ClusterBriefing
{
    /// <summary>Rates are per 1,000 patient-years (the sum of monthly list sizes over the period divided by 12).</summary>
    public const double RateMultiplier = 1000;

    /// <summary>The total label of the suppressed table (cluster and quintile totals).</summary>
    private const string TotalLabel = "Total";

    /// <summary>The list-size column of the monthly extracts.</summary>
    public const string ListSizeColumn = "ListSize";

    /// <summary>The indicators of the summary: extract file, measure column, plain label.</summary>
    public static IReadOnlyList<(string File, string Measure, string Label)> IndicatorList { get; } =
    [
        ("prescribing-monthly.csv", "AnticholinergicItems", "Anticholinergic burden items"),
        ("prescribing-monthly.csv", "AntibacterialItems", "Antibacterial items"),
        ("prescribing-monthly.csv", "HighRiskItems", "High-risk medicine items"),
        ("activity-monthly.csv", "Referrals", "GP referrals to outpatients"),
        ("activity-monthly.csv", "AeAttendances", "A&E attendances"),
        ("activity-monthly.csv", "EmergencyAdmissions", "Emergency admissions"),
    ];

    private ClusterBriefing() { }

    /// <summary>The options it was built with.</summary>
    public BriefingOptions Options { get; private init; } = null!;

    /// <summary>The cluster as at the hierarchy's effective date.</summary>
    public GpCluster Cluster { get; private init; } = null!;

    /// <summary>The hierarchy's effective date (the period's last month).</summary>
    public DateOnly EffectiveDate { get; private init; }

    /// <summary>The summary indicators, in <see cref="IndicatorList"/> order.</summary>
    public IReadOnlyList<BriefingIndicator> Indicators { get; private init; } = [];

    /// <summary>The published tables (summary, practices, data quality, provenance), through disclosure control.</summary>
    public IReadOnlyList<BriefingTable> Tables { get; private init; } = [];

    /// <summary>
    /// The charts: the cluster funnel, the XmR trend (left out when a monthly count is small under the policy) and, when
    /// any practice's quintile is known, the rates by SIMD quintile.
    /// </summary>
    public IReadOnlyList<ChartFigure> Charts { get; private init; } = [];

    /// <summary>The headline measure by the SIMD quintile of the cluster's practices, most deprived first (not known last).</summary>
    public IReadOnlyList<BriefingQuintile> Quintiles { get; private init; } = [];

    /// <summary>The deprivation section's sentences: what the rates by quintile show, with caveats for small quintiles.</summary>
    public IReadOnlyList<string> Deprivation { get; private init; } = [];

    /// <summary>Plain-language findings generated from the numbers.</summary>
    public IReadOnlyList<string> Findings { get; private init; } = [];

    /// <summary>
    /// The XmR chart of the headline measure's monthly index against Scotland (Scotland = 100), or null when it is
    /// withheld by disclosure control.
    /// </summary>
    public Variation.Spc.XmrResult? Trend { get; private init; }

    /// <summary>Data-quality statements.</summary>
    public IReadOnlyList<string> DataQuality { get; private init; } = [];

    /// <summary>The label each practice of the cluster is shown under (Practice A, B, … in code order; the named practice under its code and name).</summary>
    public IReadOnlyDictionary<string, string> PracticeLabels { get; private init; } = new Dictionary<string, string>();

    /// <summary>The disclosure footnote (PHS wording) of the policy in force.</summary>
    public string DisclosureStatement { get; private init; } = "";

    /// <summary>Methods text, one paragraph each.</summary>
    public IReadOnlyList<string> Methods { get; private init; } = [];

    /// <summary>Builds the briefing.</summary>
    /// <param name="options">Cluster, data folder, period, optional named practice, disclosure control.</param>
    /// <exception cref="ArgumentException">Unknown cluster, a practice outside it, or a period without data.</exception>
    /// <exception cref="UnsafeOutputException">A count would be published against the policy.</exception>
    public static ClusterBriefing Build(BriefingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var control = options.Disclosure ?? DisclosureControl.Default;
        var policy = control.Policy ?? SuppressionPolicy.PhsPracticeUnder5;
        var geography = Path.Combine(options.DataFolder, "geography");
        var lookupPath = Path.Combine(geography, PracticeLookupReader.LookupFileName);
        var populationsPath = Path.Combine(geography, PracticeLookupReader.PopulationsFileName);
        var hierarchy = PracticeLookupReader.Read(lookupPath, populationsPath).AsAt(options.LastMonth);
        var cluster = hierarchy.Clusters.FirstOrDefault(c => string.Equals(c.Code, options.ClusterCode, StringComparison.Ordinal));
        var practices = hierarchy.ComparablePracticesIn(GeographyLevel.Cluster, options.ClusterCode).OrderBy(p => p.Code, StringComparer.Ordinal).ToList();
        if (cluster is null || practices.Count == 0)
        {
            throw new ArgumentException(BriefingMessages.UnknownCluster(options.ClusterCode, hierarchy.EffectiveDate), nameof(options));
        }

        if (options.PracticeCode is { } named && !practices.Exists(p => string.Equals(p.Code, named, StringComparison.Ordinal)))
        {
            throw new ArgumentException(BriefingMessages.PracticeNotInCluster(named, options.ClusterCode), nameof(options));
        }

        var headline = IndicatorList.ToList().FindIndex(i => string.Equals(i.Measure, options.HeadlineMeasure, StringComparison.Ordinal));
        if (headline < 0)
        {
            throw new ArgumentException(BriefingMessages.UnknownHeadline(options.HeadlineMeasure, IndicatorList.Select(i => i.Measure)), nameof(options));
        }

        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < practices.Count; i++)
        {
            labels[practices[i].Code] = string.Equals(practices[i].Code, options.PracticeCode, StringComparison.Ordinal)
                ? $"{practices[i].Code} {practices[i].Name}"
                : "Practice " + Letter(i);
        }

        var extractPaths = IndicatorList.Select(i => i.File).Distinct(StringComparer.Ordinal)
            .ToDictionary(f => f, f => Path.Combine(options.DataFolder, "extracts", f), StringComparer.Ordinal);
        var extracts = extractPaths.ToDictionary(p => p.Key, p => CsvExtractReader.Load(p.Value, SampleExtracts.ForFile(p.Value)), StringComparer.Ordinal);

        // One method for every rate: numerators and patient-years per practice over the period (PracticePeriodTotals,
        // a missing month adds to neither), summed up the hierarchy and compared with Scotland (HierarchyComparison).
        var totals = IndicatorList.Select(i => PracticePeriodTotals.PatientYears(extracts[i.File], i.Measure, ListSizeColumn, options.FirstMonth, options.LastMonth, out _)
            .Where(p => hierarchy.IsComparable(p.PracticeCode)).ToList()).ToList();
        if (totals.All(t => t.Count == 0))
        {
            throw new ArgumentException(BriefingMessages.EmptyPeriod(options.FirstMonth, options.LastMonth), nameof(options));
        }

        var indicators = new List<BriefingIndicator>();
        var practiceCounts = practices.ToDictionary(p => p.Code, _ => new long?[IndicatorList.Count], StringComparer.Ordinal);
        var practiceYears = practices.ToDictionary(p => p.Code, _ => new double[IndicatorList.Count], StringComparer.Ordinal);
        for (var k = 0; k < IndicatorList.Count; k++)
        {
            var (_, measure, label) = IndicatorList[k];
            var comparison = HierarchyComparison.Compare(totals[k], hierarchy, GeographyLevel.Cluster, GeographyLevel.Scotland, Rate, Polarity.NoJudgement)
                .SingleOrDefault(c => string.Equals(c.Unit.AreaCode, options.ClusterCode, StringComparison.Ordinal))
                ?? throw new ArgumentException(BriefingMessages.NoClusterData(options.ClusterCode, measure, options.FirstMonth, options.LastMonth), nameof(options));
            indicators.Add(new BriefingIndicator(measure, label, comparison.UnitResult, comparison.ComparatorResult!.Value, comparison.Significance));
            foreach (var practice in totals[k].Where(p => practiceCounts.ContainsKey(p.PracticeCode)))
            {
                practiceCounts[practice.PracticeCode][k] = (long)practice.Numerator;
                practiceYears[practice.PracticeCode][k] = practice.Denominator;
            }
        }

        var layout = new DisclosureLayout(practices);
        var suppressed = SuppressCounts(layout, indicators, practiceCounts, labels, policy);

        // A count suppressed in the tables is withheld from every chart (its value with a denominator or interval
        // would give it back); the chart hook refuses any chart that shows one all the same.
        for (var k = 0; k < indicators.Count; k++)
        {
            indicators[k] = indicators[k] with { CountSuppressed = suppressed.State(0, k) == CellState.Suppressed };
        }

        var clusterLabel = FunnelLabel(cluster, cluster.Code);
        var suppressedInTables = new List<(string Chart, string Item)>();
        if (indicators[headline].CountSuppressed)
        {
            suppressedInTables.Add((FunnelChartName, clusterLabel));
        }

        var quintiles = QuintileRates(layout, suppressed, totals[headline], headline);
        suppressedInTables.AddRange(quintiles.Where(q => q.CountSuppressed && q.Quintile is not null).Select(q => (SimdChartName, SimdItem(q.Quintile!.Value))));

        var check = new DisclosureChartCheck(control, suppressedInTables);
        var scotlandRates = indicators.Select(i => i.ScotlandRate).ToArray();
        var funnel = ClusterFunnelChart(options, hierarchy, totals[headline], headline, scotlandRates[headline], policy, check, out var funnelResult);
        var spc = TrendChart(options, extracts[IndicatorList[headline].File], hierarchy, headline, policy, out var xmr);
        var simd = SimdChart(cluster, quintiles, headline, check);

        var tables = new List<BriefingTable>
        {
            SummaryTable(indicators, suppressed),
            PracticeTable(practices, labels, indicators, suppressed, layout, practiceYears, scotlandRates, policy),
            QuintileTable(quintiles, headline, policy),
        };
        var quality = BriefingDataQuality.Statements(options, practices, extracts, suppressed, headline, hierarchy);
        var clusterFunnelUnit = funnelResult.Funnel.Units.Single(u => string.Equals(u.Unit.Code, options.ClusterCode, StringComparison.Ordinal));
        var findings = BriefingSentences.Findings(cluster, indicators, clusterFunnelUnit, xmr, IndicatorList[headline].Label);
        var provenance = Provenance(options, cluster, policy, hierarchy.EffectiveDate, [lookupPath, populationsPath, .. extractPaths.Values]);
        tables.Add(provenance);

        return new ClusterBriefing
        {
            Options = options,
            Cluster = cluster,
            EffectiveDate = hierarchy.EffectiveDate,
            Indicators = indicators,
            Tables = tables,
            Charts = [funnel, .. spc is null ? Array.Empty<ChartFigure>() : [spc], .. simd is null ? Array.Empty<ChartFigure>() : [simd]],
            Quintiles = quintiles,
            Deprivation = BriefingSentences.Deprivation(cluster, quintiles, IndicatorList[headline].Label),
            Findings = findings,
            Trend = xmr,
            DataQuality = quality,
            PracticeLabels = labels,
            DisclosureStatement = policy.Footnote,
            Methods = BriefingSentences.Methods(policy, funnelResult),
        };
    }

    /// <summary>
    /// The briefing's one rate: <paramref name="numerator"/> per 1,000 patient-years with a 95% Poisson interval
    /// (PHEindicatormethods 2.1.0 <c>phe_rate</c>: exact below 10 events, Byar from 10), via <see cref="CrudeRate"/>.
    /// </summary>
    /// <param name="numerator">Items or events, ≥ 0.</param>
    /// <param name="denominator">Patient-years (sum of monthly list sizes / 12), &gt; 0.</param>
    public static IndicatorResult Rate(double numerator, double denominator) =>
        CrudeRate.Calculate(numerator, denominator, 0.95, RateMultiplier);

    /// <summary>
    /// One table through the suppressor for every count the briefing publishes: the cluster total, each SIMD quintile's
    /// subtotal and each practice inside its quintile, so primary and secondary suppression protect the summary, the
    /// practice table and the deprivation table together (a quintile of one practice is that practice).
    /// </summary>
    private static SuppressionResult SuppressCounts(DisclosureLayout layout, IReadOnlyList<BriefingIndicator> indicators,
        IReadOnlyDictionary<string, long?[]> practiceCounts, IReadOnlyDictionary<string, string> labels, SuppressionPolicy policy)
    {
        var rows = new List<TableRow> { new([TotalLabel, TotalLabel], indicators.Select(i => (long?)i.Cluster.Numerator).ToArray(), []) };
        foreach (var (quintile, members) in layout.Quintiles)
        {
            // A subtotal is missing only when every practice's count is missing, as in the cluster total.
            var sums = Enumerable.Range(0, indicators.Count)
                .Select(k => members.Select(p => practiceCounts[p.Code][k]).Aggregate((long?)null, (sum, count) => count is null ? sum : (sum ?? 0) + count))
                .ToArray();
            rows.Add(new TableRow([quintile, TotalLabel], sums, []));
            rows.AddRange(members.Select(p => new TableRow([quintile, labels[p.Code]], practiceCounts[p.Code], [])));
        }

        var table = new DisclosureTable("cluster-quintiles-practices", ["SIMD quintile", "practice"], TotalLabel,
            IndicatorList.Select(i => i.Measure).ToArray(), null, [], rows);
        var suppressed = Suppressor.Apply(table, policy);
        DisclosureGuard.EnsureSafe(suppressed);
        return suppressed;
    }

    private static string Letter(int index) =>
        index < 26 ? ((char)('A' + index)).ToString() : Letter((index / 26) - 1) + Letter(index % 26);

    private static string Number(double value, int decimals) =>
        double.IsNaN(value) ? "" : ChartFormat.Number(value, decimals);
}
