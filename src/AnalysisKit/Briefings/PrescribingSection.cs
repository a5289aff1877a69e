using System.Globalization;
using AnalysisKit.Charts;
using AnalysisKit.Definitions;
using AnalysisKit.Disclosure;
using AnalysisKit.Geography;
using AnalysisKit.Prescribing;

namespace AnalysisKit.Briefings;

/// <summary>
/// The briefing's prescribing measures (<c>$.prescribing</c> of the definition), OpenPrescribing's way: for each measure
/// shown, the area's units one level down (a cluster's practices, anonymised as in the rest of the briefing) in the
/// latest month — value, percentile among Scotland's units of that level, where it lies among the deciles — with their
/// savings over the months for a cost-based measure; the area itself among Scotland's areas of its level; and a decile
/// chart of the area's monthly value against the deciles across Scotland's areas. Every figure of a unit-month is
/// published only when the items behind it are (<see cref="MeasureDisclosure"/>); the deciles are shown rounded.
/// </summary>
public sealed class PrescribingSection
{
    private PrescribingSection(IReadOnlyList<PrescribingSectionMeasure> measures, IReadOnlyList<string> methods, IReadOnlyList<string> files)
    {
        Measures = measures;
        Methods = methods;
        Files = files;
    }

    /// <summary>The measures shown, in the definition's order.</summary>
    public IReadOnlyList<PrescribingSectionMeasure> Measures { get; }

    /// <summary>How the measures are computed and controlled, one paragraph each.</summary>
    public IReadOnlyList<string> Methods { get; }

    /// <summary>The measure file and the extracts it read, for provenance.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>The tables (one per measure), for the briefing's table list and workbook.</summary>
    public IReadOnlyList<BriefingTable> Tables => [.. Measures.Select(m => m.Table)];

    /// <summary>The charts (one per measure whose area has at least one month with deciles).</summary>
    public IReadOnlyList<ChartFigure> Charts => [.. Measures.Select(m => m.Chart).OfType<ChartFigure>()];

    /// <summary>Builds the section, or returns null when the definition has no prescribing measures.</summary>
    internal static PrescribingSection? Build(BriefingDefinition definition, LoadedGeography geography, BriefingArea area, AreaLevel unitLevel,
        Func<AreaLevel, string, string?> unitLabel, PeriodDefinition period, SuppressionPolicy policy, DisclosureControl control)
    {
        if (definition.Prescribing is not { } prescribing)
        {
            return null;
        }

        var options = new MeasureOptions { SavingsPercentile = prescribing.SavingsPercentile, From = period.From, To = period.To };
        var results = PrescribingMeasures.Calculate(prescribing.Show, geography.Lookup, geography.Populations(), options);
        var check = new DisclosureChartCheck(control);
        var measures = results.Select(r => Measure(r, geography.Lookup, area, unitLevel, unitLabel, policy, check)).ToList();
        var files = new[] { prescribing.Measures.SourceFile }.Concat(prescribing.Show.Select(m => m.Indicator.File)).Distinct(StringComparer.Ordinal).ToList();
        return new PrescribingSection(measures, Method(prescribing, results), files);
    }

