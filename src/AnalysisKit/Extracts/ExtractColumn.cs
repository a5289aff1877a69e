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
