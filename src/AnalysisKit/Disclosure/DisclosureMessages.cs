using System.Globalization;

namespace AnalysisKit.Disclosure;

/// <summary>Every message of the disclosure-control area, in one place (each has a test on its text).</summary>
public static class DisclosureMessages
{
    /// <summary>The standard PHS wording put on outputs that have had disclosure control applied.</summary>
    public const string StandardFootnote =
        "Statistical disclosure control has been applied to protect patient confidentiality. Therefore, the figures " +
        "presented here may not be additive and may differ from previous publications.";

    /// <summary>The footnote for a policy: PHS wording, what the marker means, and what 0 and blank mean.</summary>
    /// <param name="marker">The policy's marker.</param>
    /// <param name="qualifierColumns">Whether the marker is written in QF companion columns.</param>
    /// <param name="rounds">Whether the policy rounds, so that a small count may round to zero (shown as ~, not 0).</param>
    public static string Footnote(string marker, bool qualifierColumns, bool rounds = false) =>
        StandardFootnote + "\n" +
        (qualifierColumns
            ? "c in a QF column indicates value has been suppressed according to PHS Statistical Disclosure Control Protocol; ~ indicates a value that rounds to zero but is not zero."
            : $"{marker} indicates value has been suppressed according to PHS Statistical Disclosure Control Protocol." +
              (rounds ? " ~ indicates a count that rounds to zero but is not zero." : string.Empty)) + "\n" +
        (qualifierColumns && rounds ? "0 with no ~ in its QF column is a true zero." : "0 is a true zero.") +
        " A blank cell means no data (missing); it is neither a zero nor a suppressed value.";

    /// <summary>How the audit shows a hidden cell that was missing (a blank hidden to protect a total over blanks).</summary>
    public const string MissingValue = "(missing)";

    internal const string PolicyNameEmpty = "The suppression policy's name is empty; give it a short name (e.g. \"phs-practice-under-5\").";

    internal const string TableNameEmpty = "The table's name is empty; give it a name (e.g. the input file name) so messages can say where.";

    internal static string ThresholdOutOfRange(int threshold) => Invariant($"Suppression threshold {threshold} is out of range; it must be ≥ 1 (e.g. 5 for \"< 5\", 10 for \"< 10\").");

    internal static string MarkerNotAllowed(string? marker) => $"Suppression marker '{marker}' is not allowed; use '*' or 'c' (open data must use 'c').";

    internal static string RoundingBaseOutOfRange(int roundingBase) => Invariant($"Rounding base {roundingBase} is out of range; it must be ≥ 1 (1 means no rounding).");

    internal static string ReviewBelowOutOfRange(int reviewBelow) => Invariant($"Review threshold {reviewBelow} is out of range; it must be ≥ 1 (LIST reviews every count under 10).");

    internal static string PolicyEnumUndefined(string name) => $"Suppression policy '{name}' has an undefined comparison, rounding rule or secondary method.";

    internal static string NegativeCountToRound(long count) => Invariant($"Cannot round count {count}: counts must be ≥ 0.");

    internal static string TotalLabelEmpty(string table) => $"Table '{table}': the total label is empty; give the key value that marks total rows (e.g. \"Total\").";

    internal static string NoHierarchyColumns(string table) => $"Table '{table}': no hierarchy (key) columns; name at least one, e.g. the practice or row-label column.";

    internal static string NoCountColumns(string table) => $"Table '{table}': no count columns to control.";

    internal static string DuplicateColumn(string table, string column) => $"Table '{table}': column '{column}' is named twice (as a key, count or measure column).";

    internal static string TotalColumnNotACount(string table, string column) => $"Table '{table}': total column '{column}' is not one of the count columns.";

    internal static string FollowerCountMissing(string table, string follower, string count) =>
        $"Table '{table}': measure column '{follower}' follows count column '{count}', which is not one of the count columns.";

    internal static string CellPlace(string table, int row, string rowLabel, string column) =>
        Invariant($"table '{table}', data row {row + 1} ('{rowLabel}'), column '{column}'");

    internal static string PlaceWithoutLabel(string table, int row, string column) =>
        Invariant($"table '{table}', data row {row + 1}, column '{column}'");

    internal static string PracticeCountsShape(string table, string practice, int counts, int columns) =>
        Invariant($"Table '{table}': practice '{practice}' has {counts} counts but there are {columns} count columns.");

    internal static string PracticeNotInLookup(string table, string practice, DateOnly effectiveDate) =>
        Invariant($"Table '{table}': practice '{practice}' is not in the geography lookup effective {effectiveDate:yyyy-MM-dd}; check the code or use a lookup for the right date.");

