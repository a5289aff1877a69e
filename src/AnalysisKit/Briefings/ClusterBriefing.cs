using AnalysisKit.Charts;
using AnalysisKit.Definitions;
using AnalysisKit.Disclosure;
using AnalysisKit.Geography;
using AnalysisKit.Indicators;

namespace AnalysisKit.Briefings;

/// <summary>
/// A briefing for one GP cluster, HSCP (CHP in ISD's pre-2016 data) or board, built from a definition file
/// (<see cref="BriefingDefinition"/>): the area against each comparator level above it (HSCP, board, Scotland) for the
/// definition's indicators, the area against every area of its level on an over-dispersed funnel, the units one level
/// down (practices anonymised as Practice A, B, …; clusters; HSCPs) against the area, an XmR chart of the headline,
/// deprivation, data quality, plain-language findings, methods, the PHS disclosure statement and provenance. The
/// class keeps no measure list of its own. Every count passes one Scotland-wide disclosure control
/// (<see cref="BriefingDisclosure"/>) and every chart the disclosure hook. Render with <see cref="BriefingHtml"/>.
/// </summary>
public sealed partial class ClusterBriefing
{
    private ClusterBriefing() { }

    /// <summary>The options it was built with.</summary>
    public BriefingOptions Options { get; private init; } = null!;

    /// <summary>The definition it was built from.</summary>
    public BriefingDefinition Definition => Options.Definition;

    /// <summary>The area briefed.</summary>
    public BriefingArea Area { get; private init; } = null!;

    /// <summary>The comparator areas above it that the definition asks for, in its order (e.g. its HSCP, board, Scotland).</summary>
    public IReadOnlyList<BriefingArea> ComparatorAreas { get; private init; } = [];

    /// <summary>The level of the units one level down: practices in a cluster (or CHP), clusters in an HSCP, HSCPs in a board.</summary>
    public AreaLevel UnitLevel { get; private init; }

    /// <summary>The hierarchy's effective date (the definition's asAt, or the period's last day); monthly rows are placed by their own month.</summary>
    public DateOnly EffectiveDate { get; private init; }

    /// <summary>The period in force.</summary>
    public PeriodDefinition Period => Options.PeriodInForce;

    /// <summary>The headline indicator's position in <see cref="Indicators"/>.</summary>
    public int HeadlineIndex { get; private init; }

    /// <summary>The summary indicators, in the definition's order.</summary>
    public IReadOnlyList<BriefingIndicator> Indicators { get; private init; } = [];

    /// <summary>The published tables (summary, units, quintiles, provenance), through disclosure control.</summary>
    public IReadOnlyList<BriefingTable> Tables { get; private init; } = [];

    /// <summary>The charts: the funnel of every area at the briefed level, the XmR trend (left out when a monthly count is small, or the headline is annual) and the rates by SIMD quintile.</summary>
    public IReadOnlyList<ChartFigure> Charts { get; private init; } = [];

    /// <summary>The headline by the SIMD quintile of the area's practices, most deprived first (not known last).</summary>
    public IReadOnlyList<BriefingQuintile> Quintiles { get; private init; } = [];

    /// <summary>The deprivation section's sentences.</summary>
    public IReadOnlyList<string> Deprivation { get; private init; } = [];

    /// <summary>The one-sentence headline that opens the page (<see cref="BriefingSentences.Headline"/>).</summary>
    public string Headline { get; private init; } = "";

    /// <summary>Plain-language findings generated from the numbers, each saying which level a difference is against.</summary>
    public IReadOnlyList<string> Findings { get; private init; } = [];

    /// <summary>The XmR chart of the headline's monthly index against Scotland, or null (withheld, or an annual headline).</summary>
    public Variation.Spc.XmrResult? Trend { get; private init; }

    /// <summary>Data-quality statements.</summary>
    public IReadOnlyList<string> DataQuality { get; private init; } = [];

    /// <summary>The prescribing measures (<c>$.prescribing</c> of the definition), or null when it has none.</summary>
    public PrescribingSection? Prescribing { get; private init; }

