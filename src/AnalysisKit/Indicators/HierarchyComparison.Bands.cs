using AnalysisKit.Geography;

namespace AnalysisKit.Indicators;

/// <summary>Aggregation and comparison of band-level counts, for standardised measures (DSR, ISR).</summary>
public static partial class HierarchyComparison
{
    /// <summary>
    /// Sums practice band counts to the areas of one level, band by band. A band's events are the sum of the
    /// practices' events, missing (null) events counting as 0 as in PHE's DSR convention, and stay null only when every
    /// practice's count for that band is missing. A practice without a row for a band adds nothing to that band; the
    /// standardisation then checks that each area has every band it needs.
    /// </summary>
    /// <param name="practices">One row per practice and band.</param>
    /// <param name="lookup">The practice lookup for the data's period.</param>
    /// <param name="level">The level to sum to.</param>
    /// <returns>Totals whose <see cref="AreaCount.Bands"/> hold the per-band sums.</returns>
    /// <exception cref="ArgumentException">A practice not in the lookup, a repeated practice and band, or an invalid count.</exception>
    public static HierarchyTotals Aggregate(IEnumerable<PracticeBandCount> practices, IGeographyLookup lookup,
        GeographyLevel level)
    {
        var valid = ValidateBands(practices, lookup);
        var unassigned = new SortedSet<string>(StringComparer.Ordinal);
        var areas = new SortedDictionary<string, AreaBands>(StringComparer.Ordinal);
        foreach (var row in valid)
        {
            var area = lookup.AreaCode(row.PracticeCode, level);
            if (area is null)
            {
                unassigned.Add(row.PracticeCode);
                continue;
            }

            if (!areas.TryGetValue(area, out var sums))
            {
                sums = new AreaBands();
                areas[area] = sums;
            }

            sums.Add(row);
        }

        var totals = areas.Select(a => a.Value.ToAreaCount(level, a.Key)).ToArray();
        return new HierarchyTotals(level, lookup.EffectiveDate, totals, unassigned.ToArray());
    }

    /// <summary>
    /// Compares every unit at <paramref name="unitLevel"/> with the area at <paramref name="comparatorLevel"/> that
    /// contains it, for a standardised measure: band counts are summed to each area and <paramref name="measure"/>
    /// computes the indicator from them (e.g. <c>bands =&gt; DirectlyStandardisedRate.Dobson(bands)</c> or
    /// <c>bands =&gt; IndirectlyStandardised.Ratio(bands, scotland)</c>). Classification as in the count overload.
    /// </summary>
    /// <param name="practices">One row per practice and band.</param>
    /// <param name="lookup">The practice lookup; its levels must nest.</param>
    /// <param name="unitLevel">The level of the units compared.</param>
    /// <param name="comparatorLevel">A higher level.</param>
    /// <param name="measure">The indicator from an area's band sums.</param>
    /// <param name="polarity">Which direction is good.</param>
    /// <param name="confidence">Which of the unit's levels decides; null means the first.</param>
    /// <returns>One row per unit, ordered by unit code (ordinal).</returns>
    public static IReadOnlyList<UnitComparison> Compare(IEnumerable<PracticeBandCount> practices, IGeographyLookup lookup,
        GeographyLevel unitLevel, GeographyLevel comparatorLevel, Func<IReadOnlyList<AgeBandCount>, IndicatorResult> measure,
        Polarity polarity, double? confidence = null)
    {
        ArgumentNullException.ThrowIfNull(measure);
        RequireComparatorAbove(unitLevel, comparatorLevel);
        var valid = ValidateBands(practices, lookup);
        var units = Aggregate(valid, lookup, unitLevel).Areas;
        var comparators = Aggregate(valid, lookup, comparatorLevel).Areas;
        return CompareAreas(valid.Select(r => r.PracticeCode), lookup, unitLevel, comparatorLevel, units, comparators,
            area => measure(area.Bands!), polarity, confidence);
    }

    private static List<PracticeBandCount> ValidateBands(IEnumerable<PracticeBandCount> practices, IGeographyLookup lookup)
    {
        ArgumentNullException.ThrowIfNull(practices);
        ArgumentNullException.ThrowIfNull(lookup);
        var seen = new HashSet<(string, string)>();
        var valid = practices.ToList();
        foreach (var row in valid)
        {
            if (lookup.AreaCode(row.PracticeCode, GeographyLevel.Practice) is null)
            {
                throw new ArgumentException(
                    IndicatorMessages.PracticeNotInLookup(row.PracticeCode, lookup.EffectiveDate), nameof(practices));
            }

            if (!seen.Add((row.PracticeCode, row.Band)))
            {
                throw new ArgumentException(IndicatorMessages.RepeatedPracticeBand(row.PracticeCode, row.Band), nameof(practices));
            }

            if (row.Numerator is { } events && (!double.IsFinite(events) || events < 0))
            {
                throw new ArgumentException(
                    IndicatorMessages.PracticeValueInvalid(row.PracticeCode, "numerator", events), nameof(practices));
            }

            if (!double.IsFinite(row.Denominator) || row.Denominator < 0)
            {
                throw new ArgumentException(
                    IndicatorMessages.PracticeValueInvalid(row.PracticeCode, "denominator", row.Denominator), nameof(practices));
            }
        }

        return valid;
    }

    /// <summary>Running per-band sums for one area.</summary>
    private sealed class AreaBands
    {
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
        private readonly List<(string Band, double? Events, double Population)> _bands = [];
        private readonly HashSet<string> _practices = new(StringComparer.Ordinal);

        public void Add(PracticeBandCount row)
        {
            _practices.Add(row.PracticeCode);
            if (!_index.TryGetValue(row.Band, out var i))
            {
                _index[row.Band] = _bands.Count;
                _bands.Add((row.Band, row.Numerator, row.Denominator));
                return;
            }

            var (band, events, population) = _bands[i];
            var sum = events is null && row.Numerator is null ? (double?)null : (events ?? 0) + (row.Numerator ?? 0);
            _bands[i] = (band, sum, population + row.Denominator);
        }

        public AreaCount ToAreaCount(GeographyLevel level, string areaCode) =>
            new(level, areaCode, _bands.Sum(b => b.Events ?? 0), _bands.Sum(b => b.Population), _practices.Count)
            {
                Bands = _bands.Select(b => new AgeBandCount(b.Band, b.Events, b.Population)).ToArray(),
            };
    }
}
