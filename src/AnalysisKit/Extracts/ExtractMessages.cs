using System.Globalization;

namespace AnalysisKit.Extracts;

/// <summary>
/// Every message the extract loaders write, in one place so their wording stays consistent and each is tested. Each
/// names the file, row and column where it can, the value found, and what was expected.
/// </summary>
public static class ExtractMessages
{
    /// <summary>What a row problem says: file, row, column, value found, what was expected.</summary>
    public static string Problem(ExtractProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var where = problem.Row > 0 ? $"{problem.File}, row {Number(problem.Row)}" : problem.File;
        var column = problem.Column.Length > 0 ? $", column '{problem.Column}'" : string.Empty;
        return $"{where}{column}: found '{Shorten(problem.Value)}'; expected {problem.Expected} ({problem.Kind}).";
    }

    /// <summary>Rows with errors stopped the load.</summary>
    public static string RowErrors(string source, long errorRows, int listed, ExtractProblem first)
    {
        ArgumentNullException.ThrowIfNull(first);
        return $"{source}: {Number(errorRows)} row(s) have errors, so the extract was not loaded (first: {first.Message}). " +
               $"{Number(listed)} problem(s) are listed on the exception. Fix the file, or load with QuarantineBadRows = true " +
               "to set those rows aside with their reasons.";
    }

    /// <summary>The file has no header row.</summary>
    public static string NoHeader(string source) =>
        $"{source} is empty or has no header row; expected a first row naming the columns.";

    /// <summary>The file does not exist.</summary>
    public static string FileNotFound(string path) => $"The extract file '{path}' does not exist.";

    /// <summary>A file that is in neither of PHS's prescribing schemas.</summary>
    public static string NotPhsPrescribing(string source, IEnumerable<string> header) =>
        $"{source} is not a PHS prescribing file: its header has neither GPPractice (Prescriptions in the Community) nor PrescriberLocation (prescribed and dispensed); the header has {string.Join(", ", header.Select(h => $"'{Shorten(h)}'"))}.";

    /// <summary>Declared columns are absent from the header.</summary>
    public static string MissingColumns(string source, string schema, IEnumerable<string> missing, IEnumerable<string> header, char delimiter)
    {
        var found = header.ToList();
        var hint = found.Count == 1 && found[0].IndexOfAny([',', ';', '\t', '|']) >= 0
            ? $" The header is one field containing another separator: is the delimiter not '{Escape(delimiter)}'?"
            : string.Empty;
        return $"{source} lacks column(s) {string.Join(", ", missing.Select(m => $"'{m}'"))} that the '{schema}' schema requires; " +
               $"the header has {string.Join(", ", found.Select(h => $"'{Shorten(h)}'"))}.{hint}";
    }

    /// <summary>Two header cells have the same name.</summary>
    public static string DuplicateHeader(string source, string name, int first, int second) =>
        $"{source}: column '{name}' appears twice in the header (columns {first + 1} and {second + 1}); expected each declared column once.";

    /// <summary>A schema with no columns.</summary>
    public static string SchemaHasNoColumns(string schema) => $"Schema '{schema}' declares no columns; expected at least one.";

    /// <summary>A schema that declares a column twice.</summary>
    public static string SchemaDuplicateColumn(string schema, string column) =>
        $"Schema '{schema}' declares column '{column}' twice; expected each name once (names are compared ignoring case).";

    /// <summary>A rule or key names a column the schema lacks.</summary>
    public static string SchemaUnknownColumn(string schema, string column, string role, IEnumerable<string> columns) =>
        $"The {role} column '{column}' is not declared in schema '{schema}' (declared: {string.Join(", ", columns)}).";

    /// <summary>Practice checks without a practice column.</summary>
    public static string RulesNeedPractice(string schema) =>
        $"Known-practice checks need schema '{schema}' to name its practice column (ExtractSchema.Practice).";

    /// <summary>A column that is not in the loaded frame.</summary>
    public static string UnknownColumn(string source, string column, IEnumerable<string> columns) =>
        $"{source} has no loaded column '{column}' (loaded: {string.Join(", ", columns)}).";

    /// <summary>A row index outside the frame.</summary>
    public static string RowOutOfRange(long row, long count) =>
        $"row must be in 0..{Number(count - 1)}, the rows of the loaded data; got {Number(row)}.";

