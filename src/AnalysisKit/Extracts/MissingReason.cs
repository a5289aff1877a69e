namespace AnalysisKit.Extracts;

/// <summary>
/// Why a cell of an extract holds no value. Suppressed, not available, not applicable and blank are different facts
/// and stay distinct all the way through the library: none of them is ever a zero.
/// </summary>
public enum MissingReason : byte
{
    /// <summary>The cell holds a value.</summary>
    Present = 0,

    /// <summary>The cell was empty in the source, with no marker saying why.</summary>
    Blank,

    /// <summary>Withheld by disclosure control (<c>*</c>, <c>c</c>, or a <c>…QF</c> flag of <c>c</c>).</summary>
    Suppressed,

    /// <summary>Not available or not reportable (<c>:</c>, <c>x</c>, <c>..</c>, or a <c>…QF</c> flag of <c>:</c>).</summary>
    NotAvailable,

    /// <summary>Not applicable to this row (<c>-</c>, <c>z</c>, or a <c>…QF</c> flag of <c>z</c>).</summary>
    NotApplicable,
}
