using AnalysisKit.Geography;

namespace AnalysisKit.Indicators;

/// <summary>
/// Aggregation up the primary-care hierarchy (practice → cluster → HSCP → board → Scotland) by summing numerators and
/// denominators, never by averaging rates, and comparison of each unit with the area that contains it.
/// </summary>
public static partial class HierarchyComparison
{
    /// <summary>Sums practice numerators and denominators to the areas of one level of the lookup.</summary>
    /// <param name="practices">One row per practice; counts finite and ≥ 0.</param>
    /// <param name="lookup">The practice lookup for the data's period.</param>
    /// <param name="level">The level to sum to.</param>
    /// <exception cref="ArgumentException">A practice not in the lookup, repeated, or with an invalid count.</exception>
    public static HierarchyTotals Aggregate(IEnumerable<PracticeCount> practices, IGeographyLookup lookup,
        GeographyLevel level)
    {
        ArgumentNullException.ThrowIfNull(practices);
        ArgumentNullException.ThrowIfNull(lookup);
        var rows = Validate(practices, lookup);
        var unassigned = new List<string>();
        var sums = new SortedDictionary<string, (double Numerator, double Denominator, int Practices)>(StringComparer.Ordinal);
        foreach (var practice in rows)
        {
            var area = lookup.AreaCode(practice.PracticeCode, level);
            if (area is null)
            {
                unassigned.Add(practice.PracticeCode);
                continue;
            }

            var sum = sums.GetValueOrDefault(area);
            sums[area] = (sum.Numerator + practice.Numerator, sum.Denominator + practice.Denominator, sum.Practices + 1);
        }

        var areas = sums.Select(s => new AreaCount(level, s.Key, s.Value.Numerator, s.Value.Denominator, s.Value.Practices))
            .ToArray();
        unassigned.Sort(StringComparer.Ordinal);
        return new HierarchyTotals(level, lookup.EffectiveDate, areas, unassigned);
    }

    /// <summary>
    /// Compares every unit at <paramref name="unitLevel"/> with the area at <paramref name="comparatorLevel"/> that
    /// contains it (e.g. each practice with its cluster, each cluster with Scotland): both are computed with
    /// <paramref name="measure"/> from summed counts, and the unit is classified by whether the comparator's value lies
    /// outside the unit's interval. Practices the lookup marks as not comparable, and units with no area at the
    /// comparator level (e.g. a pseudo-practice without a cluster), are reported as NotComparable.
    /// </summary>
    /// <param name="practices">One row per practice.</param>
    /// <param name="lookup">The practice lookup; its levels must nest.</param>
    /// <param name="unitLevel">The level of the units compared.</param>
    /// <param name="comparatorLevel">A higher level (e.g. Cluster for practices, Scotland for anything).</param>
    /// <param name="measure">The indicator from numerator and denominator, e.g.
    /// <c>(n, d) =&gt; Proportion.Wilson(n, d, 0.95, 100)</c>.</param>
    /// <param name="polarity">Which direction is good.</param>
    /// <param name="confidence">Which of the unit's levels decides (fraction or percentage); null means the first.</param>
    /// <returns>One row per unit, ordered by unit code (ordinal).</returns>
    public static IReadOnlyList<UnitComparison> Compare(IEnumerable<PracticeCount> practices, IGeographyLookup lookup,
        GeographyLevel unitLevel, GeographyLevel comparatorLevel, Func<double, double, IndicatorResult> measure,
        Polarity polarity, double? confidence = null)
    {
        ArgumentNullException.ThrowIfNull(measure);
        RequireComparatorAbove(unitLevel, comparatorLevel);
        var rows = Validate(practices, lookup);
        var units = Aggregate(rows, lookup, unitLevel).Areas;
        var comparators = Aggregate(rows, lookup, comparatorLevel).Areas;
        return CompareAreas(rows.Select(p => p.PracticeCode), lookup, unitLevel, comparatorLevel, units, comparators,
            area => measure(area.Numerator, area.Denominator), polarity, confidence);
    }

