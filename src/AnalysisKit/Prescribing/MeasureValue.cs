namespace AnalysisKit.Prescribing;

/// <summary>
/// One unit's measure in one month: its sums, its value (OpenPrescribing's <c>calc_value</c> × the multiplier), its
/// percentile among the units of its level that month, and for a cost-based measure its saving at the chosen percentile.
/// </summary>
/// <param name="Sums">The numerator, denominator and the counts and costs behind them.</param>
/// <param name="Value">numerator / denominator × multiplier, or null when the denominator is 0.</param>
/// <param name="Percentile">0 (lowest) to 100 (highest) among the units with a value that month (<see cref="OpenPrescribingPercentiles.PercentRanks"/>); null without a value.</param>
/// <param name="Saving">For a cost-based measure: what the unit would have spent less that month at the chosen percentile's ratio (negative when it spent less already); else null.</param>
public sealed record MeasureValue(MeasureSums Sums, double? Value, double? Percentile, double? Saving)
{
    /// <summary>The unit (practice or area code).</summary>
    public string Unit => Sums.Unit;

    /// <summary>The month (first day).</summary>
    public DateOnly Month => Sums.Month;
}