    /// <summary>Bytes that are not valid in the declared encoding.</summary>
    public static string InvalidEncoding(string source, string encoding, string detail) =>
        $"{source} is not valid {encoding} ({detail}). Save it as UTF-8, or load it with Encoding = ExtractLoadOptions.Windows1252 " +
        "if Excel wrote it on Windows.";

    /// <summary>A record larger than the parser's limit (often an unterminated quote).</summary>
    public static string RecordTooLarge(string source, long row, int maxFieldLength) =>
        $"{source}, row {Number(row)}: a record is longer than {Number(maxFieldLength)} characters; expected shorter fields. " +
        "An unterminated quote (\") makes the rest of the file one field.";

    /// <summary>A malformed CSV record reported by the parser.</summary>
    public static string MalformedCsv(string source, long row, string detail) =>
        $"{source}, row {Number(row)}: the CSV is malformed ({detail}); expected RFC 4180 quoting.";

    /// <summary>A workbook that cannot be opened.</summary>
    public static string NotAWorkbook(string source, string detail) =>
        $"{source} could not be read as an Excel workbook (.xlsx or .xls): {detail}.";

    /// <summary>A sheet name that is not in the workbook.</summary>
    public static string SheetNotFound(string source, string sheet, IEnumerable<string> sheets) =>
        $"{source} has no sheet '{sheet}'; its sheets are {string.Join(", ", sheets.Select(s => $"'{s}'"))}.";

    /// <summary>A sheet index outside the workbook.</summary>
    public static string SheetIndexOutOfRange(string source, int index, int count) =>
        $"{source}: sheet index {Number(index)} is out of range; expected 0..{Number(count - 1)} (0 is the first sheet).";

    /// <summary>No header row with the declared columns in the rows searched.</summary>
    public static string HeaderNotFound(string source, int rowsSearched, IEnumerable<string> missing, int bestRow) =>
        $"{source}: no row among the first {Number(rowsSearched)} names all declared columns; the closest is row {Number(bestRow)}, " +
        $"which lacks {string.Join(", ", missing.Select(m => $"'{m}'"))}. Merged header cells keep their text only in the first " +
        "cell: give HeaderRow and name the columns as the first cell reads, or unmerge them.";

    /// <summary>LoadSheets without sheets.</summary>
    public static string NoSheetsGiven => "sheets must name at least one sheet (ExcelSheet.Named or ExcelSheet.At).";

    /// <summary>A sheet whose table header differs from the first sheet's.</summary>
    public static string SheetHeaderDiffers(string source, string firstSource, IEnumerable<string> header, IEnumerable<string> firstHeader) =>
        $"{source}: the table's header ({string.Join(", ", header.Select(h => $"'{Shorten(h)}'"))}) differs from {firstSource}'s " +
        $"({string.Join(", ", firstHeader.Select(h => $"'{Shorten(h)}'"))}); expected the same columns on every sheet.";

    /// <summary>A given header row outside the sheet.</summary>
    public static string HeaderRowOutOfRange(string source, int row, int rows) =>
        $"{source}: header row {Number(row)} is outside the sheet, which has {Number(rows)} row(s); expected 1..{Number(rows)}.";

    /// <summary>Rows below the table's first blank row, not read.</summary>
    public static string RowsBelowTable(int firstRow, int lastRow) =>
        $"rows {Number(firstRow)}–{Number(lastRow)} lie below the table's first blank row and were not read (footnotes?)";

    /// <summary>DuckDB rejected a query.</summary>
    public static string DuckDbFailed(string detail) => $"DuckDB could not run the extract query: {detail}";

    /// <summary>SumBy without grouping columns.</summary>
    public static string SumByNeedsGroups => "groupBy must name at least one column (e.g. practice, month).";

    /// <summary>A query result column of a type the DataFrame cannot hold.</summary>
    public static string UnsupportedResultType(string column, string type) =>
        $"Query result column '{column}' has type {type}, which has no DataFrame column; cast it in the query (e.g. to VARCHAR or DOUBLE).";

    /// <summary>A time series needs the practice and month columns.</summary>
    public static string TimeSeriesNeedsPracticeAndMonth(string schema) =>
        $"A time series needs schema '{schema}' to name its Practice column and a Month Period column.";