    private static PrescribingSectionMeasure Measure(MeasureResult result, PracticeLookup lookup, BriefingArea area, AreaLevel unitLevel,
        Func<AreaLevel, string, string?> unitLabel, SuppressionPolicy policy, IChartDisclosureCheck check)
    {
        var measure = result.Measure;
        var disclosure = MeasureDisclosure.Apply(result, lookup, policy);
        var areaLevel = BriefingArea.GeographyLevel(area.Level);
        var unitGeography = BriefingArea.GeographyLevel(unitLevel);
        var units = result.Levels.GetValueOrDefault(unitGeography);
        var areas = result.Levels.GetValueOrDefault(areaLevel);
        var name = TableName(measure.Name);
        if (result.Months.Count == 0 || units is null || areas is null)
        {
            var empty = new BriefingTable(name, $"{measure.Label}: no months with prescribing data in the period", ["Note"], [[PrescribingSentences.NoData]], []);
            return new PrescribingSectionMeasure(measure, result, empty, null, [PrescribingSentences.NoData]);
        }

        var months = result.Months;
        var latest = months[^1];
        var hierarchy = lookup.AsAt(latest);
        var members = units.Values.Where(v => v.Month == latest && InArea(hierarchy, result, v.Unit, unitGeography, areaLevel, area.Code, latest))
            .Select(v => v.Unit).Distinct(StringComparer.Ordinal).ToList();
        var rows = new List<IReadOnlyList<string>>();
        var noun = BriefingArea.LevelName(unitLevel);
        var areaNoun = BriefingArea.LevelName(area.Level);
        // A practice the rest of the briefing does not show has no letter: it gets a numbered label, never its code.
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var unlabelled = 0;
        foreach (var unit in members.Order(StringComparer.Ordinal))
        {
            labels[unit] = unitLabel(unitLevel, unit) ?? $"Another {noun} {++unlabelled}";
        }

        foreach (var unit in members.OrderBy(u => labels[u], StringComparer.Ordinal))
        {
            rows.Add(Row(labels[unit], result, units, unitGeography, unit, latest, months, disclosure, policy));
        }

        rows.Add(Row($"{area.Name} (all {noun}s)", result, areas, areaLevel, area.Code, latest, months, disclosure, policy));
        var scotland = result.Scotland[^1];
        rows.Add([$"Scotland", Number(scotland.Value, measure.Decimals), "", "", .. result.HasSavings ? new[] { "" } : []]);
        var first = PrescribingSentences.Month(months[0]);
        var last = PrescribingSentences.Month(latest);
        IReadOnlyList<string> columns =
        [
            Capital(noun),
            $"{last} ({measure.Indicator.Unit})",
            $"Percentile among Scotland's {noun}s (area: among {areaNoun}s)",
            "Among the deciles",
            .. result.HasSavings ? new[] { $"Saving at the {Ordinal(result.SavingsPercentile)} percentile, {first} to {last} (£)" } : [],
        ];
        var table = new BriefingTable(name, $"{measure.Label}: {area.Name}'s {noun}s in {last}", columns, rows, []);
        var chart = Chart(measure, result, areas, areaLevel, area, disclosure, check);
        var sentences = PrescribingSentences.For(result, area, areaLevel, units, unitGeography, members, disclosure, noun, areaNoun);
        return new PrescribingSectionMeasure(measure, result, table, chart, sentences);
    }

    private static bool InArea(PracticeHierarchy hierarchy, MeasureResult result, string unit, GeographyLevel unitLevel, GeographyLevel areaLevel, string areaCode, DateOnly month)
    {
        if (unitLevel == GeographyLevel.Practice)
        {
            return string.Equals(hierarchy.AreaCode(unit, areaLevel), areaCode, StringComparison.Ordinal);
        }

        // An area unit (a cluster in an HSCP) is in the area when one of its practices that month is.
        return result.Practices.Values.Any(v => v.Month == month
            && string.Equals(hierarchy.AreaCode(v.Unit, unitLevel), unit, StringComparison.Ordinal)
            && string.Equals(hierarchy.AreaCode(v.Unit, areaLevel), areaCode, StringComparison.Ordinal));
    }

    private static List<string> Row(string label, MeasureResult result, MeasureLevel level, GeographyLevel geography, string unit, DateOnly latest,
        IReadOnlyList<DateOnly> months, MeasureDisclosure disclosure, SuppressionPolicy policy)
    {
        var measure = result.Measure;
        var value = level.At(unit, latest);
        var deciles = level.DecilesAt(latest);
        var row = new List<string> { label };
        if (value is null)
        {
            row.AddRange(["", "", ""]);
        }
        else if (!disclosure.IsPublished(geography, unit, latest))
        {
            row.AddRange([policy.Marker, policy.Marker, policy.Marker]);
        }
        else
        {
            row.Add(Number(value.Value, measure.Decimals));
            // One decimal: rounded to whole numbers, a unit just below the highest would read as the 100th.
            row.Add(value.Percentile is { } p ? Number(p, 1) : "");
            row.Add(value.Value is { } v && deciles is not null ? PercentileChart.Position(Rounded([v], measure.Decimals)[0], Rounded(deciles.Deciles, measure.Decimals)) : "");
        }

        if (result.HasSavings)
        {
            var saving = result.SavingOver(geography, unit, months);
            row.Add(saving is null ? "" : disclosure.IsPublishedOver(geography, unit, months) ? PrescribingSentences.Money(saving.Value) : policy.Marker);
        }

        return row;
    }

