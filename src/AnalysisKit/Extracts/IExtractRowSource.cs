namespace AnalysisKit.Extracts;

/// <summary>A table read row by row from a CSV file or a worksheet, seen as text fields, for the typed loader.</summary>
internal interface IExtractRowSource
{
    /// <summary>The file (and sheet) named in problems.</summary>
    string Source { get; }

    /// <summary>The header cells, untrimmed, in source order.</summary>
    IReadOnlyList<string> Header { get; }

    /// <summary>The 1-based source row of the current record (the header's row counts).</summary>
    long RowNumber { get; }

    /// <summary>How many fields the current record really has (may differ from the header's count).</summary>
    int RowFieldCount { get; }

    /// <summary>Advances to the next record; false at the end.</summary>
    bool Read();

    /// <summary>The text of a field of the current record; ordinal &lt; <see cref="RowFieldCount"/>.</summary>
    ReadOnlySpan<char> Field(int ordinal);

    /// <summary>Notes about rows the source did not offer as records (e.g. footnotes below a worksheet table).</summary>
    IReadOnlyList<string> Notes { get; }
}