    internal static string RowShape(string table, int row, int keys, int counts, int measures, int expectedKeys, int expectedCounts, int expectedMeasures) =>
        Invariant($"Table '{table}', data row {row + 1}: has {keys} keys, {counts} counts and {measures} measures; expected {expectedKeys}, {expectedCounts} and {expectedMeasures}.");

    internal static string KeyBelowTotal(string table, int row, string column, string value, string totalColumn, string totalLabel) =>
        Invariant($"Table '{table}', data row {row + 1}: column '{column}' is '{value}' below a total ('{totalLabel}' in '{totalColumn}'); every key below a total must also be '{totalLabel}'.");

    internal static string NegativeCount(string table, int row, string rowLabel, string column, long value) =>
        Invariant($"Table '{table}', data row {row + 1} ('{rowLabel}'), column '{column}': count {value} is negative; counts must be ≥ 0 (leave the cell empty if it is missing).");

    internal static string DuplicateRow(string table, int first, int second, string rowLabel) =>
        Invariant($"Table '{table}': data rows {first + 1} and {second + 1} have the same keys ('{rowLabel}'); each row must be unique.");

    internal static string RowConstraint(string rowLabel, string totalColumn) => $"row '{rowLabel}' adds up to its '{totalColumn}' column";

    internal static string HierarchyConstraint(string column, string totalRowLabel, string childLevel) =>
        $"the {childLevel} rows under '{totalRowLabel}' add up to it in column '{column}'";

    internal static string NotAdditive(string where, string relation, long total, long sum) =>
        Invariant($"The totals do not add up at {where}: {relation}, but the total is {total} and the parts sum to {sum} (missing parts read as 0). Fix the input or do not name it as a total.");

    internal static string AttackInfeasible(string table) => $"Table '{table}': the published relations have no non-negative solution; this is a bug, please report it.";

    internal static string CannotProtect(string where) => $"No further cell can be suppressed to protect {where}; this is a bug, please report it.";

    internal static string NarrowInterval(string where, double lower, double upper, long width) =>
        Invariant($"protects {where}, which could be narrowed to [{lower}, {upper}], narrower than {width}");

    internal static string PhsRowRule(string rowLabel) => $"sdcshinyapp row rule: row '{rowLabel}' had exactly one suppressed cell";

    internal static string MeasureFollows(string countColumn, MeasureKind kind) => $"{kind} blanked with its count '{countColumn}'";

    internal static string RowOutOfRange(string table, int row, int rows) => Invariant($"Table '{table}': row {row} is out of range 0–{rows - 1}.");

    internal static string ColumnOutOfRange(string table, int column, int columns) => Invariant($"Table '{table}': count column {column} is out of range 0–{columns - 1}.");

    internal static string UnknownColumn(string table, string column) => $"Table '{table}': '{column}' is not a count column.";

    internal static string SecondaryNotComplete(string table, SecondaryMethod method, int relations) =>
        Invariant($"Table '{table}' publishes {relations} additive relations (totals) but secondary suppression is {method}: suppressed cells may be recoverable by subtraction. Use Complete for any output that leaves the analyst's machine.");

    internal static string RoundedNotAdditive(int roundingBase, RoundingRule rule) =>
        Invariant($"Counts are rounded to base {roundingBase} ({rule}); published totals may not equal the sum of published parts.");

    internal static string UnsafeCount(string where, long count, string rule) =>
        Invariant($"Refused: {where} holds the count {count}, which must not be published ({rule}). Suppress the table with Suppressor.Apply, or opt out explicitly with DisclosureControl.InternalUseOnly for work that stays on your machine.");

    internal static string UnsafeCountWithoutValue(string where, string rule) =>
        $"Refused: {where} would show a count that must not be published ({rule}); the count is not repeated here because this message is kept with the output.";

    internal static string ChiLike(string where, int position) =>
        Invariant($"Refused: {where} contains something that looks like a CHI number at character {position + 1} (10 digits, a valid date of birth, a valid check digit). Patient identifiers must never be in an output.");

    internal static string OptOutReasonEmpty => "Opting out of disclosure control needs a reason (e.g. \"internal QA, not for release\").";

    internal static string UnknownPolicy(string name) =>
        $"Suppression policy '{name}' is neither a preset ({string.Join(", ", SuppressionPolicy.Presets.Keys.Order(StringComparer.Ordinal))}) nor an existing .json file.";

    internal static string PolicyFileInvalid(string path, string detail) => $"Suppression policy file '{path}' is not valid: {detail}";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
