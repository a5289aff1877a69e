namespace AnalysisKit.Definitions;

/// <summary>
/// An indicator's denominator. In a definition file: a column name (<c>"pop"</c>: a population in the same file, read
/// once per practice and period row), <c>{ "patientYears": "ListSize" }</c> (a monthly list-size column: the sum over
/// the months with a numerator, divided by 12), <c>{ "population": "list-size" | "patient-years" | "age-sex" }</c>
/// (from the geography's practice populations), <c>{ "population": "star-pu", "weights": "…" }</c> (prescribing
/// measures only), or <c>{ "sum": …, "where": … }</c> (counted events, disclosure-controlled like the numerator).
/// </summary>
/// <param name="Kind">Which of these.</param>
/// <param name="Column">The population or list-size column, for <see cref="DenominatorKind.Column"/> and <see cref="DenominatorKind.PatientYearsColumn"/>.</param>
/// <param name="Expression">The counted events, for <see cref="DenominatorKind.Counted"/>.</param>
/// <param name="Weights">The STAR-PU weights, for <see cref="DenominatorKind.StarPu"/> (e.g. <c>oral-antibacterial-items-2013</c>).</param>
public sealed record DenominatorDefinition(DenominatorKind Kind, string? Column = null, CountExpression? Expression = null, string? Weights = null)
{
    /// <summary>The denominator in words, for the methods section.</summary>
    public string Describe() => Kind switch
    {
        DenominatorKind.Column => $"the population in column {Column}",
        DenominatorKind.PatientYearsColumn => $"patient-years: the monthly list sizes in column {Column} summed over the months with a value, divided by 12",
        DenominatorKind.ListSize => "the practice list size from the practice populations as at the hierarchy date",
        DenominatorKind.PatientYears => "patient-years: each month's practice list size (the latest population on or before it) summed and divided by 12",
        DenominatorKind.AgeSex => "the practice populations by sex and age band",
        DenominatorKind.StarPu => $"STAR-PUs: the practice population by sex and age band weighted by the {Weights} STAR-PU weights",
        _ => Expression!.Describe(),
    };
}

/// <summary>The kinds of denominator.</summary>
public enum DenominatorKind
{
    /// <summary>A population column of the indicator's own file.</summary>
    Column,

    /// <summary>A monthly list-size column, summed over months and divided by 12.</summary>
    PatientYearsColumn,

    /// <summary>List size from the geography's populations as at the hierarchy date.</summary>
    ListSize,

    /// <summary>Patient-years from the geography's populations, month by month.</summary>
    PatientYears,

    /// <summary>Population by sex and age band from the geography's populations (for DSR and ISR).</summary>
    AgeSex,

    /// <summary>Counted events in the indicator's file (e.g. all antibacterial items), disclosure-controlled.</summary>
    Counted,

    /// <summary>STAR-PUs (age-sex weighted patients) from the geography's populations, for prescribing measures.</summary>
    StarPu,
}