    /// <summary>
    /// The shared comparison step: each unit with the comparator area that contains all its practices, the measure
    /// computed once per area.
    /// </summary>
    private static List<UnitComparison> CompareAreas(IEnumerable<string> practiceCodes, IGeographyLookup lookup,
        GeographyLevel unitLevel, GeographyLevel comparatorLevel, IReadOnlyList<AreaCount> units,
        IReadOnlyList<AreaCount> comparatorAreas, Func<AreaCount, IndicatorResult> measure, Polarity polarity,
        double? confidence)
    {
        var comparators = comparatorAreas.ToDictionary(a => a.AreaCode, StringComparer.Ordinal);
        var comparatorResults = new Dictionary<string, IndicatorResult>(StringComparer.Ordinal);
        var membersByUnit = practiceCodes.Distinct(StringComparer.Ordinal)
            .Select(code => (Practice: code, Unit: lookup.AreaCode(code, unitLevel)))
            .Where(m => m.Unit is not null)
            .ToLookup(m => m.Unit!, m => m.Practice, StringComparer.Ordinal);
        var comparisons = new List<UnitComparison>();
        foreach (var unit in units)
        {
            var parentCodes = membersByUnit[unit.AreaCode].Select(code => lookup.AreaCode(code, comparatorLevel))
                .OfType<string>().Distinct(StringComparer.Ordinal).ToList();
            if (parentCodes.Count > 1)
            {
                throw new ArgumentException(
                    IndicatorMessages.InconsistentHierarchy(unit.AreaCode, comparatorLevel, parentCodes), nameof(lookup));
            }

            var unitResult = measure(unit);
            if (parentCodes.Count == 0)
            {
                // e.g. a pseudo-practice with no cluster: reported, with nothing to compare it with.
                comparisons.Add(new UnitComparison(unit, null, unitResult, null, Significance.NotComparable,
                    Assessment.NotComparable));
                continue;
            }

            var comparator = comparators[parentCodes[0]];
            if (!comparatorResults.TryGetValue(comparator.AreaCode, out var comparatorResult))
            {
                comparatorResult = measure(comparator);
                comparatorResults[comparator.AreaCode] = comparatorResult;
            }

            var comparable = unitLevel != GeographyLevel.Practice || lookup.IsComparable(unit.AreaCode);
            var significance = comparable
                ? Comparison.Classify(unitResult, comparatorResult.Value, confidence)
                : Significance.NotComparable;
            comparisons.Add(new UnitComparison(unit, comparator, unitResult, comparatorResult, significance,
                Comparison.Assess(significance, polarity)));
        }

        return comparisons;
    }

    private static void RequireComparatorAbove(GeographyLevel unitLevel, GeographyLevel comparatorLevel)
    {
        if (comparatorLevel <= unitLevel)
        {
            throw new ArgumentException(IndicatorMessages.ComparatorNotAbove(unitLevel, comparatorLevel),
                nameof(comparatorLevel));
        }
    }

    private static List<PracticeCount> Validate(IEnumerable<PracticeCount> practices, IGeographyLookup lookup)
    {
        ArgumentNullException.ThrowIfNull(practices);
        ArgumentNullException.ThrowIfNull(lookup);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var rows = practices.ToList();
        foreach (var practice in rows)
        {
            if (lookup.AreaCode(practice.PracticeCode, GeographyLevel.Practice) is null)
            {
                throw new ArgumentException(
                    IndicatorMessages.PracticeNotInLookup(practice.PracticeCode, lookup.EffectiveDate), nameof(practices));
            }

            if (!seen.Add(practice.PracticeCode))
            {
                throw new ArgumentException(IndicatorMessages.RepeatedPractice(practice.PracticeCode), nameof(practices));
            }

            RequireCount(practice, "numerator", practice.Numerator);
            RequireCount(practice, "denominator", practice.Denominator);
        }

        return rows;
    }

    private static void RequireCount(PracticeCount practice, string column, double value)
    {
        if (!double.IsFinite(value) || value < 0)
        {
            throw new ArgumentException(
                IndicatorMessages.PracticeValueInvalid(practice.PracticeCode, column, value), "practices");
        }
    }
}
