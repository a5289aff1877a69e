namespace AnalysisKit.Definitions;

/// <summary>
/// How a cost-based measure's savings are computed, as OpenPrescribing computes them
/// (<c>frontend/management/commands/measure_sql/practice_*_measure_cost_savings.sql</c>): the cost if a unit had
/// prescribed at a chosen percentile of the measure's ratio across all units that month.
/// </summary>
/// <param name="Method"><see cref="SavingsMethod.ListSize"/> (cost per population) or <see cref="SavingsMethod.Percentage"/> (a share of quantities with their costs).</param>
/// <param name="Cost">For <see cref="SavingsMethod.Percentage"/>: the cost column summed over the numerator's and the denominator's rows; null otherwise.</param>
public sealed record SavingsDefinition(SavingsMethod Method, string? Cost);

/// <summary>OpenPrescribing's two cost-savings formulas.</summary>
public enum SavingsMethod
{
    /// <summary>
    /// <c>list-size</c>: the numerator is a cost and the denominator a population (list size, STAR-PU); saving =
    /// numerator − p × denominator, p the ratio at the chosen percentile (<c>practice_list_size_measure_cost_savings.sql</c>).
    /// </summary>
    ListSize,

    /// <summary>
    /// <c>percentage</c>: the numerator (e.g. branded quantity) is a subset of the counted denominator (all quantity),
    /// each with its cost; saving = the unit's cost − the cost of the same total prescribed at the chosen percentile's
    /// share, each part at the unit's own unit cost, or Scotland's when the unit has none of it
    /// (<c>practice_percentage_measure_cost_savings.sql</c>).
    /// </summary>
    Percentage,
}