    private static ChartFigure? Chart(MeasureDefinition measure, MeasureResult result, MeasureLevel areas, GeographyLevel level, BriefingArea area,
        MeasureDisclosure disclosure, IChartDisclosureCheck check)
    {
        if (areas.Deciles.Count == 0)
        {
            return null;
        }

        var points = areas.Of(area.Code).Where(v => v.Value is not null && areas.DecilesAt(v.Month) is not null)
            .Select(v => disclosure.IsPublished(level, area.Code, v.Month)
                ? new PercentileUnitPoint(v.Month, v.Value!.Value, ChartCount.Of(v.Sums.NumeratorCount))
                : new PercentileUnitPoint(v.Month, double.NaN, ChartCount.Suppressed))
            .ToList();
        var noun = BriefingArea.LevelName(area.Level);
        var data = new PercentileChartData(ChartName(measure.Name), $"{measure.Label}: {area.Name} against Scotland's {noun}s",
            Capital(measure.Indicator.Unit), area.Name, noun + "s", areas.Deciles.Max(d => d.Units),
            [.. areas.Deciles.Select(d => new PercentilePeriod(d.Month, Rounded(d.Deciles, measure.Decimals)))], points, measure.Decimals);
        return PercentileChart.Create(data, check);
    }

    private static IReadOnlyList<string> Method(PrescribingDefinition prescribing, IReadOnlyList<MeasureResult> results)
    {
        var months = results.SelectMany(r => r.Months).Distinct().Order().ToList();
        var paragraphs = new List<string>
        {
            PrescribingSentences.MethodParagraph(prescribing.SavingsPercentile, months),
            PrescribingSentences.DisclosureParagraph,
        };
        foreach (var result in results)
        {
            paragraphs.Add(PrescribingSentences.Definition(result.Measure));
            if (PrescribingSentences.Exclusions(result) is { } left)
            {
                paragraphs.Add(left);
            }
        }

        return paragraphs;
    }

    /// <summary>The deciles rounded to the measure's decimals, as they are published.</summary>
    private static IReadOnlyList<double> Rounded(IReadOnlyList<double> deciles, int decimals) =>
        [.. deciles.Select(d => (double)decimal.Round((decimal)d, decimals, MidpointRounding.AwayFromZero))];

    private static string TableName(string measure)
    {
        var name = "rx-" + measure.ToLowerInvariant();
        return name.Length <= 31 ? name : name[..31].TrimEnd('-');
    }

    private static string ChartName(string measure) => TableName(measure) + "-chart";

    private static string Number(double? value, int decimals) => value is { } v ? ChartFormat.Number(v, decimals) : "";

    private static string Ordinal(double percentile) => PrescribingSentences.Ordinal(percentile);

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}

/// <summary>One measure of the prescribing section: its result, published table, decile chart and sentences.</summary>
/// <param name="Measure">The measure.</param>
/// <param name="Result">Its calculation for all of Scotland.</param>
/// <param name="Table">The area's units in the latest month (and savings), through disclosure control.</param>
/// <param name="Chart">The area's monthly value against the deciles across Scotland's areas, or null without deciles.</param>
/// <param name="Sentences">What the numbers say, in words.</param>
public sealed record PrescribingSectionMeasure(MeasureDefinition Measure, MeasureResult Result, BriefingTable Table, ChartFigure? Chart, IReadOnlyList<string> Sentences);