    /// <summary>The label each practice of a cluster or CHP briefing is shown under, by practice code (empty above that level).</summary>
    public IReadOnlyDictionary<string, string> PracticeLabels { get; private init; } = new Dictionary<string, string>();

    /// <summary>The disclosure footnote (PHS wording) of the policy in force.</summary>
    public string DisclosureStatement { get; private init; } = "";

    /// <summary>Methods text, one paragraph each.</summary>
    public IReadOnlyList<string> Methods { get; private init; } = [];

    /// <summary>
    /// The release ledger with this briefing's release recorded (<see cref="BriefingOptions.Release"/>), or null without
    /// one. <see cref="BriefingWriter.Write"/> saves it once the briefing's files are written; a clash with a recorded
    /// release was refused when the briefing was built, before anything was written.
    /// </summary>
    public ReleaseLedger? Ledger { get; private init; }

    /// <summary>What the ledger records for this briefing: the Scotland-wide suppressed table, its policy, period and files; null without a ledger.</summary>
    public LedgerRelease? Release { get; private init; }

    /// <summary>The earlier releases of the ledger that share counts with this briefing's, as its methods list them (empty without a ledger).</summary>
    public IReadOnlyList<EarlierReleaseLink> EarlierReleases => Disclosure.Result.EarlierReleases;

    /// <summary>The Scotland-wide suppressed table behind every count.</summary>
    internal BriefingDisclosure Disclosure { get; private init; } = null!;

