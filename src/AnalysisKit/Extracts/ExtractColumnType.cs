namespace AnalysisKit.Extracts;

/// <summary>The type an extract column is loaded as. Types are declared, never guessed.</summary>
public enum ExtractColumnType
{
    /// <summary>Free text (names, addresses); loaded as a string column.</summary>
    Text,

    /// <summary>A code repeated across rows (practice, board, BNF code); loaded as a string column with repeated values interned.</summary>
    Code,

    /// <summary>A count (patients, items, register size): a 64-bit integer, never a float. Thousands separators are rejected.</summary>
    Count,

    /// <summary>A measured or money amount (cost, quantity, prevalence): a double parsed with the invariant culture.</summary>
    Number,

    /// <summary>A calendar date in ISO form <c>yyyy-MM-dd</c> or PHS form <c>yyyyMMdd</c>; loaded as a DateTime at midnight.</summary>
    Date,

    /// <summary>A calendar month <c>yyyy-MM</c> or <c>yyyyMM</c>; loaded as a DateTime on the first of the month.</summary>
    Month,
}
