using AnalysisKit.Definitions;
using AnalysisKit.Geography;

namespace AnalysisKit.Prescribing;

/// <summary>
/// Calculates prescribing measures the way OpenPrescribing does (ebmdatalab/openprescribing,
/// <c>frontend/management/commands/import_measures.py</c> and its <c>measure_sql</c>), for Scotland's practices and
/// the clusters, HSCPs and boards they belong to each month:
/// <list type="number">
/// <item>sum the extract per practice and month, every measure in one scan (<see cref="MeasureQuery"/>);</item>
/// <item>place each practice-month in the cluster, HSCP and board of the lookup on the month's first day, and take its
/// population denominator (list size, STAR-PUs) from the latest population on or before that day;</item>
/// <item>value = numerator / denominator × multiplier, none when the denominator is 0;</item>
/// <item>each practice's percentile among Scotland's practices that month and the deciles across them
/// (<see cref="OpenPrescribingPercentiles"/>); each area's value from the sums of its practices, its percentile among the
/// areas of its level and their deciles;</item>
/// <item>for a cost-based measure, each unit's saving at the chosen percentile of its own level (<see cref="CostSavings"/>).</item>
/// </list>
/// Left out, each with its reason in <see cref="MeasureResult.Exclusions"/>: pseudo-practices, practices not in the lookup
/// or closed that month, practice-months without a population, and open practices with a population but no prescribing
/// rows at all that month. (OpenPrescribing counts the last as zero prescribing; a practice with no rows of any code is
/// more likely missing from the extract, so it is reported rather than ranked at the bottom.)
/// </summary>
public static class PrescribingMeasures
{
    private static readonly GeographyLevel[] AreaLevels = [GeographyLevel.Cluster, GeographyLevel.Hscp, GeographyLevel.Board];

    /// <summary>Sums the extract(s) once and calculates every measure.</summary>
    /// <param name="measures">The measures (e.g. <see cref="MeasureFile.Measures"/>).</param>
    /// <param name="lookup">The dated practice lookup, for areas and exclusions; null for practices only (e.g. an English extract).</param>
    /// <param name="populations">Practice populations, for list-size, patient-year and STAR-PU denominators; null when none is needed.</param>
    /// <param name="options">Savings percentile, months, files; null for the defaults.</param>
    /// <exception cref="Extracts.ExtractLoadException">The extract cannot be read (file, row or practice, column, value).</exception>
    /// <exception cref="ArgumentException">A population denominator without populations, or a share whose numerator exceeds its denominator.</exception>
    public static IReadOnlyList<MeasureResult> Calculate(IReadOnlyList<MeasureDefinition> measures, PracticeLookup? lookup = null, PopulationSource? populations = null, MeasureOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(measures);
        options ??= new MeasureOptions();
        CheckPercentile(options.SavingsPercentile);
        foreach (var measure in measures)
        {
            CheckPopulations(measure, populations);
        }

        var sums = MeasureQuery.Run(measures, options.Files);
        var hierarchies = new Dictionary<DateOnly, PracticeHierarchy>();
        return [.. measures.Select((m, i) => Calculate(m, sums[i], lookup, populations, options, hierarchies))];
    }

    /// <summary>Calculates one measure from its practice-month sums (from <see cref="MeasureQuery"/>, or written by hand).</summary>
    /// <param name="measure">The measure.</param>
    /// <param name="rows">Its sums by practice and month.</param>
    /// <param name="lookup">The dated lookup, or null for practices only.</param>
    /// <param name="populations">Practice populations, or null when the denominator is counted or in the file.</param>
    /// <param name="options">Savings percentile and months; null for the defaults.</param>
    public static MeasureResult Calculate(MeasureDefinition measure, IReadOnlyList<PracticeMonthSums> rows, PracticeLookup? lookup, PopulationSource? populations, MeasureOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(measure);
        ArgumentNullException.ThrowIfNull(rows);
        options ??= new MeasureOptions();
        CheckPercentile(options.SavingsPercentile);
        CheckPopulations(measure, populations);
        return Calculate(measure, rows, lookup, populations, options, []);
    }

