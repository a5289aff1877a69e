namespace AnalysisKit.Extracts;

/// <summary>How many cells of one declared column hold a value and how many are missing, by reason.</summary>
/// <param name="Column">The column name.</param>
/// <param name="Present">Cells holding a value (zeros included).</param>
/// <param name="Blank">Empty cells with no marker.</param>
/// <param name="Suppressed">Cells withheld by disclosure control.</param>
/// <param name="NotAvailable">Cells marked not available.</param>
/// <param name="NotApplicable">Cells marked not applicable.</param>
public sealed record ColumnQuality(string Column, long Present, long Blank, long Suppressed, long NotAvailable, long NotApplicable)
{
    /// <summary>All missing cells, whatever the reason.</summary>
    public long Missing => Blank + Suppressed + NotAvailable + NotApplicable;
}
