namespace AnalysisKit.Prescribing;

/// <summary>
/// OpenPrescribing's cost savings: what a unit would have spent less in a month had it prescribed at a target ratio —
/// the ratio at a chosen percentile across units that month (OpenPrescribing's headline is the 10th). Negative when the
/// unit already prescribes below the target. Formulas from ebmdatalab/openprescribing
/// <c>frontend/management/commands/measure_sql/practice_list_size_measure_cost_savings.sql</c> and
/// <c>practice_percentage_measure_cost_savings.sql</c>; the percentage formula is the one its
/// <c>notebooks/measure-calculations.ipynb</c> derives step by step and checks against its API.
/// </summary>
public static class CostSavings
{
    /// <summary>
    /// A cost-per-population measure (e.g. lidocaine plaster cost per 1,000 patients): saving = cost − target × denominator.
    /// </summary>
    /// <param name="cost">The unit's cost (the numerator), ≥ 0.</param>
    /// <param name="denominator">The unit's denominator in the ratio's units (e.g. thousands of patients), ≥ 0.</param>
    /// <param name="targetRatio">The target ratio, cost per denominator unit (the percentile's value ÷ the multiplier).</param>
    public static double ListSize(double cost, double denominator, double targetRatio) => cost - (targetRatio * denominator);

    /// <summary>
    /// A percentage measure with costs (e.g. branded quantity as a share of all quantity): the unit's total cost minus the
    /// cost of the same total prescribed at the target share, each part (numerator, rest of the denominator) costed at the
    /// unit's own cost per unit, or at <paramref name="national"/>'s when the unit prescribed none of that part.
    /// </summary>
    /// <param name="unit">The unit's numerator and denominator quantities and costs.</param>
    /// <param name="targetShare">The target share, 0 to 1 (the percentile's value ÷ the multiplier).</param>
    /// <param name="national">The sums over every unit that month (for the fallback costs per unit).</param>
    public static double Percentage(ShareCosts unit, double targetShare, ShareCosts national)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(national);
        var numeratorUnitCost = unit.NumeratorQuantity > 0 ? unit.NumeratorCost / unit.NumeratorQuantity : national.NumeratorCostPerUnit;
        var rest = unit.DenominatorQuantity - unit.NumeratorQuantity;
        var restUnitCost = rest == 0 ? national.RestCostPerUnit : (unit.DenominatorCost - unit.NumeratorCost) / rest;
        var target = (targetShare * unit.DenominatorQuantity * numeratorUnitCost) + ((unit.DenominatorQuantity - (unit.DenominatorQuantity * targetShare)) * restUnitCost);
        return unit.DenominatorCost - target;
    }
}

/// <summary>A share's quantities and costs: the numerator (e.g. branded) and the whole denominator (all), each with its cost.</summary>
/// <param name="NumeratorQuantity">Quantity (or items) in the numerator, ≥ 0.</param>
/// <param name="NumeratorCost">Cost of the numerator's rows.</param>
/// <param name="DenominatorQuantity">Quantity (or items) in the denominator, ≥ the numerator's.</param>
/// <param name="DenominatorCost">Cost of the denominator's rows.</param>
public sealed record ShareCosts(double NumeratorQuantity, double NumeratorCost, double DenominatorQuantity, double DenominatorCost)
{
    /// <summary>Cost per unit of the numerator (OpenPrescribing's <c>cost_per_num</c> when these are national sums).</summary>
    public double NumeratorCostPerUnit => NumeratorCost / NumeratorQuantity;

    /// <summary>Cost per unit of the rest of the denominator (OpenPrescribing's <c>cost_per_denom</c> when these are national sums).</summary>
    public double RestCostPerUnit => (DenominatorCost - NumeratorCost) / (DenominatorQuantity - NumeratorQuantity);
}
