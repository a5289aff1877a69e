using System.Globalization;
using System.Security.Cryptography;
using AnalysisKit.Charts;
using AnalysisKit.Disclosure;
using AnalysisKit.Geography;
using AnalysisKit.Indicators;
using AnalysisKit.Variation.Funnels;
using AnalysisKit.Variation.Spc;
using ChartFunnelUnit = AnalysisKit.Charts.FunnelUnit;
using ChartSpcPoint = AnalysisKit.Charts.SpcPoint;
using ChartSpcPointType = AnalysisKit.Charts.SpcPointType;
using FunnelUnit = AnalysisKit.Variation.Funnels.FunnelUnit;
using Significance = AnalysisKit.Indicators.Significance;

namespace AnalysisKit.Briefings;

/// <summary>
/// A GP cluster briefing computed from data in the data-samples layout: the cluster against Scotland for the
/// prescribing and activity indicators (Indicators), the cluster against all clusters on an over-dispersed funnel
/// (Variation, before any practice view), its practices anonymised as Practice A, B, …, an XmR chart of the headline
/// measure, deprivation, data quality, plain-language findings, methods, the PHS disclosure statement and provenance.
/// Every count passes the Disclosure policy and every chart the disclosure hook. Render with <see cref="BriefingHtml"/>.
/// </summary>
public sealed class ClusterBriefing
{
    /// <summary>Rates are per 1,000 patients a month.</summary>
    public const double RateMultiplier = 1000;

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

    /// <summary>The charts: the cluster funnel and the XmR trend.</summary>
    public IReadOnlyList<ChartFigure> Charts { get; private init; } = [];

