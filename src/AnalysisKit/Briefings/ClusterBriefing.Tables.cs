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

    /// <summary>One unit of the units table: its row in the disclosure tables, its label, and its practice code when a practice.</summary>
    private sealed record UnitRow(GeographyLevel Level, string Code, string Label, string? PracticeCode, IReadOnlyList<string> Keys);

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static List<UnitRow> UnitRows(AreaLevel unitLevel, IReadOnlyList<PlacedUnit> practices, BriefingPlacement placement, AreaNames names,
        IReadOnlyDictionary<string, string> labels, PeriodDefinition period)
    {
        if (unitLevel == AreaLevel.Practice)
        {
            // In letter order (the named practice first), never in practice-code order, which is public.
            return practices.Select(p =>
            {
                var span = period.From is { } from ? p.Span(from, period.To!.Value) : "";
                var label = labels[p.Practice.Code] + (span.Length > 0 ? $" ({span})" : "");
                return new UnitRow(GeographyLevel.Practice, p.Key, label, p.Practice.Code, [p.Key]);
            }).OrderBy(r => labels[r.PracticeCode!].StartsWith("Practice ", StringComparison.Ordinal) ? 1 : 0)
              .ThenBy(r => labels[r.PracticeCode!].Length).ThenBy(r => labels[r.PracticeCode!], StringComparer.Ordinal).ThenBy(r => r.Label, StringComparer.Ordinal).ToList();
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
                Grouped(context.Disclosure.Text(context.Level, context.Area.Code, k)),
                Number(i.Area.Denominator, 0),
                shown ? Number(i.Area.Value, 1) : marker,
                shown ? BriefingFormat.Interval(i.Area.Lower, i.Area.Upper, 1) : marker,
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
        return new BriefingTable(SummaryTableName, $"The {levelName}{against}: value with 95% confidence interval, and whether the difference is significant", columns, rows, [1])
        {
            Decimals = [null, 0, 0, 1, 1, null, .. comparators.SelectMany(_ => new int?[] { 1, null })],
            IntervalColumns = [4],
            ColumnGroups = [5, .. comparators.Select(_ => 2)],
        };
    }

    /// <summary>
    /// The units one level down against the area. Anonymised practices show no count and no SIMD quintile, and their
    /// values are rounded to two significant figures of the area's value (<see cref="BriefingFormat.AnonymisedStep"/>):
    /// a count beside a value gives the practice's patient-years (≈ its public list size), a quintile with one practice
    /// names it, and exact values with the public list sizes and the area's total can be fitted back to practices.
    /// A named practice's own row is rounded the same way. Clusters and HSCPs are not anonymised and show their counts.
    /// </summary>
    private static BriefingTable UnitTable(TableContext context, IReadOnlyList<UnitRow> units, IReadOnlyList<IndicatorSums> sums)
    {
        var unitName = BriefingArea.LevelName(context.UnitLevel);
        var levelName = BriefingArea.LevelName(context.Area.Level);
        var anonymised = context.UnitLevel == AreaLevel.Practice;
        var columns = new List<string> { Capital(unitName) };
        var decimals = new List<int?> { null };
        var counts = new List<int>();
        var steps = context.Indicators.Select(i => BriefingFormat.AnonymisedStep(i.Area.Value)).ToList();
        for (var k = 0; k < context.Indicators.Count; k++)
        {
            var indicator = context.Indicators[k];
            if (!anonymised)
            {
                counts.Add(columns.Count);
                columns.Add(indicator.Label + " (count)");
                decimals.Add(0);
            }

            columns.Add(indicator.Label + (anonymised ? $" (value, to {BriefingFormat.Number(steps[k], BriefingFormat.DecimalsOf(steps[k]))})" : " (value)"));
            decimals.Add(anonymised ? BriefingFormat.DecimalsOf(steps[k]) : 1);
            columns.Add($"{indicator.Label} vs {levelName} (95%)");
            decimals.Add(null);
        }

        var rows = new List<IReadOnlyList<string>>();
        foreach (var unit in units)
        {
            var row = new List<string> { unit.Label };
            // The named practice is rounded like the others: its exact values beside the others' rounded ones tighten the
            // fit of letters to practices enough to pin some (the decoder test found one with exact named values).
            var exact = !anonymised;
            for (var k = 0; k < context.Indicators.Count; k++)
            {
                var state = context.Disclosure.State(unit.Level, unit.Code, k);
                if (!anonymised)
                {
                    row.Add(Grouped(context.Disclosure.Text(unit.Level, unit.Code, k)));
                }

                if (state is CellState.Published or CellState.Zero && sums[k].Area(unit.Level, unit.Code) is { } sum)
                {
                    // The value from the count as published (after any rounding), so value × denominator gives nothing more.
                    var result = Published(sums[k], sum, context.Disclosure.Published(unit.Level, unit.Code, k)!.Value);
                    row.Add(exact ? Number(result.Value, 1) : BriefingFormat.Rounded(result.Value, steps[k]));
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
        var title = anonymised
            ? $"{plural} in the {levelName}: value and comparison with the {levelName} (anonymised practices' values to two significant figures of the {levelName}'s)"
            : $"{plural} in the {levelName}: count, value and comparison with the {levelName}";
        return new BriefingTable(UnitTableName, title, columns, rows, counts)
        {
            Decimals = decimals,
            ColumnGroups = context.Indicators.Select(_ => anonymised ? 2 : 3).ToList(),
        };
    }

    /// <summary>A published count cell with thousands separators; a marker or blank unchanged.</summary>
    private static string Grouped(string count) =>
        long.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? BriefingFormat.Count(n) : count;

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
    /// (<see cref="BriefingDisclosure.Quintile"/>), denominators summed from the same practices, values from the counts
    /// as published. A quintile holding fewer than <see cref="FewestPracticesInGroup"/> practices is merged with its
    /// neighbour (2 with 3, a last one with the one before; "not known" with the last group) until every group has at
    /// least that many: the practices' quintiles are public, so a one-practice quintile would publish that practice's
    /// count and patient-years (≈ its public list size) and name its letter, and a small group's count with its
    /// members' rounded values pins them (see the constant).
    /// </summary>
    private static List<BriefingQuintile> QuintileRates(IndicatorSums headline, BriefingDisclosure disclosure, GeographyLevel level, string area, IReadOnlyList<PlacedUnit> practices, bool areaPublished)
    {
        var byKey = practices.Where(p => headline.ByUnit.TryGetValue(p.Key, out var own) && own.Denominator > 0)
            .GroupBy(p => p.Practice.SimdQuintile).OrderBy(g => g.Key is null ? 1 : 0).ThenBy(g => g.Key).ToList();
        var groups = new List<List<IGrouping<int?, PlacedUnit>>>();
        foreach (var quintile in byKey)
        {
            if (groups.Count > 0 && (groups[^1].Sum(g => g.Count()) < FewestPracticesInGroup || (quintile.Key is null && quintile.Count() < FewestPracticesInGroup)))
            {
                groups[^1].Add(quintile);
            }
            else
            {
                groups.Add([quintile]);
            }
        }

        if (groups.Count > 1 && groups[^1].Sum(g => g.Count()) < FewestPracticesInGroup)
        {
            groups[^2].AddRange(groups[^1]);
            groups.RemoveAt(groups.Count - 1);
        }

        // A group is published when every quintile cell in it is; and when exactly one group holds hidden cells and the
        // area's total is published, that group is the total less the others, so it is published too (hiding it hides
        // nothing: the Scotland-wide suppression already protects each hidden cell with that sum known).
        var hidden = groups.Select(g => g.Exists(q => disclosure.Quintile(level, area, BriefingDisclosure.QuintileKey(q.Key)).State == CellState.Suppressed)).ToList();
        var derivable = areaPublished && hidden.Count(h => h) == 1;
        var quintiles = new List<BriefingQuintile>();
        for (var i = 0; i < groups.Count; i++)
        {
            var group = groups[i];
            var sum = new UnitSum();
            foreach (var unit in group.SelectMany(g => g))
            {
                sum.Add(headline.ByUnit[unit.Key]);
            }

            var cells = group.Select(g => disclosure.Quintile(level, area, BriefingDisclosure.QuintileKey(g.Key))).ToList();
            var suppressed = hidden[i] && !derivable;
            var published = hidden[i] ? sum.Count : cells.Sum(c => c.Count ?? 0);
            var known = group.Select(g => g.Key).OfType<int>().ToList();
            quintiles.Add(new BriefingQuintile(known.Count > 0 ? known[0] : null, group.Sum(g => g.Count()), Published(headline, sum, published))
            {
                CountSuppressed = suppressed,
                LastQuintile = known.Count > 1 ? known[^1] : null,
                IncludesNotKnown = known.Count > 0 && group.Exists(g => g.Key is null),
            });
        }

        return quintiles;
    }

    /// <summary>
    /// The fewest practices a published SIMD group may hold: three, the fewest contributors of disclosure control's
    /// threshold rule (in a group of two, the group's count less one member's rounded value gives the other's, and the
    /// public list sizes then match letters to practices: the decoder test found one), and one more because a
    /// named-practice briefing goes to a practice that knows its own count, leaving two unknowns in a group of three.
    /// The same groups in every variant, so no difference of two variants' groups isolates a practice.
    /// </summary>
    public const int FewestPracticesInGroup = 4;

    private static BriefingTable QuintileTable(IReadOnlyList<BriefingQuintile> quintiles, IndicatorDefinition headline, SuppressionPolicy policy)
    {
        var rows = quintiles.Select(q => (IReadOnlyList<string>)
        [
            q.Label,
            q.Practices.ToString(CultureInfo.InvariantCulture),
            q.CountSuppressed ? policy.Marker : BriefingFormat.Count((long)q.Rate.Numerator),
            Number(q.Rate.Denominator, 0),
            q.CountSuppressed ? policy.Marker : Number(q.Rate.Value, 1),
            q.CountSuppressed ? policy.Marker : BriefingFormat.Interval(q.Rate.Lower, q.Rate.Upper, 1),
        ]).ToList();
        return new BriefingTable(QuintileTableName, string.Create(CultureInfo.InvariantCulture, $"{headline.Label} by SIMD quintile of the practice: count, denominator and value ({headline.Unit}); quintiles of fewer than {FewestPracticesInGroup} practices merged with a neighbour"),
            ["SIMD quintile", "Practices", "Count", "Denominator", "Value", "95% confidence interval"], rows, [2])
        {
            Decimals = [null, 0, 0, 0, 1, 1],
            IntervalColumns = [5],
        };
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
