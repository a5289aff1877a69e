using System.Globalization;

namespace AnalysisKit.Definitions;

/// <summary>
/// Every error text of the definition files, in one place so each can be tested. Each names the definition file, the
/// JSON path, the value found and what is allowed.
/// </summary>
public static class DefinitionMessages
{
    /// <summary>The allowed methods, as written in a definition file.</summary>
    public const string Methods = "crude-rate, proportion-wilson, dsr-esp2013, isr";

    /// <summary>The allowed polarities.</summary>
    public const string Polarities = "higher-is-better, lower-is-better, neither";

    /// <summary>The forms a denominator may take.</summary>
    public const string DenominatorForms =
        "a population column of the same file (\"pop\"), { \"patientYears\": \"<list-size column>\" }, { \"population\": \"list-size\" | \"patient-years\" | \"age-sex\" }, { \"population\": \"star-pu\", \"weights\": … } (measures) or { \"sum\": …, \"where\": … }";

    /// <summary>The forms a numerator may take.</summary>
    public const string NumeratorForms = "a column name or { \"sum\": \"<column>\" | [\"<column>\", …], \"where\": { \"<column>\": { \"prefix\": […], \"in\": […], \"like\": […], \"exclude\": […] } } }";

    /// <summary>The definition file does not exist.</summary>
    public static string FileNotFound(string file) => $"The briefing definition file '{file}' does not exist.";

    /// <summary>The file is not valid JSON.</summary>
    public static string NotJson(string file, long line, long position, string detail) =>
        string.Create(CultureInfo.InvariantCulture, $"{file}: line {line}, position {position}: not valid JSON ({detail}); comments (// and /* */) and trailing commas are allowed.");

    /// <summary>A property the definition format does not have (a typo would otherwise be ignored).</summary>
    public static string UnknownProperty(string file, string path, string name, IEnumerable<string> allowed) =>
        $"{file}: {path}: unknown property '{name}'; expected one of {string.Join(", ", allowed)}.";

    /// <summary>A required value is absent.</summary>
    public static string Missing(string file, string path, string expected) =>
        $"{file}: {path}: missing; expected {expected}.";

    /// <summary>A value of the wrong kind or outside what is allowed.</summary>
    public static string BadValue(string file, string path, string value, string expected) =>
        $"{file}: {path}: {value} is not allowed; expected {expected}.";

    /// <summary>A column that is not in the indicator's file.</summary>
    public static string UnknownColumn(string file, string path, string column, string dataFile, IEnumerable<string> columns) =>
        $"{file}: {path}: no column \"{column}\" in {Path.GetFileName(dataFile)}; the file's columns are: {string.Join(", ", columns)}.";

    /// <summary>A data file that does not exist.</summary>
    public static string DataFileNotFound(string file, string path, string value, string resolved) =>
        $"{file}: {path}: no file \"{value}\" (looked for {resolved}); paths are relative to the definition file's folder.";

    /// <summary>Two indicators with the same name (ignoring case) or the same label.</summary>
    public static string DuplicateIndicator(string file, string path, string what, string value, string firstPath) =>
        $"{file}: {path}: {what} \"{value}\" is already used by {firstPath}; expected each indicator's name and label to be unique (names ignoring case).";

    /// <summary>The headline is not one of the indicators.</summary>
    public static string UnknownHeadline(string file, string path, string value, IEnumerable<string> names) =>
        $"{file}: {path}: \"{value}\" is not an indicator; expected one of {string.Join(", ", names)}.";

    /// <summary>A level the geography does not have.</summary>
    public static string LevelNotInGeography(string file, string path, string value, string format, IEnumerable<string> levels) =>
        $"{file}: {path}: level \"{value}\" is not in a {format} geography; expected one of {string.Join(", ", levels)}.";

    /// <summary>A period whose first month is after its last.</summary>
    public static string PeriodBackwards(string file, string path, string from, string to) =>
        $"{file}: {path}: from \"{from}\" is after to \"{to}\"; expected the first month not after the last.";

    /// <summary>A method that needs something the indicator does not give.</summary>
    public static string MethodNeeds(string file, string path, string method, string needs) =>
        $"{file}: {path}: method \"{method}\" needs {needs}.";

    /// <summary>A monthly period given to an indicator without a month column, or the reverse.</summary>
    public static string MonthsNeedMonthColumn(string file, string path) =>
        $"{file}: {path}: patient-years need months; expected a \"month\" column on the indicator and \"from\"/\"to\" in $.period.";