    private static MeasureResult Calculate(MeasureDefinition measure, IReadOnlyList<PracticeMonthSums> rows, PracticeLookup? lookup, PopulationSource? populations,
        MeasureOptions options, Dictionary<DateOnly, PracticeHierarchy> hierarchies)
    {
        PracticeHierarchy? At(DateOnly month)
        {
            if (lookup is null)
            {
                return null;
            }

            if (!hierarchies.TryGetValue(month, out var hierarchy))
            {
                hierarchies[month] = hierarchy = lookup.AsAt(month);
            }

            return hierarchy;
        }

        var exclusions = new List<MeasureExclusion>();
        var practices = new List<(MeasureSums Sums, PracticeHierarchy? Hierarchy)>();
        var seen = new HashSet<(string, DateOnly)>();
        foreach (var row in rows)
        {
            if ((options.From is { } from && row.Month < from) || (options.To is { } to && row.Month > to))
            {
                continue;
            }

            seen.Add((row.Practice, row.Month));
            var hierarchy = At(row.Month);
            if (hierarchy is not null && Excluded(hierarchy, row.Practice) is { } why)
            {
                exclusions.Add(new MeasureExclusion(row.Practice, row.Month, why));
                continue;
            }

            var denominator = row.Denominator ?? PopulationDenominator(measure, row.Practice, row.Month, populations);
            if (denominator is null)
            {
                exclusions.Add(new MeasureExclusion(row.Practice, row.Month, measure.Indicator.Denominator.Kind == DenominatorKind.StarPu
                    ? "no population by sex and age on or before the month" : "no list size on or before the month"));
                continue;
            }

            var sums = new MeasureSums(row.Practice, row.Month, row.Numerator, row.NumeratorCount, denominator.Value, row.DenominatorCount, row.NumeratorCost, row.DenominatorCost);
            CheckShare(measure, sums);
            practices.Add((sums, hierarchy));
        }

        var months = practices.Select(p => p.Sums.Month).Distinct().Order().ToList();
        if (lookup is not null)
        {
            foreach (var month in months)
            {
                foreach (var practice in At(month)!.ComparablePractices)
                {
                    if (!seen.Contains((practice.Code, month)) && populations?.ListSize(practice.Code, month) is not null)
                    {
                        exclusions.Add(new MeasureExclusion(practice.Code, month, "no prescribing rows that month"));
                    }
                }
            }
        }

        var levels = new Dictionary<GeographyLevel, MeasureLevel>
        {
            [GeographyLevel.Practice] = Level(measure, GeographyLevel.Practice, practices.Select(p => p.Sums).ToList(), practices.Select(p => p.Sums).ToList(), options.SavingsPercentile),
        };
        if (lookup is not null)
        {
            foreach (var level in AreaLevels)
            {
                var areas = practices
                    .Select(p => (p.Sums, Area: p.Hierarchy!.AreaCode(p.Sums.Unit, level)))
                    .Where(p => p.Area is not null)
                    .GroupBy(p => (p.Area!, p.Sums.Month))
                    .Select(g => MeasureSums.Add(g.Key.Item1, g.Key.Month, g.Select(p => p.Sums)))
                    .ToList();
                if (areas.Count > 0)
                {
                    levels[level] = Level(measure, level, areas, practices.Select(p => p.Sums).ToList(), options.SavingsPercentile);
                }
            }
        }

        var scotland = months.Select(m => Value(measure, MeasureSums.Add(HealthBoard.ScotlandCode, m, practices.Where(p => p.Sums.Month == m).Select(p => p.Sums)), null, null)).ToList();
        return new MeasureResult(measure, options.SavingsPercentile, months, levels, scotland,
            [.. exclusions.OrderBy(e => e.Practice, StringComparer.Ordinal).ThenBy(e => e.Month)]);
    }

