using System.Globalization;
using System.Security.Cryptography;
using AnalysisKit.Charts;
using AnalysisKit.Definitions;
using AnalysisKit.Disclosure;
using AnalysisKit.Geography;
using AnalysisKit.Indicators;

namespace AnalysisKit.Briefings;

/// <summary>The published tables of the briefing: summary, units, quintiles and provenance.</summary>
public sealed partial class ClusterBriefing
{
    /// <summary>The name of the table of the headline by SIMD quintile.</summary>
    public const string QuintileTableName = "simd-quintiles";

    /// <summary>The name of the summary table (the area against each comparator level).</summary>
    public const string SummaryTableName = "summary";

    /// <summary>The name of the table of units one level down (the practices of a cluster, the clusters of an HSCP, …).</summary>
    public const string UnitTableName = "practices";

    /// <summary>What the tables need: the area, its units' level, the indicators and the suppressed counts.</summary>
    private sealed record TableContext(BriefingArea Area, AreaLevel UnitLevel, IReadOnlyList<BriefingIndicator> Indicators, BriefingDisclosure Disclosure, SuppressionPolicy Policy, GeographyLevel Level);

    /// <summary>One unit of the units table: its row in the disclosure tables, its label, and its SIMD quintile when a practice.</summary>
    private sealed record UnitRow(GeographyLevel Level, string Code, string Label, int? Quintile, IReadOnlyList<string> Keys);

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static List<UnitRow> UnitRows(AreaLevel unitLevel, IReadOnlyList<PlacedUnit> practices, BriefingPlacement placement, AreaNames names,
        IReadOnlyDictionary<string, string> labels, PeriodDefinition period)
    {
        if (unitLevel == AreaLevel.Practice)
        {
            return practices.Select(p =>
            {
                var span = period.From is { } from ? p.Span(from, period.To!.Value) : "";
                var label = labels[p.Practice.Code] + (span.Length > 0 ? $" ({span})" : "");
                return new UnitRow(GeographyLevel.Practice, p.Key, label, p.Practice.SimdQuintile, [p.Key]);
            }).ToList();
        }

        var level = BriefingArea.GeographyLevel(unitLevel);
        return practices.GroupBy(p => placement.AreaCode(p.Key, level)!, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var name = names.Name(unitLevel, g.Key);
                return new UnitRow(level, g.Key, name == g.Key ? name : $"{g.Key} {name}", null, g.Select(p => p.Key).ToList());
            }).ToList();
    }

    /// <summary>"higher", "lower", "similar" and, for an indicator with a polarity, "(better)" or "(worse)".</summary>
    internal static string Compared(Significance significance, Assessment assessment) =>
        BriefingSentences.Short(significance) + assessment switch
        {
            Assessment.Better => " (better)",
            Assessment.Worse => " (worse)",
            _ => "",
        };

    private static BriefingTable SummaryTable(TableContext context)
    {
        var levelName = BriefingArea.LevelName(context.Area.Level);
        var comparators = context.Indicators.Count > 0 ? context.Indicators[0].Comparators.Select(c => BriefingArea.LevelName(c.Area.Level)).ToList() : [];
        var columns = new List<string> { "Indicator", Capital(levelName) + " count", "Denominator", Capital(levelName) + " value", "95% confidence interval", "Unit" };
        foreach (var comparator in comparators)
        {
            columns.Add(Capital(comparator) + " value");
            columns.Add("Compared with " + comparator);
        }

        var marker = context.Policy.Marker;
        var rows = context.Indicators.Select((i, k) =>
        {
            var shown = context.Disclosure.State(context.Level, context.Area.Code, k) is CellState.Published or CellState.Zero;
            var row = new List<string>
            {
                i.Label,
                context.Disclosure.Text(context.Level, context.Area.Code, k),
                Number(i.Area.Denominator, 0),
                shown ? Number(i.Area.Value, 1) : marker,
                shown ? $"{Number(i.Area.Lower, 1)} to {Number(i.Area.Upper, 1)}" : marker,
                i.Definition.Unit,
            };
            foreach (var comparator in i.Comparators)
            {
                row.Add(comparator.Withheld ? marker : Number(comparator.Result.Value, 1));
                row.Add(shown && !comparator.Withheld ? Compared(comparator.Significance, comparator.Assessment) : "");
            }

            return (IReadOnlyList<string>)row;
        }).ToList();
        var against = comparators.Count == 0 ? "" : " against its " + ChartFormat.List(comparators.Select(c => c == "Scotland" ? "Scotland" : c).ToList(), 5).Replace("its Scotland", "Scotland", StringComparison.Ordinal);
        return new BriefingTable(SummaryTableName, $"The {levelName}{against}: value with 95% confidence interval, and whether the difference is significant", columns, rows, [1]);
    }

    private static BriefingTable UnitTable(TableContext context, IReadOnlyList<UnitRow> units, IReadOnlyList<IndicatorSums> sums)
    {
        var unitName = BriefingArea.LevelName(context.UnitLevel);
        var levelName = BriefingArea.LevelName(context.Area.Level);
        var columns = new List<string> { Capital(unitName) };
        if (context.UnitLevel == AreaLevel.Practice)
        {
            columns.Add("SIMD quintile");
        }

        var counts = new List<int>();
        foreach (var indicator in context.Indicators)
        {
            counts.Add(columns.Count);
            columns.Add(indicator.Label + " (count)");
            columns.Add(indicator.Label + " (value)");
            columns.Add($"{indicator.Label} vs {levelName} (95%)");
        }

        var rows = new List<IReadOnlyList<string>>();
        foreach (var unit in units)
        {
            var row = new List<string> { unit.Label };
            if (context.UnitLevel == AreaLevel.Practice)
            {
                row.Add(unit.Quintile?.ToString(CultureInfo.InvariantCulture) ?? "");
            }

            for (var k = 0; k < context.Indicators.Count; k++)
            {
                var state = context.Disclosure.State(unit.Level, unit.Code, k);
                row.Add(context.Disclosure.Text(unit.Level, unit.Code, k));
                if (state is CellState.Published or CellState.Zero && sums[k].Area(unit.Level, unit.Code) is { } sum)
                {
                    // The value from the count as published (after any rounding), so value × denominator gives nothing more.
                    var result = Published(sums[k], sum, context.Disclosure.Published(unit.Level, unit.Code, k)!.Value);
                    row.Add(Number(result.Value, 1));
                    row.Add(context.Indicators[k].CountSuppressed ? "" : BriefingSentences.Short(Comparison.Classify(result, context.Indicators[k].Area.Value)));
                }
                else
                {
                    var text = state == CellState.Suppressed ? context.Policy.Marker : "";
                    row.Add(text);
                    row.Add(text);
                }
            }

            rows.Add(row);
        }

        var plural = context.UnitLevel switch { AreaLevel.Practice => "Practices", AreaLevel.Cluster => "Clusters", AreaLevel.Board => "Boards", _ => unitName + "s" };
        return new BriefingTable(UnitTableName, $"{plural} in the {levelName}: count, value and comparison with the {levelName}", columns, rows, counts);
    }

    /// <summary>The measure of a sum whose count is published as <paramref name="published"/> (the same unless the policy rounds).</summary>
    private static IndicatorResult Published(IndicatorSums sums, UnitSum sum, long published)
    {
        if (published == sum.Count)
        {
            return sums.Measure(sum);
        }

        var rounded = new UnitSum();
        rounded.Add(new PracticeMonthValue("", null, published, Extracts.MissingReason.Present, sum.Denominator, false, null, 0));
        return sums.Definition.Method is MeasureMethod.CrudeRate or MeasureMethod.WilsonProportion
            ? sums.Measure(rounded)
            : new IndicatorResult(double.NaN, [new ConfidenceInterval(0.95, double.NaN, double.NaN)], IndicatorMethod.Dobson, 1, published, sum.Denominator);
    }

    /// <summary>
    /// The headline by SIMD quintile of the area's practices: counts from the Scotland-wide table's quintile rows
    /// (<see cref="BriefingDisclosure.Quintile"/>), denominators summed from the same practices, values from the counts as published.
    /// </summary>
    private static List<BriefingQuintile> QuintileRates(IndicatorSums headline, BriefingDisclosure disclosure, GeographyLevel level, string area, IReadOnlyList<PlacedUnit> practices)
    {
        var quintiles = new List<BriefingQuintile>();
        foreach (var group in practices.GroupBy(p => BriefingDisclosure.QuintileKey(p.Practice.SimdQuintile)).OrderBy(g => g.Key == BriefingDisclosure.NotKnown ? 1 : 0).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            var sum = new UnitSum();
            foreach (var unit in group)
            {
                if (headline.ByUnit.TryGetValue(unit.Key, out var own))
                {
                    sum.Add(own);
                }
            }

            if (sum.Denominator <= 0)
            {
                continue;
            }

            var (state, count) = disclosure.Quintile(level, area, group.Key);
            var published = state is CellState.Published or CellState.Zero ? count!.Value : sum.Count;
            quintiles.Add(new BriefingQuintile(group.First().Practice.SimdQuintile, group.Count(), Published(headline, sum, published))
            {
                CountSuppressed = state == CellState.Suppressed,
            });
        }

        return quintiles;
    }

    private static BriefingTable QuintileTable(IReadOnlyList<BriefingQuintile> quintiles, IndicatorDefinition headline, SuppressionPolicy policy)
    {
        var rows = quintiles.Select(q => (IReadOnlyList<string>)
        [
            q.Quintile is { } known ? SimdQuintileChart.QuintileLabel(known) : BriefingDisclosure.NotKnown,
            q.Practices.ToString(CultureInfo.InvariantCulture),
            q.CountSuppressed ? policy.Marker : ((long)q.Rate.Numerator).ToString(CultureInfo.InvariantCulture),
            Number(q.Rate.Denominator, 0),
            q.CountSuppressed ? policy.Marker : Number(q.Rate.Value, 1),
            q.CountSuppressed ? policy.Marker : $"{Number(q.Rate.Lower, 1)} to {Number(q.Rate.Upper, 1)}",
        ]).ToList();
        return new BriefingTable(QuintileTableName, $"{headline.Label} by SIMD quintile of the practice: count, denominator and value ({headline.Unit})",
            ["SIMD quintile", "Practices", "Count", "Denominator", "Value", "95% confidence interval"], rows, [2]);
    }

    private static BriefingTable Provenance(BriefingOptions options, BriefingArea area, SuppressionPolicy policy, DateOnly effectiveDate, IReadOnlyList<string> inputs)
    {
        var rows = new List<IReadOnlyList<string>>
        {
            new[] { "AnalysisKit version", typeof(ClusterBriefing).Assembly.GetName().Version?.ToString() ?? "" },
            new[] { Capital(BriefingArea.LevelName(area.Level)), area.Name == area.Code ? area.Code : $"{area.Code} {area.Name}" },
            new[] { "Period", options.PeriodInForce.Label },
            new[] { "Named practice", options.PracticeCode ?? "none (all practices anonymised)" },
            new[] { "Headline indicator", options.HeadlineInForce },
            new[] { "Definition file", Path.GetFileName(options.Definition.SourceFile) },
            new[] { "Disclosure policy", policy.Describe() },
            new[] { "Hierarchy effective date", effectiveDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) },
        };
        foreach (var input in inputs.Distinct(StringComparer.Ordinal))
        {
            using var stream = File.OpenRead(input);
            rows.Add(new[] { "SHA-256 of " + Path.GetFileName(input), Convert.ToHexStringLower(SHA256.HashData(stream)) });
        }

        return new BriefingTable("provenance", "Provenance: inputs, version and parameters", ["Item", "Value"], rows, []);
    }
}
