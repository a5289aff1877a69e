using AnalysisKit.Extracts;

namespace AnalysisKit.Definitions;

/// <summary>
/// One practice's numbers for one month (or, in an annual extract, for the whole period) as an indicator defines them:
/// the numerator summed over the rows that pass its filters, its denominator, and for standardised methods the events
/// and population by band. A missing numerator (suppressed or not available in the source) comes with its reason and
/// adds to no total.
/// </summary>
/// <param name="PracticeCode">The practice.</param>
/// <param name="Month">The month (first day), or null in an annual extract.</param>
/// <param name="Numerator">The numerator, or null when any row's value is missing.</param>
/// <param name="NumeratorReason">Why the numerator is missing (Present when it is not).</param>
/// <param name="Denominator">The denominator in its unit (population, patient-years, counted events), or null when not known.</param>
/// <param name="Counted">True when the denominator is counted events (disclosure-controlled like the numerator).</param>
/// <param name="Bands">Events and population by band (age, or sex and age), for DSR and ISR; null otherwise.</param>
/// <param name="SourceRow">The first data row (1 = first row after the header) that gave it, for messages.</param>
public sealed record PracticeMonthValue(
    string PracticeCode,
    DateOnly? Month,
    long? Numerator,
    MissingReason NumeratorReason,
    double? Denominator,
    bool Counted,
    IReadOnlyDictionary<string, BandValue>? Bands,
    long SourceRow)
{
    /// <summary>True when both numerator and denominator are known, so the value adds to totals.</summary>
    public bool Usable => Numerator is not null && Denominator is not null;
}

/// <summary>Events and population in one band.</summary>
/// <param name="Events">Events, ≥ 0.</param>
/// <param name="Population">Population or patient-years, ≥ 0.</param>
public readonly record struct BandValue(double Events, double Population);
