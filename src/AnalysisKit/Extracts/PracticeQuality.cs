namespace AnalysisKit.Extracts;

/// <summary>
/// One practice's data quality in an extract, for briefings: how many months it covers, how many cells are missing or
/// suppressed, and how complete its disease-register counts are.
/// </summary>
/// <param name="Practice">The practice code.</param>
/// <param name="Rows">Loaded rows for the practice.</param>
/// <param name="MonthsCovered">Distinct months with a row (0 when the extract has no month column).</param>
/// <param name="MonthsMissing">Months in the extract's span with no row for this practice.</param>
/// <param name="MissingCells">Cells of declared columns missing for any reason (suppressed included).</param>
/// <param name="SuppressedCells">Cells withheld by disclosure control.</param>
/// <param name="RegisterCompleteness">Share of register-count cells holding a value, 0–1; null when no register columns are named.</param>
public sealed record PracticeQuality(
    string Practice, long Rows, int MonthsCovered, int MonthsMissing, long MissingCells, long SuppressedCells, double? RegisterCompleteness);