    /// <summary>A practice-month with events but a zero denominator: its rate is undefined.</summary>
    public static string ZeroDenominator(string dataFile, long row, string column, string practice, long numerator) =>
        string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(dataFile)}: row {row}, column {column}: practice {practice} has a denominator of 0 beside a numerator of {numerator}; expected a denominator > 0 wherever there are events.");

    /// <summary>A numerator above its denominator for a proportion.</summary>
    public static string NumeratorAboveDenominator(string dataFile, long row, string column, string practice, long numerator, double denominator) =>
        string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(dataFile)}: row {row}, column {column}: practice {practice} has a numerator of {numerator} above its denominator {denominator}; expected a proportion (numerator ≤ denominator).");

    /// <summary>Rows of one practice-month that disagree on a population column read once per practice.</summary>
    public static string PopulationDiffers(string dataFile, long row, string column, string practice, double value, long firstRow, double first) =>
        string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(dataFile)}: row {row}, column {column}: practice {practice} has population {value} but row {firstRow} gave {first} for the same period; expected one population per practice and period.");

    /// <summary>A band label that the populations do not have.</summary>
    public static string UnknownBand(string dataFile, long row, string column, string value, IEnumerable<string> bands) =>
        $"{Path.GetFileName(dataFile)}: row {row}, column {column}: \"{value}\" is not an age band of the practice populations; expected one of {string.Join(", ", bands)}.";

    /// <summary>A sex value other than Female or Male.</summary>
    public static string UnknownSex(string dataFile, long row, string column, string value) =>
        $"{Path.GetFileName(dataFile)}: row {row}, column {column}: \"{value}\" is not a sex; expected Female or Male.";

    /// <summary>DSR needs populations in the ESP2013 bands.</summary>
    public static string DsrNeedsEsp2013(string indicator, string bands) =>
        $"Indicator {indicator}: dsr-esp2013 needs practice populations in the 19 ESP2013 age bands (0-4 … 90+); the populations are in {bands}.";

    /// <summary>A practice-month in two of an indicator's files: adding both would count it twice.</summary>
    public static string InTwoFiles(string dataFile, long row, string column, string practice, DateOnly? month, string otherFile) =>
        string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(dataFile)}: row {row}, column {column}: practice {practice}{(month is { } m ? $" in {m:yyyy-MM}" : "")} is also in {Path.GetFileName(otherFile)}; expected each practice and month in one of the indicator's files only.");

    /// <summary>None of the practice column's alternatives is in a file.</summary>
    public static string NoPracticeColumn(string file, string path, string dataFile, IEnumerable<string> alternatives, IEnumerable<string> columns) =>
        $"{file}: {path}: none of the practice columns {string.Join(", ", alternatives.Select(a => $"\"{a}\""))} is in {Path.GetFileName(dataFile)}; the file's columns are: {string.Join(", ", columns)}.";

    /// <summary>The method <c>ratio</c> given to a briefing indicator, which needs an interval for its comparisons.</summary>
    public static string RatioNotAnIndicator(string file, string path) =>
        $"{file}: {path}: method \"ratio\" has no interval, so a briefing indicator cannot be compared with it; expected one of {Methods} here, or put the measure in the prescribing measures ($.prescribing).";

    /// <summary>A STAR-PU denominator given to a briefing indicator.</summary>
    public static string StarPuNotAnIndicator(string file, string path) =>
        $"{file}: {path}: STAR-PU denominators are for prescribing measures ($.prescribing); expected a briefing indicator's denominator: {DenominatorForms}.";

    /// <summary>A measure name that is not in the measure file.</summary>
    public static string UnknownMeasure(string file, string name, IEnumerable<string> names) =>
        $"{file}: no measure \"{name}\"; expected one of {string.Join(", ", names)}.";

    /// <summary>The measure file does not exist.</summary>
    public static string MeasureFileNotFound(string file) => $"The measure file '{file}' does not exist.";

    /// <summary>A measure that is not monthly.</summary>
    public static string MeasureNeedsMonth(string file, string path) =>
        $"{file}: {path}: missing; expected the month column of the extract (yyyyMM, yyyy-MM or yyyy-MM-dd): measures are computed month by month, as OpenPrescribing's are.";

    /// <summary>A measure with a method other than ratio, crude-rate or proportion-wilson.</summary>
    public static string MeasureMethod(string file, string path, string method) =>
        $"{file}: {path}: \"{method}\" is not a measure's method; expected ratio (OpenPrescribing's numerator / denominator × multiplier), crude-rate or proportion-wilson.";

    /// <summary>An amount (cost, quantity) without the items column behind it.</summary>
    public static string AmountNeedsCount(string file, string path) =>
        $"{file}: {path}: missing; expected the column counting the same rows' items (e.g. \"count\": \"NumberOfPaidItems\"), which disclosure control protects: a cost or quantity over a few items describes those few prescriptions.";

    /// <summary>Savings asked of a measure they do not fit.</summary>
    public static string SavingsNeed(string file, string path, string method, string needs) =>
        $"{file}: {path}: savings \"{method}\" need {needs}.";
}
