using AnalysisKit.Extracts;
using AnalysisKit.Indicators;

namespace AnalysisKit.Definitions;

/// <summary>
/// One indicator of a definition file: where its numbers are, how they combine, and how to read the result. The same
/// shape serves a briefing's indicators and any other list of measures defined as data.
/// </summary>
/// <param name="Name">Its identifier in the file (unique, e.g. <c>antibacterials</c>).</param>
/// <param name="Label">Its display name (e.g. "Antibacterial items").</param>
/// <param name="File">The extract (full path): .csv, .tsv, .xls or .xlsx.</param>
/// <param name="Sheet">The worksheet of an Excel file, or null.</param>
/// <param name="HeaderRow">The 1-based header row of an Excel sheet, or null to find it.</param>
/// <param name="Practice">The practice-code column.</param>
/// <param name="Month">The month column (yyyyMM or yyyy-MM) of a monthly extract, or null for an annual one.</param>
/// <param name="Numerator">The numerator.</param>
/// <param name="Denominator">The denominator.</param>
/// <param name="Method">How the value and interval are computed.</param>
/// <param name="Multiplier">The value's scale (100 for a percentage, 1,000 for per 1,000); &gt; 0.</param>
/// <param name="Unit">The unit in words, e.g. "per 1,000 patient-years" or "%".</param>
/// <param name="Polarity">Which direction is good.</param>
/// <param name="Markers">This file's own cell markers (e.g. ISD 2014/15's "-" for suppressed), added to the standard ones.</param>
/// <param name="AgeBand">The age-band column (labels as the populations', e.g. "45-49") for DSR and ISR, or null.</param>
/// <param name="Sex">The sex column (Female/Male) for ISR, or null.</param>
/// <param name="JsonPath">Where it is in the definition file (e.g. <c>$.indicators[2]</c>), for messages.</param>
public sealed record IndicatorDefinition(
    string Name,
    string Label,
    string File,
    string? Sheet,
    int? HeaderRow,
    string Practice,
    string? Month,
    CountExpression Numerator,
    DenominatorDefinition Denominator,
    MeasureMethod Method,
    double Multiplier,
    string Unit,
    Polarity Polarity,
    IReadOnlyDictionary<string, MissingReason> Markers,
    string? AgeBand,
    string? Sex,
    string JsonPath)
{
    /// <summary>True for an Excel workbook (.xls, .xlsx).</summary>
    public bool IsExcel => File.EndsWith(".xls", StringComparison.OrdinalIgnoreCase) || File.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase);
}