    /// <summary>Values, percentiles, deciles and savings of one level's units, month by month.</summary>
    private static MeasureLevel Level(MeasureDefinition measure, GeographyLevel level, IReadOnlyList<MeasureSums> units, IReadOnlyList<MeasureSums> practices, double percentile)
    {
        var values = new List<MeasureValue>();
        var deciles = new List<MonthDeciles>();
        var multiplier = measure.Indicator.Multiplier;
        foreach (var month in units.Select(u => u.Month).Distinct().Order())
        {
            var inMonth = units.Where(u => u.Month == month).ToList();
            var ratios = inMonth.Select(u => u.Ratio is { } r ? r * multiplier : (double?)null).ToList();
            var ranks = OpenPrescribingPercentiles.PercentRanks(ratios);
            var decile = OpenPrescribingPercentiles.Deciles(ratios);
            var target = OpenPrescribingPercentiles.PercentileCont(ratios, percentile);
            if (decile is not null)
            {
                deciles.Add(new MonthDeciles(month, decile, ratios.Count(r => r is not null), target!.Value));
            }

            // National costs per unit (OpenPrescribing's cost_per_num and cost_per_denom) come from every practice that month.
            var national = MeasureSums.Add(HealthBoard.ScotlandCode, month, practices.Where(p => p.Month == month)).Costs;
            for (var i = 0; i < inMonth.Count; i++)
            {
                values.Add(Value(measure, inMonth[i], ranks[i], target is { } t ? t / multiplier : null, national));
            }
        }

        return new MeasureLevel(level, [.. values.OrderBy(v => v.Unit, StringComparer.Ordinal).ThenBy(v => v.Month)], deciles);
    }

    private static MeasureValue Value(MeasureDefinition measure, MeasureSums sums, double? percentile, double? targetRatio, ShareCosts? national = null)
    {
        double? saving = null;
        if (measure.Savings is { } savings && targetRatio is { } target)
        {
            saving = savings.Method == SavingsMethod.ListSize
                ? CostSavings.ListSize(sums.Numerator, sums.Denominator, target)
                : CostSavings.Percentage(sums.Costs, target, national!);
        }

        return new MeasureValue(sums, sums.Ratio * measure.Indicator.Multiplier, percentile, saving);
    }

    private static string? Excluded(PracticeHierarchy hierarchy, string practice)
    {
        if (PseudoPractice.IsPseudo(practice))
        {
            return "pseudo-practice (" + PseudoPractice.Kind(practice) + "): not a registered list";
        }

        var found = hierarchy.Practice(practice);
        return found is null ? "not in the practice lookup that month" : found.IsComparable ? null : "closed that month";
    }

    private static double? PopulationDenominator(MeasureDefinition measure, string practice, DateOnly month, PopulationSource? populations) =>
        measure.Indicator.Denominator.Kind switch
        {
            DenominatorKind.ListSize => populations!.ListSize(practice, month),
            DenominatorKind.PatientYears => populations!.ListSize(practice, month) / 12.0,
            DenominatorKind.StarPu => populations!.Population(practice, month) is { } p ? StarPuWeights.Named(measure.Indicator.Denominator.Weights!).Of(p) : null,
            _ => throw new InvalidOperationException(PrescribingMessages.DenominatorNotSummed(measure.Name)),
        };

    private static void CheckPopulations(MeasureDefinition measure, PopulationSource? populations)
    {
        if (populations is null && measure.Indicator.Denominator.Kind is DenominatorKind.ListSize or DenominatorKind.PatientYears or DenominatorKind.StarPu)
        {
            throw new ArgumentException(PrescribingMessages.NeedsPopulations(measure.Name), nameof(populations));
        }
    }

    private static void CheckShare(MeasureDefinition measure, MeasureSums sums)
    {
        if (measure.IsShare && (sums.Numerator > sums.Denominator || sums.NumeratorCount > sums.DenominatorCount))
        {
            throw new ArgumentException(PrescribingMessages.ShareAboveWhole(measure.Name, sums.Unit, sums.Month, sums.Numerator, sums.Denominator));
        }
    }

    private static void CheckPercentile(double percentile)
    {
        if (!double.IsFinite(percentile) || percentile <= 0 || percentile >= 100)
        {
            throw new ArgumentOutOfRangeException(nameof(percentile), percentile, PrescribingMessages.SavingsPercentileRange(percentile));
        }
    }
}
