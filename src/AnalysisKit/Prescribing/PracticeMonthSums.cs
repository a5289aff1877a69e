namespace AnalysisKit.Prescribing;

/// <summary>
/// One practice-month of a measure as the extract gives it (<see cref="MeasureQuery"/>), before populations are added:
/// the numerator, the items behind it, a counted or in-file denominator, and costs for percentage savings.
/// </summary>
/// <param name="Practice">The practice code, trimmed.</param>
/// <param name="Month">The month (first day).</param>
/// <param name="Rows">Rows of any code the practice has that month (≥ 1): the practice has prescribing data that month.</param>
/// <param name="Numerator">The numerator summed over the rows that pass its filters; 0 when none do.</param>
/// <param name="NumeratorCount">The items behind the numerator.</param>
/// <param name="Denominator">A counted denominator, or a population column of the file (divided by 12 for patient-years); null when the population comes from the geography.</param>
/// <param name="DenominatorCount">The items behind a counted denominator; null otherwise.</param>
/// <param name="NumeratorCost">The numerator rows' cost, for percentage savings; else null.</param>
/// <param name="DenominatorCost">The denominator rows' cost, for percentage savings; else null.</param>
public sealed record PracticeMonthSums(
    string Practice,
    DateOnly Month,
    long Rows,
    double Numerator,
    long NumeratorCount,
    double? Denominator,
    long? DenominatorCount,
    double? NumeratorCost,
    double? DenominatorCost);
