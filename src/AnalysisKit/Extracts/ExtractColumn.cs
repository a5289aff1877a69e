namespace AnalysisKit.Extracts;

/// <summary>
/// One declared column of an extract: its name in the source header, its type, whether every row must give it a value,
/// and its units (documented on the result so every number explains itself).
/// </summary>
/// <param name="Name">The header text in the source, matched exactly after trimming surrounding spaces (ordinal, case-insensitive).</param>
/// <param name="Type">The type it loads as.</param>
/// <param name="Required">True when a blank cell is an error; markers with a reason (suppressed, not available, not applicable) are always allowed.</param>
/// <param name="Units">Units in words, e.g. <c>patients</c>, <c>items</c>, <c>GBP</c>; empty for codes and text.</param>
public sealed record ExtractColumn(string Name, ExtractColumnType Type, bool Required = true, string Units = "")
{
    /// <summary>
    /// How a Date or Month column writes its dates, as a .NET custom format read with the invariant culture — e.g.
    /// <c>dd/MM/yyyy</c> for a file saved by Excel on a UK machine (<c>ExtractColumn.Date("Date Paid") with { Format =
    /// "dd/MM/yyyy" }</c>). Null (the default) accepts yyyy-MM-dd and yyyyMMdd for dates, and yyyy-MM, yyyyMM and
    /// yyyy-MM-dd (on the first) for months. A month read through a format with a day must fall on the first. Declared,
    /// never guessed: 03/04/2024 is 3 April only because the column says dd/MM/yyyy.
    /// </summary>
    public string? Format { get; init; }

    /// <summary>A practice, board or other code column, interned on load.</summary>
    public static ExtractColumn Code(string name, bool required = true) => new(name, ExtractColumnType.Code, required);

    /// <summary>A free-text column.</summary>
    public static ExtractColumn Text(string name, bool required = false) => new(name, ExtractColumnType.Text, required);

    /// <summary>An integer count column with its units (e.g. <c>patients</c>).</summary>
    public static ExtractColumn Count(string name, string units, bool required = false) => new(name, ExtractColumnType.Count, required, units);

    /// <summary>A real-valued column with its units (e.g. <c>GBP</c>).</summary>
    public static ExtractColumn Number(string name, string units, bool required = false) => new(name, ExtractColumnType.Number, required, units);

    /// <summary>A date column.</summary>
    public static ExtractColumn Date(string name, bool required = true) => new(name, ExtractColumnType.Date, required);

    /// <summary>A month column (loaded as the first day of the month).</summary>
    public static ExtractColumn Month(string name, bool required = true) => new(name, ExtractColumnType.Month, required);
}