    /// <summary>Plain-language findings generated from the numbers.</summary>
    public IReadOnlyList<string> Findings { get; private init; } = [];

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

        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < practices.Count; i++)
        {
            labels[practices[i].Code] = string.Equals(practices[i].Code, options.PracticeCode, StringComparison.Ordinal)
                ? $"{practices[i].Code} {practices[i].Name}"
                : "Practice " + Letter(i);
        }

        var extractPaths = IndicatorList.Select(i => i.File).Distinct(StringComparer.Ordinal)
            .ToDictionary(f => f, f => Path.Combine(options.DataFolder, "extracts", f), StringComparer.Ordinal);
        var extracts = extractPaths.ToDictionary(p => p.Key, p => BriefingExtract.Read(p.Value), StringComparer.Ordinal);
        var inPeriod = extracts.ToDictionary(
            e => e.Key,
            e => e.Value.Rows.Where(r => r.Month >= options.FirstMonth && r.Month <= options.LastMonth && hierarchy.IsComparable(r.PracticeCode)).ToList(),
            StringComparer.Ordinal);
        if (inPeriod.Values.All(rows => rows.Count == 0))
        {
            throw new ArgumentException(BriefingMessages.EmptyPeriod(options.FirstMonth, options.LastMonth), nameof(options));
        }

        bool InCluster(string practice) => string.Equals(hierarchy.AreaCode(practice, GeographyLevel.Cluster), options.ClusterCode, StringComparison.Ordinal);

        // Numerators and patient-months per practice and indicator over the period (missing values left out of both).
        var indicators = new List<BriefingIndicator>();
        var practiceCounts = practices.ToDictionary(p => p.Code, _ => new long?[IndicatorList.Count], StringComparer.Ordinal);
        var practiceDenominators = practices.ToDictionary(p => p.Code, _ => new double[IndicatorList.Count], StringComparer.Ordinal);
        var scotlandRates = new double[IndicatorList.Count];
        for (var k = 0; k < IndicatorList.Count; k++)
        {
            var (file, measure, label) = IndicatorList[k];
            var m = extracts[file].MeasureIndex(measure);
            var rows = inPeriod[file].Where(r => r.Values[m] is not null && r.ListSize > 0).ToList();
            scotlandRates[k] = rows.Sum(r => (double)r.Values[m]!.Value) / rows.Sum(r => (double)r.ListSize) * RateMultiplier;
            foreach (var row in rows.Where(r => practiceCounts.ContainsKey(r.PracticeCode)))
            {
                practiceCounts[row.PracticeCode][k] = (practiceCounts[row.PracticeCode][k] ?? 0) + row.Values[m]!.Value;
                practiceDenominators[row.PracticeCode][k] += row.ListSize;
            }

            var numerator = practices.Sum(p => practiceCounts[p.Code][k] ?? 0);
            var denominator = practices.Sum(p => practiceDenominators[p.Code][k]);
            var rate = CrudeRate.Calculate(numerator, denominator, default, RateMultiplier);
            indicators.Add(new BriefingIndicator(measure, label, rate, scotlandRates[k], Comparison.Classify(rate, scotlandRates[k])));
        }

        // Practice counts with the cluster total through the suppressor (primary and secondary suppression).
        var countColumns = IndicatorList.Select(i => i.Measure).ToArray();
        var tableRows = new List<TableRow> { new(["Total"], indicators.Select(i => (long?)i.Cluster.Numerator).ToArray(), []) };
        tableRows.AddRange(practices.Select(p => new TableRow([labels[p.Code]], practiceCounts[p.Code], [])));
        var disclosureTable = new DisclosureTable("practices-in-cluster", ["practice"], "Total", countColumns, null, [], tableRows);
        var suppressed = Suppressor.Apply(disclosureTable, policy);
        DisclosureGuard.EnsureSafe(suppressed);

        var headline = IndicatorList.ToList().FindIndex(i => string.Equals(i.Measure, options.HeadlineMeasure, StringComparison.Ordinal));
        if (headline < 0)
        {
            throw new ArgumentException(BriefingMessages.MissingColumn("indicators", options.HeadlineMeasure), nameof(options));
        }

        var check = new DisclosureChartCheck(control);
        var funnel = ClusterFunnelChart(options, hierarchy, extracts, inPeriod, headline, scotlandRates[headline], check, out var funnelResult);
        var spc = TrendChart(options, extracts, InCluster, hierarchy, headline, out var xmr);

        var tables = new List<BriefingTable>
        {
            SummaryTable(indicators, suppressed),
            PracticeTable(practices, labels, indicators, suppressed, practiceDenominators, scotlandRates, policy),
        };
        var quality = QualityStatements(options, practices, extracts, suppressed, hierarchy);
        var clusterFunnelUnit = funnelResult.Funnel.Units.Single(u => string.Equals(u.Unit.Code, options.ClusterCode, StringComparison.Ordinal));
        var findings = BriefingSentences.Findings(cluster, indicators, clusterFunnelUnit, xmr, IndicatorList[headline].Label);
        var provenance = Provenance(options, policy, hierarchy.EffectiveDate, [lookupPath, populationsPath, .. extractPaths.Values]);
        tables.Add(provenance);

        return new ClusterBriefing
        {
            Options = options,
            Cluster = cluster,
            EffectiveDate = hierarchy.EffectiveDate,
            Indicators = indicators,
            Tables = tables,
            Charts = [funnel, spc],
            Findings = findings,
            DataQuality = quality,
            PracticeLabels = labels,
            DisclosureStatement = policy.Footnote,
            Methods = BriefingSentences.Methods(policy, funnelResult),
        };
    }

    private static string Letter(int index) =>
        index < 26 ? ((char)('A' + index)).ToString() : Letter((index / 26) - 1) + Letter(index % 26);

    private static string Number(double value, int decimals) =>
        double.IsNaN(value) ? "" : ChartFormat.Number(value, decimals);

    private static BriefingTable SummaryTable(IReadOnlyList<BriefingIndicator> indicators, SuppressionResult suppressed)
    {
        var rows = indicators.Select((i, k) => (IReadOnlyList<string>)
        [
            i.Label,
            suppressed.Text(0, k),
            Number(i.Cluster.Value, 2),
            $"{Number(i.Cluster.Lower, 2)} to {Number(i.Cluster.Upper, 2)}",
            Number(i.ScotlandRate, 2),
            BriefingSentences.Describe(i.Significance),
        ]).ToList();
        return new BriefingTable("summary", "Cluster against Scotland: rate per 1,000 patients a month",
            ["Indicator", "Cluster count", "Cluster rate", "95% confidence interval", "Scotland rate", "Compared with Scotland"], rows, [1]);
    }

    private static BriefingTable PracticeTable(
        IReadOnlyList<Practice> practices, IReadOnlyDictionary<string, string> labels, IReadOnlyList<BriefingIndicator> indicators,
        SuppressionResult suppressed, IReadOnlyDictionary<string, double[]> denominators, double[] scotlandRates, SuppressionPolicy policy)
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
                    var rate = CrudeRate.Calculate(suppressed.PublishedCount(p + 1, k)!.Value, denominators[practices[p].Code][k], default, RateMultiplier);
                    row.Add(Number(rate.Value, 2));
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

        return new BriefingTable("practices", "Practices in the cluster: count, rate per 1,000 patients a month and comparison with Scotland", columns, rows, counts);
    }

    private static ChartFigure ClusterFunnelChart(
        BriefingOptions options, PracticeHierarchy hierarchy, IReadOnlyDictionary<string, BriefingExtract> extracts,
        IReadOnlyDictionary<string, List<BriefingExtractRow>> inPeriod, int headline, double scotlandRate,
        IChartDisclosureCheck check, out ClusterFunnelResult result)
    {
        var (file, measure, label) = IndicatorList[headline];
        var m = extracts[file].MeasureIndex(measure);
        var units = inPeriod[file].Where(r => r.Values[m] is not null && r.ListSize > 0)
            .GroupBy(r => r.PracticeCode, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new FunnelUnit(g.Key, g.Sum(r => (double)r.Values[m]!.Value), g.Sum(r => (double)r.ListSize) * scotlandRate / RateMultiplier))
            .ToList();
        result = ClusterFunnel.ClustersAcrossScotland(units, hierarchy, OverdispersedFunnelMethod.StandardisedRatioShmi);
        var funnel = result.Funnel;
        var names = hierarchy.Clusters.ToDictionary(c => c.Code, c => c.Name, StringComparer.Ordinal);
        var chartUnits = funnel.Units.Select(u => new ChartFunnelUnit(
            string.Equals(u.Unit.Code, options.ClusterCode, StringComparison.Ordinal) ? $"{u.Unit.Code} {names.GetValueOrDefault(u.Unit.Code, "")} (this cluster)" : u.Unit.Code,
            u.Denominator, u.Ratio * funnel.Multiplier, ChartCount.Of((long)u.Unit.Numerator), Position(u))).ToList();
        // The limits from half the smallest cluster's expected count: below that they only widen towards infinity.
        var smallest = funnel.Units.Min(u => u.Denominator);
        var grid = funnel.Grid.GroupBy(g => g.X).Select(g => g.First()).Where(g => g.X >= smallest / 2).ToList();
        FunnelLimits Limits(OverdispersedFunnelGridPoint g) => funnel.AdjustedLimitsUsed ? g.Adjusted : g.Unadjusted;
        var lines = new FunnelLimitLines(
            grid.Select(g => g.X).ToArray(),
            grid.Select(g => Limits(g).Lower95).ToArray(), grid.Select(g => Limits(g).Upper95).ToArray(),
            grid.Select(g => Limits(g).Lower998).ToArray(), grid.Select(g => Limits(g).Upper998).ToArray(),
            0.95, 0.998, funnel.Target * funnel.Multiplier);
        var data = new FunnelChartData("cluster-funnel", $"{label}: every cluster against Scotland (observed / expected)", "clusters",
            "Expected items at Scotland's rate", "Observed / expected", chartUnits, lines, 2, DenominatorIsCount: false);
        return FunnelChart.Create(data, check);
    }

    private static FunnelPosition Position(OverdispersedFunnelUnit unit) => (unit.Outlier998, unit.Outlier95) switch
    {
        (FunnelOutlier.High, _) => FunnelPosition.AboveOuter,
        (FunnelOutlier.Low, _) => FunnelPosition.BelowOuter,
        (_, FunnelOutlier.High) => FunnelPosition.AboveInner,
        (_, FunnelOutlier.Low) => FunnelPosition.BelowInner,
        _ => FunnelPosition.WithinLimits,
    };

    private static ChartFigure TrendChart(
        BriefingOptions options, IReadOnlyDictionary<string, BriefingExtract> extracts, Func<string, bool> inCluster,
        PracticeHierarchy hierarchy, int headline, out XmrResult xmr)
    {
        var (file, measure, label) = IndicatorList[headline];
        var m = extracts[file].MeasureIndex(measure);
        var monthly = extracts[file].Rows
            .Where(r => r.Month <= options.LastMonth && r.Values[m] is not null && r.ListSize > 0 && hierarchy.IsComparable(r.PracticeCode) && inCluster(r.PracticeCode))
            .GroupBy(r => r.Month)
            .OrderBy(g => g.Key)
            .Select(g => new Variation.Spc.SpcPoint(g.Key, g.Sum(r => (double)r.Values[m]!.Value) / g.Sum(r => (double)r.ListSize) * RateMultiplier))
            .ToList();
        xmr = XmrChart.Calculate(monthly, new XmrOptions(ImprovementDirection.Decrease));
        var points = xmr.Points.Where(p => p.Value is not null).Select(p => new ChartSpcPoint(
            p.Date, p.Value!.Value, p.Mean, p.LowerLimit, p.UpperLimit, p.PointType switch
            {
                Variation.Spc.SpcPointType.SpecialCauseImprovement => ChartSpcPointType.SpecialCauseImprovement,
                Variation.Spc.SpcPointType.SpecialCauseConcern => ChartSpcPointType.SpecialCauseConcern,
                Variation.Spc.SpcPointType.SpecialCauseNeutralHigh or Variation.Spc.SpcPointType.SpecialCauseNeutralLow => ChartSpcPointType.SpecialCauseNeither,
                _ => ChartSpcPointType.CommonCause,
            })).ToList();
        return SpcChart.Create(new SpcChartData("cluster-trend", $"{label} per 1,000 patients a month in the cluster: XmR chart", $"{label} per 1,000 patients", points, [], null, 2));
    }

    private static List<string> QualityStatements(
        BriefingOptions options, IReadOnlyList<Practice> practices, IReadOnlyDictionary<string, BriefingExtract> extracts,
        SuppressionResult suppressed, PracticeHierarchy hierarchy)
    {
        var codes = practices.Select(p => p.Code).ToHashSet(StringComparer.Ordinal);
        var months = ((options.LastMonth.Year - options.FirstMonth.Year) * 12) + options.LastMonth.Month - options.FirstMonth.Month + 1;
        var statements = new List<string>();
        foreach (var (file, extract) in extracts.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            var rows = extract.Rows.Where(r => r.Month >= options.FirstMonth && r.Month <= options.LastMonth && codes.Contains(r.PracticeCode)).ToList();
            var covered = rows.Select(r => r.Month).Distinct().Count();
            var absent = (practices.Count * months) - rows.Count;
            var missing = rows.Sum(r => r.Values.Count(v => v is null));
            var optedOut = rows.GroupBy(r => r.PracticeCode, StringComparer.Ordinal).Count(g => g.All(r => r.Values.All(v => v is null)));
            statements.Add(string.Create(CultureInfo.InvariantCulture,
                $"{file}: {covered} of {months} months covered; {absent} practice-months without a row; {missing} missing cells; {optedOut} {(optedOut == 1 ? "practice" : "practices")} opted out (every value missing)."));
        }

        var hidden = 0;
        for (var r = 0; r < suppressed.Table.Rows.Count; r++)
        {
            for (var c = 0; c < suppressed.Table.CountColumns.Count; c++)
            {
                hidden += suppressed.State(r, c) == CellState.Suppressed ? 1 : 0;
            }
        }

        statements.Add(string.Create(CultureInfo.InvariantCulture, $"{hidden} cells of the practice table suppressed by disclosure control."));
        var excluded = hierarchy.Exclusions.Count(e => string.Equals(hierarchy.Practice(e.PracticeCode)?.ClusterCode, options.ClusterCode, StringComparison.Ordinal));
        statements.Add(string.Create(CultureInfo.InvariantCulture,
            $"{practices.Count} open practices compared; {excluded} closed {(excluded == 1 ? "practice" : "practices")} of the cluster left out (hierarchy as at {hierarchy.EffectiveDate:yyyy-MM-dd})."));
        return statements;
    }

    private static BriefingTable Provenance(BriefingOptions options, SuppressionPolicy policy, DateOnly effectiveDate, IReadOnlyList<string> inputs)
    {
        var rows = new List<IReadOnlyList<string>>
        {
            new[] { "AnalysisKit version", typeof(ClusterBriefing).Assembly.GetName().Version?.ToString() ?? "" },
            new[] { "Cluster", options.ClusterCode },
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