    /// <summary>Builds the briefing.</summary>
    /// <param name="options">Definition, area, optional named practice, disclosure control.</param>
    /// <exception cref="ArgumentException">An unknown area or headline, a practice outside the area, or a period without data.</exception>
    /// <exception cref="UnsafeOutputException">A count would be published against the policy.</exception>
    public static ClusterBriefing Build(BriefingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var definition = options.Definition;
        var control = options.Disclosure ?? DisclosureControl.Apply(definition.Policy);
        var policy = control.Policy ?? definition.Policy;
        var period = options.PeriodInForce;
        var headline = definition.Indicators.ToList().FindIndex(i => string.Equals(i.Name, options.HeadlineInForce, StringComparison.Ordinal));
        if (headline < 0)
        {
            throw new ArgumentException(BriefingMessages.UnknownHeadline(options.HeadlineInForce, definition.Indicators.Select(i => i.Name)), nameof(options));
        }

        var geography = GeographyLoader.Load(definition.Geography);
        var effective = definition.Geography.AsAt ?? period.End;
        var populations = geography.Populations();
        var data = IndicatorData.LoadAll(definition.Indicators, period, populations, effective);
        var placement = new BriefingPlacement(geography.Lookup, effective, data.SelectMany(d => d.Values).Where(v => IndicatorData.InPeriod(v, period)));
        var sums = data.Select(d => new IndicatorSums(d, placement, v => IndicatorData.InPeriod(v, period))).ToList();
        if (sums.All(s => s.ByUnit.Count == 0))
        {
            throw new ArgumentException(BriefingMessages.EmptyPeriod(period.Label), nameof(options));
        }

        var names = new AreaNames(placement, geography.AreaNames);
        var level = BriefingArea.GeographyLevel(options.Level);
        var units = placement.Units.Where(u => string.Equals(placement.AreaCode(u.Key, level), options.AreaCode, StringComparison.Ordinal)).ToList();
        if (units.Count == 0)
        {
            throw new ArgumentException(BriefingMessages.UnknownArea(BriefingArea.LevelName(options.Level), options.AreaCode, period.Label,
                names.Examples(level)), nameof(options));
        }

        var area = names.Area(options.Level, options.AreaCode);
        // The ledger is read and the release's name and period checked before the (possibly long) suppression.
        var history = options.Release is { } release ? BriefingLedger.History(release, definition, period) : null;
        var disclosure = new BriefingDisclosure(placement, sums, headline, policy, history);
        var unitLevel = options.Level switch
        {
            AreaLevel.Cluster or AreaLevel.Chp => AreaLevel.Practice,
            AreaLevel.Hscp => disclosure.HasClusters ? AreaLevel.Cluster : AreaLevel.Practice,
            _ => options.Level == AreaLevel.Board && definition.Geography.Format == GeographyFormat.IsdQofLookup ? AreaLevel.Chp : AreaLevel.Hscp,
        };
        var practices = units.OrderBy(u => u.Practice.Code, StringComparer.Ordinal).ToList();
        if (options.PracticeCode is { } named && (unitLevel != AreaLevel.Practice || !practices.Exists(p => p.Practice.Code == named)))
        {
            throw new ArgumentException(BriefingMessages.PracticeNotInArea(named, BriefingArea.LevelName(options.Level), options.AreaCode), nameof(options));
        }

        var comparatorAreas = definition.Comparators.Where(c => c > options.Level && !(c == AreaLevel.Chp && options.Level == AreaLevel.Hscp))
            .Select(c => names.Area(c, placement.AreaCode(units[0].Key, BriefingArea.GeographyLevel(c))!)).ToList();
        var indicators = new List<BriefingIndicator>();
        for (var k = 0; k < sums.Count; k++)
        {
            var own = sums[k].Area(level, options.AreaCode);
            if (own is null)
            {
                throw new ArgumentException(BriefingMessages.NoAreaData(options.AreaCode, definition.Indicators[k].Label, period.Label), nameof(options));
            }

            var result = sums[k].Measure(own);
            var comparators = comparatorAreas.Select(c =>
            {
                var cl = BriefingArea.GeographyLevel(c.Level);
                var value = sums[k].Measure(sums[k].Area(cl, c.Code)!);
                var significance = Comparison.Classify(result, value.Value);
                return new BriefingComparator(c, value, significance, Comparison.Assess(significance, definition.Indicators[k].Polarity),
                    disclosure.State(cl, c.Code, k) == CellState.Suppressed);
            }).ToList();
            indicators.Add(new BriefingIndicator(definition.Indicators[k], result, comparators)
            {
                CountSuppressed = disclosure.State(level, options.AreaCode, k) == CellState.Suppressed,
            });
        }

        var labels = PracticeLabelsFor(practices, options, period);
        var unitRows = UnitRows(unitLevel, practices, placement, names, labels, period);
        var quintiles = QuintileRates(sums[headline], disclosure, level, options.AreaCode, practices,
            disclosure.State(level, options.AreaCode, headline) is CellState.Published or CellState.Zero);
        var suppressedInTables = quintiles.Where(q => q.CountSuppressed && q.Quintile is not null).Select(q => (SimdChartName, SimdItem(q))).ToList();
        var areaCodes = placement.Units.Select(u => placement.AreaCode(u.Key, level)).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        suppressedInTables.AddRange(areaCodes.Where(c => disclosure.State(level, c, headline) == CellState.Suppressed).Select(c => (FunnelChartName, FunnelLabel(area, c))));

        var check = new DisclosureChartCheck(control, suppressedInTables);
        var funnel = AreaFunnelChart(area, placement, sums[headline], policy, check, out var funnelResult);
        var spc = TrendChart(area, data[headline], placement, sums[headline].Definition, period, policy, out var xmr);
        var simd = SimdChart(area, quintiles, definition.Indicators[headline], check);
        var context = new TableContext(area, unitLevel, indicators, disclosure, policy, level);
        var tables = new List<BriefingTable>
        {
            SummaryTable(context),
            UnitTable(context, unitRows, sums),
            QuintileTable(quintiles, definition.Indicators[headline], policy),
        };
        var prescribing = PrescribingSection.Build(definition, geography, area, unitLevel,
            (l, c) => l == AreaLevel.Practice ? labels.GetValueOrDefault(c) : names.Name(l, c), period, policy, control);
        tables.AddRange(prescribing?.Tables ?? []);
        var findings = BriefingSentences.Findings(area, indicators, funnelResult.Funnel.Units.Single(u => u.Unit.Code == options.AreaCode), xmr, indicators[headline]);
        var markers = tables.Sum(t => t.Rows.Sum(r => t.CountColumns.Count(c => r[c] == policy.Marker)));
        var quality = BriefingDataQuality.Statements(area, level, period, data, placement, practices, labels, markers);
        tables.Add(Provenance(options, area, policy, effective, [definition.SourceFile, definition.Geography.Lookup, .. new[] { definition.Geography.Populations, definition.Geography.Simd }.OfType<string>(), .. definition.Indicators.Select(i => i.File).Distinct(StringComparer.Ordinal), .. prescribing?.Files ?? []]));

        var stem = BriefingWriter.Stem(area.Code, options.PracticeCode);
        var recorded = history is null ? default : BriefingLedger.Record(options.Release!, history, disclosure.Result, [stem + ".html", stem + ".xlsx"]);
        var methods = BriefingSentences.Methods(policy, funnelResult, definition.Indicators, area, indicators[headline].Definition).ToList();
        methods.Add(BriefingSentences.Releases(ReleaseNotes.Lines(disclosure.Result, options.Release is { } r ? Path.GetFileName(r.Ledger) : null)));

        return new ClusterBriefing
        {
            Options = options,
            Disclosure = disclosure,
            Ledger = recorded.Ledger,
            Release = recorded.Release,
            Area = area,
            ComparatorAreas = comparatorAreas,
            UnitLevel = unitLevel,
            EffectiveDate = effective,
            HeadlineIndex = headline,
            Indicators = indicators,
            Tables = tables,
            Charts = [funnel, .. spc is null ? Array.Empty<ChartFigure>() : [spc], .. simd is null ? Array.Empty<ChartFigure>() : [simd], .. prescribing?.Charts ?? []],
            Quintiles = quintiles,
            Deprivation = BriefingSentences.Deprivation(area, quintiles, indicators[headline].Definition),
            Findings = findings,
            Headline = BriefingSentences.Headline(area, indicators[headline], funnelResult.Funnel.Units.Single(u => u.Unit.Code == options.AreaCode), period.Label),
            Trend = xmr,
            DataQuality = quality,
            PracticeLabels = unitLevel == AreaLevel.Practice ? labels : new Dictionary<string, string>(),
            Prescribing = prescribing,
            DisclosureStatement = policy.Footnote,
            Methods = methods,
        };
    }

