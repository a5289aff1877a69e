using AnalysisKit.Geography;

namespace AnalysisKit.Prescribing;

/// <summary>A measure at one level (practices, clusters, HSCPs or boards): every unit's value by month, and the deciles across units by month.</summary>
/// <param name="Level">The level.</param>
/// <param name="Values">Every unit-month, ordered by unit then month.</param>
/// <param name="Deciles">The deciles across the level's units, by month (months in which some unit had a value).</param>
public sealed record MeasureLevel(GeographyLevel Level, IReadOnlyList<MeasureValue> Values, IReadOnlyList<MonthDeciles> Deciles)
{
    /// <summary>The unit's values, by month.</summary>
    public IReadOnlyList<MeasureValue> Of(string unit) => [.. Values.Where(v => string.Equals(v.Unit, unit, StringComparison.Ordinal))];

    /// <summary>The unit's value in a month, or null when it has none.</summary>
    public MeasureValue? At(string unit, DateOnly month) =>
        Values.FirstOrDefault(v => v.Month == month && string.Equals(v.Unit, unit, StringComparison.Ordinal));

    /// <summary>The deciles in a month, or null when no unit had a value.</summary>
    public MonthDeciles? DecilesAt(DateOnly month) => Deciles.FirstOrDefault(d => d.Month == month);
}