    /// <summary>A value column for a time series that is not a count or number.</summary>
    public static string TimeSeriesNeedsNumber(string column) =>
        $"'{column}' is not a Count or Number column; a time series needs numbers.";

    /// <summary>Two rows for the same practice and month.</summary>
    public static string TimeSeriesDuplicate(string practice, string month) =>
        $"practice {practice} has two rows for {month}; declare Key = [practice, month] so duplicates are reported on load.";

    /// <summary>Expected: as many fields as the header.</summary>
    public static string ExpectedFieldCount(int width) => $"{Number(width)} fields, as in the header";

    /// <summary>Expected: an empty value where a qualifier flags it missing.</summary>
    public static string ExpectedEmptyWhenFlagged(string qualifierColumn, MissingReason reason) =>
        $"an empty cell because {qualifierColumn} flags it {reason}";

    /// <summary>Expected: a PHS qualifier flag.</summary>
    public const string ExpectedQualifier = "a PHS qualifier flag: empty, c (confidential), : (not available), z (not applicable), d (derived), p (provisional), r (revised) or e (estimated)";

    /// <summary>Expected: a value in a required column.</summary>
    public static string ExpectedRequired(ExtractColumn column)
    {
        ArgumentNullException.ThrowIfNull(column);
        return $"a {TypeWords(column.Type)} (the column is required; a marker such as * or : says why a value is missing)";
    }

    /// <summary>Sums over a file take one to three grouping columns.</summary>
    public static string StreamGroupCount(int count) =>
        $"groupBy names {count} column(s); sums over a file take 1 to 3 (e.g. practice, month), or load the extract and use ExtractSums.SumBy on it.";

    /// <summary>A grouping column with more distinct values than sums over a file can number.</summary>
    public static string StreamTooManyKeys(string column, int limit) =>
        $"Column '{column}' has more than {Number(limit)} distinct values to group by; expected fewer (group by practice or month, not by row).";

    /// <summary>Sums over a file cannot run checks that need every row.</summary>
    public static string StreamNeedsEveryRow(string what) =>
        $"Sums over a file keep no rows, so they cannot {what}; load the extract (CsvExtractReader.Load) and use ExtractSums.SumBy on it.";

    /// <summary>No partition files were given.</summary>
    public static string NoPartitions => "paths must name at least one partition file (e.g. the twelve monthly files of a year).";

    /// <summary>Partitions of different kinds.</summary>
    public static string PartitionsMixKinds(string parquet, string other) =>
        $"The partitions mix Parquet and other files ('{parquet}', '{other}'); expected all .parquet or all CSV, so one reader reads them all.";

    /// <summary>A date format given for a column that is not a date or month.</summary>
    public static string FormatNeedsDate(string schema, string column, ExtractColumnType type) =>
        $"Schema '{schema}' gives column '{column}' (a {type} column) a date format; only Date and Month columns take one.";

    /// <summary>A date format that .NET cannot read dates with.</summary>
    public static string FormatNotADateFormat(string schema, string column, string format) =>
        $"Schema '{schema}' gives column '{column}' the format '{format}', which is not a date format (e.g. dd/MM/yyyy, yyyy-MM-dd, yyyyMM).";

    /// <summary>Expected: a shorter field.</summary>
    public static string ExpectedShorterField(int max) => $"at most {Number(max)} characters";

    /// <summary>Expected: a value of the declared type, with a hint when the text shows a common mistake.</summary>
    public static string ExpectedValue(ExtractColumn column, ReadOnlySpan<char> text)
    {
        ArgumentNullException.ThrowIfNull(column);
        var words = column.Format is { } format && column.Type is ExtractColumnType.Date or ExtractColumnType.Month
            ? $"a {(column.Type == ExtractColumnType.Date ? "date" : "month")} as {format}{(column.Type == ExtractColumnType.Month && format.Contains('d', StringComparison.Ordinal) ? " on the first of the month" : string.Empty)}"
            : TypeWords(column.Type);
        if (column.Type is ExtractColumnType.Count or ExtractColumnType.Number && text.Contains(','))
        {
            return $"{words} without thousands separators";
        }

        if (column.Type == ExtractColumnType.Count && text.Contains('.'))
        {
            return $"{words} (counts are never fractional)";
        }

        return words;
    }

