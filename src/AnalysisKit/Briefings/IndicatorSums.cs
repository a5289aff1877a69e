using AnalysisKit.Definitions;
using AnalysisKit.Geography;
using AnalysisKit.Indicators;

namespace AnalysisKit.Briefings;

/// <summary>
/// One indicator summed by unit (a placed practice) and by every area above it: numerators, denominators and, for
/// standardised methods, events and population by band. Areas are summed from their units, never averaged; every
/// value then comes from <see cref="Measure"/>, one method for every level.
/// </summary>
internal sealed class IndicatorSums
{
    private static readonly GeographyLevel[] AreaLevels = [GeographyLevel.Cluster, GeographyLevel.Hscp, GeographyLevel.Board, GeographyLevel.Scotland];

    private readonly ReferenceRates? reference;

    /// <summary>Sums of nothing yet: to measure sums built elsewhere (no ISR reference).</summary>
    public IndicatorSums(IndicatorDefinition definition) => Definition = definition;

    public IndicatorSums(IndicatorData data, BriefingPlacement placement, Func<PracticeMonthValue, bool> include)
    {
        Definition = data.Definition;
        foreach (var value in data.Values.Where(v => v.Usable && include(v)))
        {
            if (placement.KeyOf(value) is not { } key)
            {
                continue;
            }

            IndicatorData.Check(Definition, value);
            Add(ByUnit, key, value);
            foreach (var level in AreaLevels)
            {
                if (placement.AreaCode(key, level) is { } area)
                {
                    Add(ByArea, (level, area), value);
                }
            }
        }

        if (Definition.Method == MeasureMethod.Isr && ByArea.TryGetValue((GeographyLevel.Scotland, HealthBoard.ScotlandCode), out var scotland))
        {
            reference = ReferenceRates.FromCounts(scotland.Bands.Where(b => b.Value.Population > 0).Select(b => new AgeBandCount(b.Key, b.Value.Events, b.Value.Population)));
        }
    }

    public IndicatorDefinition Definition { get; }

    /// <summary>Sums by unit key.</summary>
    public Dictionary<string, UnitSum> ByUnit { get; } = new(StringComparer.Ordinal);

    /// <summary>Sums by (level, area code).</summary>
    public Dictionary<(GeographyLevel Level, string Code), UnitSum> ByArea { get; } = [];

    /// <summary>The sum of an area, or null when none of its units has a value.</summary>
    public UnitSum? Area(GeographyLevel level, string code) =>
        level == GeographyLevel.Practice ? ByUnit.GetValueOrDefault(code) : ByArea.GetValueOrDefault((level, code));

    /// <summary>The indicator's value for a sum, by its method: crude rate, Wilson proportion, DSR (ESP2013) or ISR against Scotland.</summary>
    public IndicatorResult Measure(UnitSum sum)
    {
        var multiplier = Definition.Multiplier;
        switch (Definition.Method)
        {
            case MeasureMethod.CrudeRate:
                return CrudeRate.Calculate(sum.Numerator, sum.Denominator, 0.95, multiplier);
            case MeasureMethod.WilsonProportion:
                return Proportion.Wilson(sum.Numerator, sum.Denominator, 0.95, multiplier);
            case MeasureMethod.DsrEsp2013:
                return sum.Bands.Values.Any(b => b.Population <= 0)
                    ? NotCalculated(sum, IndicatorMethod.Dobson, "a band has no population, so the DSR is not calculated")
                    : DirectlyStandardisedRate.Dobson(sum.Bands.Select(b => new AgeBandCount(b.Key, b.Value.Events, b.Value.Population)), StandardPopulation.European2013, 0.95, multiplier);
            default:
                var bands = sum.Bands.Where(b => b.Value.Population > 0).Select(b => new AgeBandCount(b.Key, b.Value.Events, b.Value.Population)).ToList();
                return reference is null || bands.Count == 0
                    ? NotCalculated(sum, IndicatorMethod.Byar, "no reference rates")
                    : IndirectlyStandardised.Ratio(bands, reference, 0.95, multiplier);
        }
    }

    /// <summary>The events a sum would have at Scotland's rates (crude) or age-sex rates (standardised): the funnel's expected count.</summary>
    public double Expected(UnitSum sum, UnitSum scotland)
    {
        if (Definition.Method is MeasureMethod.CrudeRate or MeasureMethod.WilsonProportion)
        {
            return sum.Denominator * scotland.Numerator / scotland.Denominator;
        }

        return sum.Bands.Sum(b => scotland.Bands.TryGetValue(b.Key, out var s) && s.Population > 0 ? b.Value.Population * s.Events / s.Population : 0);
    }

    private static IndicatorResult NotCalculated(UnitSum sum, IndicatorMethod method, string warning) =>
        new(double.NaN, [new ConfidenceInterval(0.95, double.NaN, double.NaN)], method, 1, sum.Numerator, sum.Denominator, [warning]);

    private static void Add<TKey>(Dictionary<TKey, UnitSum> sums, TKey key, PracticeMonthValue value)
        where TKey : notnull
    {
        if (!sums.TryGetValue(key, out var sum))
        {
            sums[key] = sum = new UnitSum();
        }

        sum.Add(value);
    }
}

/// <summary>A running sum of practice-months: numerator, denominator, events and population by band.</summary>
internal sealed class UnitSum
{
    public double Numerator { get; private set; }

    public double Denominator { get; private set; }

    public Dictionary<string, BandValue> Bands { get; } = new(StringComparer.Ordinal);

    public long Count => (long)Numerator;

    public void Add(UnitSum other)
    {
        Numerator += other.Numerator;
        Denominator += other.Denominator;
        foreach (var (band, v) in other.Bands)
        {
            var sum = Bands.GetValueOrDefault(band);
            Bands[band] = new BandValue(sum.Events + v.Events, sum.Population + v.Population);
        }
    }

    public void Add(PracticeMonthValue value)
    {
        Numerator += value.Numerator!.Value;
        if (value.Bands is { } bands)
        {
            foreach (var (band, v) in bands)
            {
                var sum = Bands.GetValueOrDefault(band);
                Bands[band] = new BandValue(sum.Events + v.Events, sum.Population + v.Population);
            }

            Denominator += bands.Values.Sum(b => b.Population);
        }
        else
        {
            Denominator += value.Denominator!.Value;
        }
    }
}
