using System.Globalization;
using AnalysisKit.Charts;
using AnalysisKit.Definitions;
using AnalysisKit.Geography;
using AnalysisKit.Prescribing;

namespace AnalysisKit.Briefings;

/// <summary>The prescribing section's generated text: what each measure's numbers say, its definition and method, and what was left out.</summary>
public static class PrescribingSentences
{
    /// <summary>The note of a measure with no months of data in the briefing's period.</summary>
    public const string NoData = "No months with prescribing data in the briefing's period.";

    /// <summary>How measure figures are controlled.</summary>
    public const string DisclosureParagraph =
        "The items behind every measure are controlled month by month like the briefing's counts: a unit's value, percentile, " +
        "position and saving are withheld (shown by the disclosure marker) when its items, or the rest of a share's denominator, " +
        "are small under the policy or could be worked out from published totals. List sizes are public, so a value beside its " +
        "denominator would otherwise give the count back. A saving over several months is shown only when every month is " +
        "published. The deciles are interpolated between the values of many units and are shown rounded.";

    /// <summary>A month in words, e.g. "July 2025".</summary>
    public static string Month(DateOnly month) => month.ToString("MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>An ordinal percentile, e.g. "10th", "21st", "52nd", "33rd", "12.5th".</summary>
    public static string Ordinal(double percentile)
    {
        var text = ChartFormat.Number(percentile, percentile == Math.Round(percentile) ? 0 : 1);
        if (percentile != Math.Round(percentile))
        {
            return text + "th";
        }

        var whole = (long)Math.Round(percentile);
        var suffix = (whole % 100) is 11 or 12 or 13 ? "th" : (whole % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return text + suffix;
    }

    /// <summary>The method: OpenPrescribing's value, percentile, deciles and savings, and the months covered.</summary>
    public static string MethodParagraph(double savingsPercentile, IReadOnlyList<DateOnly> months) =>
        "Prescribing measures follow OpenPrescribing (Bennett Institute for Applied Data Science, University of Oxford; " +
        "github.com/ebmdatalab/openprescribing). Each month a practice's value is its numerator over its denominator (list sizes " +
        "and populations are the latest on or before the month's first day) and an area's is the sum of its practices' numerators " +
        "over the sum of their denominators. A unit's percentile is its rank among Scotland's units of the same level that month, " +
        "0 for the lowest value and 100 for the highest, tied units sharing the lowest rank (BigQuery's PERCENT_RANK); the deciles " +
        "are interpolated between units' values (PERCENTILE_CONT, R's quantile type 7). A saving is what the unit would have spent " +
        $"less had it prescribed at the {Ordinal(savingsPercentile)} percentile's ratio of its level each month, summed over the " +
        "months, months below that ratio counting as negative (OpenPrescribing's cost saving). Months with prescribing data: " +
        (months.Count == 0 ? "none" : months.Count == 1 ? Month(months[0]) : $"{Month(months[0])} to {Month(months[^1])}") + ".";

    /// <summary>A measure's definition, rationale and source.</summary>
    public static string Definition(MeasureDefinition measure)
    {
        ArgumentNullException.ThrowIfNull(measure);
        var denominator = measure.Indicator.Denominator;
        var described = denominator.Kind switch
        {
            DenominatorKind.ListSize => "each month's practice list size (the latest on or before the month's first day)",
            DenominatorKind.PatientYears => "each month's practice list size divided by 12 (patient-years)",
            DenominatorKind.StarPu => $"each month's STAR-PUs: the practice population by sex and age band (the latest on or before the month's first day) weighted by the {denominator.Weights} weights",
            DenominatorKind.PatientYearsColumn => $"the list size in column {denominator.Column} divided by 12",
            DenominatorKind.Counted => Describe(denominator.Expression!),
            _ => denominator.Describe(),
        };
        var text = $"{measure.Label} ({measure.Indicator.Unit}): numerator {Describe(measure.Indicator.Numerator)}; denominator {described}.";
        if (measure.Rationale is { } rationale)
        {
            text += " " + rationale;
        }

        return measure.Source is { } source ? text + " Source: " + source : text;
    }

    /// <summary>What was left out of a measure, counted by reason (no practice is named), or null when nothing was.</summary>
    public static string? Exclusions(MeasureResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Exclusions.Count == 0)
        {
            return null;
        }

        var parts = result.Exclusions.GroupBy(e => e.Reason, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{ChartFormat.Plural(g.Count(), "practice-month", "practice-months")} of {ChartFormat.Plural(g.Select(e => e.Practice).Distinct(StringComparer.Ordinal).Count(), "practice", "practices")} ({g.Key})");
        return $"Left out of {result.Measure.Label}, and of the percentiles and deciles across Scotland: {string.Join("; ", parts)}.";
    }

    /// <summary>What a measure's numbers say about the area and its units in the latest month, and its saving.</summary>
    internal static IReadOnlyList<string> For(MeasureResult result, BriefingArea area, GeographyLevel areaLevel, MeasureLevel units, GeographyLevel unitLevel,
        IReadOnlyList<string> members, MeasureDisclosure disclosure, string noun, string areaNoun)
    {
        var measure = result.Measure;
        var months = result.Months;
        var latest = months[^1];
        var sentences = new List<string>();
        var areas = result.Levels[areaLevel];
        var own = areas.At(area.Code, latest);
        var deciles = areas.DecilesAt(latest);
        if (own?.Value is { } value && disclosure.IsPublished(areaLevel, area.Code, latest) && deciles is not null)
        {
            sentences.Add($"In {Month(latest)} {area.Name} was at the {Ordinal(Math.Floor(own.Percentile!.Value))} percentile of Scotland's " +
                          $"{ChartFormat.Plural(deciles.Units, areaNoun, areaNoun + "s")} for {Lower(measure.Label)}: " +
                          $"{ChartFormat.Number(value, measure.Decimals)} {measure.Indicator.Unit} (median {ChartFormat.Number(deciles.Median, measure.Decimals)}).");
        }
        else
        {
            sentences.Add($"In {Month(latest)} {area.Name}'s {Lower(measure.Label)} is withheld by disclosure control.");
        }

        var median = units.DecilesAt(latest)?.Median;
        int above = 0, below = 0, withheld = 0;
        foreach (var unit in members)
        {
            if (!disclosure.IsPublished(unitLevel, unit, latest))
            {
                withheld++;
            }
            else if (units.At(unit, latest)?.Value is { } v && median is { } m)
            {
                if (v > m)
                {
                    above++;
                }
                else
                {
                    below++;
                }
            }
        }

        // Every number is followed by its noun ("2 practices"): a bare small number in a sentence reads as a count of
        // people to the notebook output guard, and to a reader.
        sentences.Add($"Of its {ChartFormat.Plural(members.Count, noun, noun + "s")}, {ChartFormat.Plural(above, noun, noun + "s")} {(above == 1 ? "was" : "were")} above " +
                      $"the median of Scotland's {noun}s and {ChartFormat.Plural(below, noun, noun + "s")} at or below it" +
                      (withheld > 0 ? $"; {ChartFormat.Plural(withheld, noun, noun + "s")} {(withheld == 1 ? "is" : "are")} withheld by disclosure control." : "."));
        if (result.HasSavings)
        {
            var saving = result.SavingOver(areaLevel, area.Code, months);
            var span = months.Count == 1 ? Month(months[0]) : $"from {Month(months[0])} to {Month(latest)}";
            var target = $"the {Ordinal(result.SavingsPercentile)} percentile of Scotland's {areaNoun}s";
            sentences.Add(saving is null || !disclosure.IsPublishedOver(areaLevel, area.Code, months)
                ? $"{area.Name}'s saving at {target} is withheld by disclosure control."
                : saving > 0
                    ? $"Had it prescribed at {target} each month, {area.Name} would have spent £{Money(saving.Value)} less {span}."
                    : $"{area.Name} spent £{Money(-saving.Value)} less {span} than prescribing at {target} would have cost.");
        }

        return sentences;
    }

    /// <summary>An expression in words, a list of more than six codes counted rather than listed (the measure file lists them).</summary>
    private static string Describe(CountExpression expression)
    {
        static string Filter(ColumnFilter filter) => filter.Codes.Count <= 6
            ? filter.Describe()
            : $"{filter.Column} is one of the {ChartFormat.Integer(filter.Codes.Count)} codes the measure file lists" +
              (filter.Prefixes.Count + filter.LikePatterns.Count + filter.Exclude.Count == 0 ? "" : $" (or {(filter with { Codes = [] }).Describe()})");

        return string.Join(" + ", expression.Columns) + (expression.Filters.Count == 0 ? "" : " where " + string.Join(" and ", expression.Filters.Select(Filter)));
    }

    /// <summary>Pounds to the nearest pound with thousands separated by commas, e.g. 8,019 (half away from zero).</summary>
    public static string Money(double pounds) =>
        decimal.Round((decimal)pounds, 0, MidpointRounding.AwayFromZero).ToString("#,##0", CultureInfo.InvariantCulture);

    private static string Lower(string label) => label.Length > 1 && char.IsUpper(label[0]) && !char.IsUpper(label[1]) ? char.ToLowerInvariant(label[0]) + label[1..] : label;
}
