using AnalysisKit.Definitions;
using AnalysisKit.Geography;

namespace AnalysisKit.Prescribing;

/// <summary>
/// A measure calculated month by month as OpenPrescribing calculates it: each practice's value, percentile among
/// Scotland's practices and saving; the same for clusters, HSCPs and boards (each area the sum of its practices that
/// month); the deciles across each level; Scotland's value; and every practice-month left out, with its reason.
/// </summary>
/// <param name="Measure">The measure.</param>
/// <param name="SavingsPercentile">The percentile savings are measured at (10 unless chosen).</param>
/// <param name="Months">The months with values, in order.</param>
/// <param name="Levels">The levels calculated: practices always; clusters, HSCPs and boards when a geography was given (clusters only where practices have one).</param>
/// <param name="Scotland">The sum of every practice counted, by month.</param>
/// <param name="Exclusions">Practice-months left out, with the reason.</param>
public sealed record MeasureResult(
    MeasureDefinition Measure,
    double SavingsPercentile,
    IReadOnlyList<DateOnly> Months,
    IReadOnlyDictionary<GeographyLevel, MeasureLevel> Levels,
    IReadOnlyList<MeasureValue> Scotland,
    IReadOnlyList<MeasureExclusion> Exclusions)
{
    /// <summary>The practices.</summary>
    public MeasureLevel Practices => Levels[GeographyLevel.Practice];

    /// <summary>The clusters, or null when the geography has none.</summary>
    public MeasureLevel? Clusters => Levels.GetValueOrDefault(GeographyLevel.Cluster);

    /// <summary>True when the measure is cost-based (has savings).</summary>
    public bool HasSavings => Measure.Savings is not null;

    /// <summary>
    /// A unit's saving summed over <paramref name="months"/> (OpenPrescribing's "over the past six months", negative
    /// months included), or null when the measure has no savings or the unit has no value in one of those months.
    /// </summary>
    public double? SavingOver(GeographyLevel level, string unit, IEnumerable<DateOnly> months)
    {
        ArgumentNullException.ThrowIfNull(months);
        if (!HasSavings || !Levels.TryGetValue(level, out var values))
        {
            return null;
        }

        double total = 0;
        foreach (var month in months)
        {
            if (values.At(unit, month)?.Saving is not { } saving)
            {
                return null;
            }

            total += saving;
        }

        return total;
    }
}
