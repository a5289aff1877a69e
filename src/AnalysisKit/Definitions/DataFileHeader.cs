using AnalysisKit.Extracts;
using Sylvan.Data.Csv;

namespace AnalysisKit.Definitions;

/// <summary>The column names of an indicator's data file, read without loading it, so a definition can be checked against them.</summary>
internal static class DataFileHeader
{
    /// <summary>The CSV delimiter by extension: tab for .tsv and .tab, else comma.</summary>
    public static char Delimiter(string path) =>
        path.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".tab", StringComparison.OrdinalIgnoreCase) ? '\t' : ',';

    /// <summary>The header of a CSV file, or of the table on an Excel sheet that has <paramref name="practiceColumn"/>.</summary>
    /// <exception cref="ExtractLoadException">Not readable, the sheet missing, or (Excel) no header row names the practice column.</exception>
    public static IReadOnlyList<string> Read(string path, string? sheet, int? headerRow, string practiceColumn)
    {
        if (path.EndsWith(".xls", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            var schema = new ExtractSchema("header", [ExtractColumn.Text(practiceColumn)]);
            var extract = ExcelExtractReader.Load(path, Sheet(sheet, headerRow), schema, new ExtractLoadOptions { QuarantineBadRows = true });
            return [practiceColumn, .. extract.IgnoredColumns];
        }

        using var reader = CsvDataReader.Create(path, new CsvDataReaderOptions { HasHeaders = true, Delimiter = Delimiter(path) });
        return Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetName(i).Trim().TrimStart('\uFEFF')).ToList();
    }

    /// <summary>The sheet by name (or the first) with its header row if given.</summary>
    public static ExcelSheet Sheet(string? sheet, int? headerRow)
    {
        var chosen = sheet is null ? ExcelSheet.At(0) : ExcelSheet.Named(sheet);
        return headerRow is null ? chosen : chosen with { HeaderRow = headerRow };
    }
}
