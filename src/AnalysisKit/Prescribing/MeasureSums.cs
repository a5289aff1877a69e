namespace AnalysisKit.Prescribing;

/// <summary>
/// One unit's sums for one month of a measure: a practice's, straight from the extract (and its population), or an
/// area's, the sum of its practices'. Everything a value, a percentile, a saving and disclosure control need.
/// </summary>
/// <param name="Unit">The practice code, or the area's code.</param>
/// <param name="Month">The month (first day).</param>
/// <param name="Numerator">The numerator: items, quantity or cost over the numerator's rows (0 when none pass).</param>
/// <param name="NumeratorCount">The items behind the numerator (the numerator itself for counts), which disclosure control protects.</param>
/// <param name="Denominator">The denominator: counted over the denominator's rows, or the population (list size, STAR-PUs, a population column) in the month.</param>
/// <param name="DenominatorCount">For a counted denominator, the items behind it; null for populations.</param>
/// <param name="NumeratorCost">For percentage savings, the cost of the numerator's rows; else null.</param>
/// <param name="DenominatorCost">For percentage savings, the cost of the denominator's rows; else null.</param>
public sealed record MeasureSums(
    string Unit,
    DateOnly Month,
    double Numerator,
    long NumeratorCount,
    double Denominator,
    long? DenominatorCount,
    double? NumeratorCost,
    double? DenominatorCost)
{
    /// <summary>The ratio numerator / denominator, or null when the denominator is 0 (OpenPrescribing: IEEE_DIVIDE's infinity or NaN becomes NULL).</summary>
    public double? Ratio => Denominator == 0 ? null : Numerator / Denominator;

    /// <summary>The sums of several units (an area from its practices); the unit is <paramref name="unit"/>.</summary>
    public static MeasureSums Add(string unit, DateOnly month, IEnumerable<MeasureSums> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        double numerator = 0, denominator = 0, numeratorCost = 0, denominatorCost = 0;
        long count = 0, denominatorCount = 0;
        bool counted = false, costs = false;
        foreach (var part in parts)
        {
            numerator += part.Numerator;
            denominator += part.Denominator;
            count = checked(count + part.NumeratorCount);
            if (part.DenominatorCount is { } d)
            {
                counted = true;
                denominatorCount = checked(denominatorCount + d);
            }

            if (part.NumeratorCost is { } nc)
            {
                costs = true;
                numeratorCost += nc;
                denominatorCost += part.DenominatorCost ?? 0;
            }
        }

        return new MeasureSums(unit, month, numerator, count, denominator, counted ? denominatorCount : null,
            costs ? numeratorCost : null, costs ? denominatorCost : null);
    }

    /// <summary>The share's quantities and costs, for percentage savings.</summary>
    public ShareCosts Costs => new(Numerator, NumeratorCost ?? 0, Denominator, DenominatorCost ?? 0);
}