    /// <summary>Expected: a count of zero or more.</summary>
    public static string ExpectedNonNegative(ExtractColumn column)
    {
        ArgumentNullException.ThrowIfNull(column);
        return $"a count ≥ 0 of {(column.Units.Length > 0 ? column.Units : "events")}";
    }

    /// <summary>Expected: a numerator no larger than its denominator.</summary>
    public static string ExpectedAtMost(string denominator, string value) => $"at most {denominator} = {value}";

    /// <summary>Expected: a positive list size.</summary>
    public static string ExpectedPositiveListSize => "a list size > 0 (a rate per patient is undefined for an empty list)";

    /// <summary>Expected: a practice code the hierarchy knows.</summary>
    public static string ExpectedKnownPractice(DateOnly? effective) => effective is { } date
        ? $"a practice code in the geography lookup effective {date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"
        : "a practice code in the known set";

    /// <summary>Expected: each key once.</summary>
    public static string ExpectedUniqueKey => "each key once (an earlier row has the same key)";

    /// <summary>Expected: a row for every month in the extract's span.</summary>
    public static string ExpectedMonthRow(string first, string last) => $"a row for every month {first} to {last}";

    /// <summary>Expected: no implausible change from the previous month.</summary>
    public static string ExpectedNoJump(string practice, string previous, double factor) =>
        $"practice {practice} to change by less than {factor.ToString("0.##", CultureInfo.InvariantCulture)}× from the previous month's {previous}";

    private static string TypeWords(ExtractColumnType type) => type switch
    {
        ExtractColumnType.Count => "a whole number (count)",
        ExtractColumnType.Number => "a number with '.' as the decimal point",
        ExtractColumnType.Date => "a date as yyyy-MM-dd or yyyyMMdd",
        ExtractColumnType.Month => "a month as yyyy-MM or yyyyMM",
        ExtractColumnType.Code => "a code",
        _ => "text",
    };

    private static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Escape(char c) => c == '\t' ? "\\t" : c.ToString();

    private static string Shorten(string value) => value.Length <= 80 ? value : string.Concat(value.AsSpan(0, 77), "...");

    /// <summary>An operation needs a schema column role (e.g. Practice or Period) that the schema does not name.</summary>
    public static string SchemaLacks(string schema, string role) =>
        $"The extract schema '{schema}' does not name its {role} column; set ExtractSchema.{role} to use it here.";

    /// <summary>A period whose last month is before its first.</summary>
    public static string PeriodEndsBeforeItStarts(DateOnly from, DateOnly to) =>
        $"The period ends ({to.ToString("yyyy-MM", CultureInfo.InvariantCulture)}) before it starts " +
        $"({from.ToString("yyyy-MM", CultureInfo.InvariantCulture)}); give the first month, then the last.";

    /// <summary>A prefix filter with no prefix, or an empty one.</summary>
    public static string NoPrefix(string column) =>
        $"Filtering '{column}' by prefix needs at least one non-empty prefix (e.g. \"0501\" for BNF antibacterials).";

    /// <summary>A DataFrame helper named a column the frame does not have.</summary>
    public static string NoSuchFrameColumn(string column, IEnumerable<string> columns) =>
        $"The frame has no column '{column}'; its columns are: {string.Join(", ", columns)}.";

    /// <summary>A sum by a key column with a missing value.</summary>
    public static string MissingKey(string column, long row) =>
        string.Create(CultureInfo.InvariantCulture, $"Row {row} of the frame has no value in key column '{column}'; a missing key cannot be grouped (fill it or filter the row out first).");

    /// <summary>A sum over a column that is not numeric.</summary>
    public static string NotNumericColumn(string column, string type) =>
        $"Column '{column}' holds {type}, not numbers, so it cannot be summed; declare it as a Count or Number in the schema.";

    /// <summary>A pivot by month over a value that is not a date.</summary>
    public static string NotAMonth(string column, string value) =>
        $"Column '{column}' has '{value}', which is not a date; a pivot by month needs a Date or Month column.";

    /// <summary>A sum by area at a level that is not an area (practice, Scotland).</summary>
    public static string NotAnAreaLevel(string level) =>
        $"Summing by area needs Cluster, Hscp or Board; got {level}.";
}
