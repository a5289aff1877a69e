using System.Globalization;

namespace AnalysisKit.Cli.Suppression;

/// <summary>Every message of <c>akit suppress</c>, in one place (each has a test on its text).</summary>
internal static class SuppressMessages
{
    public static string InputMissing(string path) => $"Input file '{path}' does not exist.";

    public static string UnsupportedFormat(string path, string what) => $"{what} '{path}' must end in .csv or .xlsx.";

    public static string OutIsInput(string outPath, string path) => string.Equals(outPath, path, StringComparison.Ordinal)
        ? $"--out '{outPath}' is the input file; the input is never overwritten. Choose another output path."
        : $"--out '{outPath}' would write '{path}', which is the input file; the input is never overwritten. Choose another output path.";

    public static string Empty(string path) => $"Input file '{path}' is empty: expected a header row naming the columns, then one line per table row.";

    public static string NoDataRows(string path) =>
        $"Input file '{path}' has a header but no data rows: there is nothing to suppress, and an empty release is not written.";

    public static string EmptyHeader(string path, int line, int column) =>
        string.Create(CultureInfo.InvariantCulture, $"Input file '{path}', line {line}, column {column}: the header is empty; name every column.");

    public static string UnclosedQuote(string path, int line, string column) =>
        string.Create(CultureInfo.InvariantCulture, $"Input file '{path}', line {line}, column {column}: a quoted field starts here and is never closed (no matching \" before the end of the file).");

    public static string QuoteInsideField(string path, int line, string column) =>
        string.Create(CultureInfo.InvariantCulture, $"Input file '{path}', line {line}, column {column}: a quote inside a field that does not start with one; quote the whole field (\"…\") and double each quote inside it (\"\").");

    public static string TextAfterQuote(string path, int line, string column) =>
        string.Create(CultureInfo.InvariantCulture, $"Input file '{path}', line {line}, column {column}: text after the closing quote of a quoted field; a quote inside a quoted field is written twice (\"\").");

    public static string NulCharacter(string path, int line, string column) =>
        string.Create(CultureInfo.InvariantCulture, $"Input file '{path}', line {line}, column {column}: a NUL character; the file may be binary or UTF-16. Save it as CSV UTF-8.");

    public static string BlankLine(string path, int line) =>
        string.Create(CultureInfo.InvariantCulture, $"Input file '{path}', line {line}: a blank line between rows; remove it (a row of missing values is written with its commas).");

    public static string NotUtf8(string path, int line) =>
        string.Create(CultureInfo.InvariantCulture, $"Input file '{path}', line {line}: bytes that are not UTF-8 text; save the file as CSV UTF-8.");

    public static string ValueWithoutHeader(string path, int line, int column) =>
        string.Create(CultureInfo.InvariantCulture, $"Input file '{path}', line {line}, column {column}: a value in a column with no header; name the column or remove the value (nothing is dropped silently).");

    public static string Utf16(string path) => $"Input file '{path}' is UTF-16 text; save it as CSV UTF-8.";

    public static string NotAWorkbook(string path, string problem) =>
        $"Input file '{path}' cannot be read as an Excel workbook ({problem}); save it again from Excel as .xlsx, or as CSV UTF-8.";

    public static string ExcelErrorCell(string path, string cell, string error) =>
        $"Input file '{path}', cell {cell}: the cell holds the Excel error {error}, not a value; fix the formula or enter the value.";

    public static string TotalTooLarge(string path, int line, string column, string value, long limit) =>
        string.Create(CultureInfo.InvariantCulture, $"Input file '{path}', line {line}, column '{column}': with '{value}' the table's counts add up to more than {limit:N0}, ") +
        "the largest total whose sums and suppression intervals are exact; check the value, or split the table.";

    public static string OutIsLinkToInput(string outPath, string path, string input, bool symbolic) =>
        (string.Equals(outPath, path, StringComparison.Ordinal) ? $"--out '{outPath}' is " : $"--out '{outPath}' would write '{path}', which is ") +
        (symbolic ? $"a symbolic link to the input file '{input}'" : $"the input file '{input}' under another name (a hard link, or a folder reached through a link)") +
        "; the input is never overwritten. Choose another output path.";

    public static string Arithmetic(string path, string problem) =>
        $"Input file '{path}': the counts are too large to add up ({problem}); check the values, or split the table.";

    public const string FormulaNote =
        "Labels that begin with =, +, - or @ (or a tab) are written with a leading ' so that spreadsheet programs show them as text and do not run them as formulas.";

    public static string DuplicateHeader(string path, string column) => $"Input file '{path}': column '{column}' appears twice in the header.";

    public static string UnknownColumn(string path, string option, string column, IEnumerable<string> header) =>
        $"Input file '{path}': {option} names column '{column}', which is not in the header ({string.Join(", ", header)}).";

    public static string UnnamedColumn(string path, string column) =>
        $"Input file '{path}': column '{column}' is not named in --hierarchy, --counts or --measure; name it, or remove it from the input (nothing is dropped silently).";

    public static string NotACount(string path, int line, string column, string value) =>
        $"Input file '{path}', line {line}, column '{column}': '{value}' is not a count; expected a whole number ≥ 0, or empty or NA for missing.";

    public static string RaggedRow(string path, int line, int fields, int expected) =>
        $"Input file '{path}', line {line}: {fields} fields, but the header has {expected}.";

    public static string BadMeasure(string value) =>
        $"--measure '{value}' is not understood; write column=countColumn:kind with kind % (percentage), cr (crude rate) or sr (standardised rate), e.g. rate=deaths:cr.";

    public static string Summary(int primary, int secondary, int measures, string policy) =>
        $"Suppressed {primary} cells by primary and {secondary} by secondary suppression ({measures} measures blanked) with policy '{policy}'.";

    public static string ForRelease(IEnumerable<string> paths) =>
        $"For release (suppressed table and footnote): {string.Join(", ", paths)}";

    public static string NotForRelease(IEnumerable<string> paths) =>
        $"NOT for release (audit and review hold the hidden values; keep them with the analyst): {string.Join(", ", paths)}";

    public static string Failed(string message) => $"akit suppress: {message}";

    public static string Warning(string message) => $"warning: {message}";
}
