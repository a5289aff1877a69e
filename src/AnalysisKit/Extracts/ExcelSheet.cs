namespace AnalysisKit.Extracts;

/// <summary>
/// Which worksheet of a workbook holds the extract, and where its header is. Real ISD workbooks put a notes sheet
/// first, move the header between rows 1 and 2 from year to year, and place two tables side by side on one sheet.
/// </summary>
public sealed record ExcelSheet
{
    /// <summary>The sheet with this name (ordinal, case-insensitive).</summary>
    public static ExcelSheet Named(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new ExcelSheet { Name = name };
    }

    /// <summary>The sheet at this 0-based position. Range: 0 ≤ index &lt; number of sheets.</summary>
    public static ExcelSheet At(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        return new ExcelSheet { Index = index };
    }

    /// <summary>The sheet's name, or null when chosen by <see cref="Index"/>.</summary>
    public string? Name { get; private init; }

    /// <summary>The sheet's 0-based position, used when <see cref="Name"/> is null.</summary>
    public int Index { get; private init; }

    /// <summary>
    /// The 1-based header row, or null to find it: the first row within <see cref="HeaderSearchRows"/> that names every
    /// declared column. The table's columns start at the leftmost declared column and run to the first blank header cell,
    /// so a second table beside it (after a blank column) is not read.
    /// </summary>
    public int? HeaderRow { get; init; }

    /// <summary>
    /// How many rows the header spans: 1, or 2 for ISD's grouped headers (a merged group name such as <c>Asthma</c> above
    /// <c>Register size</c>). With 2, each column is named <c>group / name</c>, the group carried right across the
    /// cells its merge covered; a column with only one of the two is named by that one. Range: 1 or 2; default 1.
    /// </summary>
    public int HeaderRows
    {
        get => _headerRows;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 2);
            _headerRows = value;
        }
    }

    private readonly int _headerRows = 1;

    /// <summary>How many rows from the top are searched for the header. Range: ≥ 1; default 20.</summary>
    public int HeaderSearchRows { get; init; } = 20;
}