    /// <summary>
    /// Practice A, B, … in an order drawn by <see cref="PracticeAnonymiser"/> (keyed by the release key file, or by the
    /// unpublished input files when none is given), scoped to the area and period; a named-practice variant names that
    /// practice by code and name and draws its own letters for everyone else.
    /// </summary>
    private static Dictionary<string, string> PracticeLabelsFor(IReadOnlyList<PlacedUnit> practices, BriefingOptions options, PeriodDefinition period)
    {
        var definition = options.Definition;
        var keyFile = options.ReleaseKeyFile ?? definition.ReleaseKeyFile;
        var anonymiser = keyFile is not null
            ? PracticeAnonymiser.FromKeyFile(keyFile)
            : PracticeAnonymiser.FromUnpublishedFiles(definition.Indicators.Select(i => i.File).Distinct(StringComparer.Ordinal));
        var codes = practices.Select(p => p.Practice.Code).Distinct(StringComparer.Ordinal).ToList();
        var named = options.PracticeCode is { } code ? practices.First(p => p.Practice.Code == code).Practice : null;
        var scope = $"{BriefingArea.LevelName(options.Level)} {options.AreaCode} {period.Label}";
        return new Dictionary<string, string>(anonymiser.Labels(scope, codes, named?.Code, named is null ? null : $"{named.Code} {named.Name}"), StringComparer.Ordinal);
    }

    private static string Number(double value, int decimals) => BriefingFormat.Number(value, decimals);
}
