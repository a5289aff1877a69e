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

    internal static string KeepRatesNeedsReason(string name) =>
        $"Suppression policy '{name}' keeps standardised rates beside suppressed counts, which needs a reason (keepStandardisedRatesReason): their Dobson limits give the count back, so keeping them is an opt-in that every release's notes repeat.";

    internal static string StandardisedRatesKept(string table, int measures, string reason) =>
        Invariant($"Table '{table}': {measures} standardised rate or limit value{(measures == 1 ? " is" : "s are")} kept beside suppressed counts (policy opt-in: {reason}); their limits can give a suppressed count back.");

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

    internal static string PracticeWithoutArea(string table, string practice, string level, DateOnly effectiveDate) =>
        Invariant($"Table '{table}': practice '{practice}' has no {level} in the geography lookup effective {effectiveDate:yyyy-MM-dd}; if the lookup has no {level} level (ISD's QOF lookups have none for clusters), leave it out of the levels, e.g. [Board, Hscp, Practice].");

    internal static string HierarchyLevels(string table, IEnumerable<string> levels) =>
        $"Table '{table}': levels [{string.Join(", ", levels)}] are not a hierarchy; give some of Board, Hscp, Cluster, Practice, top level first, ending with Practice.";

    internal static string RowShape(string table, int row, int keys, int counts, int measures, int expectedKeys, int expectedCounts, int expectedMeasures) =>
        Invariant($"Table '{table}', data row {row + 1}: has {keys} keys, {counts} counts and {measures} measures; expected {expectedKeys}, {expectedCounts} and {expectedMeasures}.");

    internal static string KeyBelowTotal(string table, int row, string column, string value, string totalColumn, string totalLabel) =>
        Invariant($"Table '{table}', data row {row + 1}: column '{column}' is '{value}' below a total ('{totalLabel}' in '{totalColumn}'); every key below a total must also be a total label or blank.");

    internal static string TotalLabelMatched(string label, string column, string declared) =>
        $"'{label}' in column '{column}' is read as the total label '{declared}' (labels are compared after trimming spaces, including no-break spaces, and case-folding)";

    internal static string UsualTotalLabel(string label, string column) =>
        $"'{label}' in column '{column}' is read as a total (a usual PHS total label; an attacker reads it as one whatever label is declared)";

    internal static string TotalColumnNotASum(string table, string column) =>
        $"Table '{table}': column '{column}' is named like a total and is at least the sum of the other count columns in every row, but not the sum of any set of them: a total over parts that are not all in the table cannot be protected. Declare it with --total-column if it is the row total (it is then checked), publish the missing parts, or rename it.";

    internal static string FoundTotalColumn(string column, IReadOnlyList<string> members) =>
        $"column '{column}' is the sum of column{(members.Count == 1 ? string.Empty : "s")} {string.Join(", ", members.Select(m => "'" + m + "'"))} in every row (found, not declared): treated as a total";

    internal static string FoundColumnConstraint(string rowLabel, string column, IReadOnlyList<string> members) =>
        $"row '{rowLabel}': column '{column}' is the sum of {string.Join(", ", members.Select(m => "'" + m + "'"))} (a total found, not declared)";

    internal static string FoundTotalRow(string rowLabel, string? parent) =>
        $"row '{rowLabel}' is the sum of the other rows {(parent is null ? "of the table" : $"under '{parent}'")} in every column (found, not declared): treated as a total";

    internal static string FoundRowConstraint(string rowLabel, string? parent, string column) =>
        $"row '{rowLabel}' is the sum of the other rows {(parent is null ? "of the table" : $"under '{parent}'")} in column '{column}' (a total found, not declared)";

    internal static string UsualLabelNotAdditive(string label) =>
        $" '{label}' is read as a total because it is a usual PHS total label; if it is not a total, rename it.";

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

    internal static string CannotProtectWithFoundTotals(string where, IReadOnlyList<string> found) =>
        $"Refused: {where} cannot be protected once the totals found in the table are taken as published ({string.Join("; ", found)}). If they are totals, publish fewer of them; if they are sums by chance, change the table so they are not.";

    internal static string PeriodBackwards(DateOnly first, DateOnly last) =>
        Invariant($"A release period must not end before it starts: {first:yyyy-MM} to {last:yyyy-MM}.");

    internal static string PeriodNotUnderstood(string text) =>
        $"Release period '{text}' is not understood; write yyyy-MM for one month or yyyy-MM..yyyy-MM (first and last month, e.g. 2025-01..2025-12).";

    /// <summary>What the ledger file says about itself (written at its top).</summary>
    public const string LedgerAbout =
        "Release ledger (AnalysisKit): what each release published - cells with their keys, period, policy and relations - so that later releases of the same counts are suppressed against them. A suppressed cell is \"*\": no hidden value is ever written here. Keep it with the project; it is not a release.";

    internal const string GrandTotal = "(grand total)";

    internal static string LedgerInvalid(string source, string? release, string detail) =>
        release is null ? $"Release ledger '{source}' is not valid: {detail}" : $"Release ledger '{source}', release '{release}', is not valid: {detail}";

    internal static string ReleaseAlreadyRecorded(string name, string source) =>
        $"Release '{name}' is already in the ledger '{source}' with different cells. If that version was never published, replace it (--replace-release); otherwise give this release a new name.";

    internal static string RoundingWithLedger(string policy) =>
        $"Policy '{policy}' rounds counts, and a rounded release cannot be linked to other releases in the ledger (rounded totals are not sums); release it without --ledger, or use a policy without rounding.";

    internal static string LedgerNeedsComplete(string policy, SecondaryMethod method) =>
        $"Policy '{policy}' uses secondary suppression {method}; checking a release against earlier ones needs Complete.";

    internal static string EarlierPlace(string release, string keys, bool total, string column, string period) =>
        $"release '{release}' ({period}), {(total ? "total row" : "row")} '{keys}', column '{column}'";

    internal static string UnpublishedPart(string keys, string column, string months) =>
        $"'{keys}', column '{column}', {months} (published in no release: the difference between releases)";

    internal static string PartsConstraint(string place) => $"{place} is the sum of its months and units in the releases linked to it";

    internal static string EarlierRelation(string release, string total) => $"a total published by release '{release}': {total}";

    internal static string HiddenInEarlier(string releases) => $"suppressed by earlier release {releases}: publishing it now would give it away";

    internal static string ReleaseValueConflict(string release, string earlier, string here) =>
        $"Release '{release}' published {earlier} with a value different from {here}, which is the same count (same keys, column and months). The releases are not of the same counts: check the period and definitions, or keep them in separate ledgers.";

    internal static string ReleasesInconsistent(string releases) =>
        $"The earlier releases {releases} contradict each other (their published totals have no non-negative solution); check the ledger.";

    internal static string AlreadyGivenByEarlier(string where, string policy, string releases) =>
        $"Refused: {where} is small under policy '{policy}', but earlier release {releases} already publish it (or pin it more closely than this policy allows). This release cannot hide it; publish under the earlier policy, or leave this count out.";

    internal static string AlreadyNarrowedByEarlier(string where, string releases) =>
        $"Earlier releases {releases} already narrow {where} between them; this release cannot protect it and leaves it out of its check.";

    internal static string CannotProtectAgainstEarlier(string where, string releases) =>
        $"Refused: {where} cannot be protected against earlier release {releases}: no cell of this table that could still be suppressed would widen it. Release a table that does not overlap it, or under the earlier release's policy.";

    internal static string NotesProtection(string width, string secondary) =>
        $"Protection: no suppressed count can be narrowed from the published table to an interval narrower than {width} (secondary {secondary}).";

    internal static string NotesProtectionWithEarlier(string width, string secondary) =>
        $"Protection: no suppressed count, of this table or of the earlier releases listed below, and no month or unit between them that could be a small count, can be narrowed from all of them together to an interval narrower than {width} or than the earlier release's own protection (secondary {secondary}).";

    internal const string NotesNoTotals =
        "This table publishes no totals, so only primary suppression applies within it: a total of the same counts published elsewhere (a cluster, board or Scotland figure) is taken into account only through the release ledger.";

    internal const string NotesNoTotalsWithLedger =
        "This table publishes no totals of its own: its secondary suppression protects against the earlier releases listed below, and a later release of the same counts suppressed against this ledger takes this one into account.";

    internal static string NotesRelations(int relations, string? totalColumn, bool hierarchy) =>
        Invariant($"Totals protected within the table: {relations} additive relations") +
        (totalColumn is null ? string.Empty : $"; each row adds up to its '{totalColumn}' column") +
        (hierarchy ? "; each total row adds up to the rows under it" : string.Empty) + ".";

    internal static string NotesReadAsTotal(string what) => "Read as a total: " + what + ".";

    internal static string NotesFoundTotal(string what) => "Found as a total: " + what + ".";

    internal const string NotesNoLedger =
        "Not checked against earlier releases: no release ledger was given. A release of the same counts at another level, for another period or under another policy may difference to a hidden cell.";

    internal static string NotesRecorded(string name, string period, string ledger) =>
        $"Release '{name}', period {period}, recorded in the release ledger '{ledger}' and checked against every earlier release recorded there that shares counts with it.";

    internal const string NotesNoEarlier = "No earlier release in the ledger shares counts with this one.";

    internal static string NotesEarlier(string name, string period, string policy, int linked, int suppressed) =>
        Invariant($"Checked against earlier release '{name}' ({period}, policy {policy}): {linked} of its cells share counts with this release; {suppressed} cell{(suppressed == 1 ? " was" : "s were")} suppressed here because of it.");

    internal static string LinkedGroupTooLarge(string table, int size, int limit, int cells, string releases) =>
        Invariant($"Refused: protecting table '{table}' against earlier release {releases} would hide {cells} of its cells in one linked group of {size} hidden counts (more than {limit} cannot be checked in reasonable time). Nearly everything would have to be suppressed: the releases overlap where the counts are small (e.g. one more month of small counts). Release the same period or units as the earlier release, or ones that do not overlap it.");

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

    internal static string AnonymiserKeyTooShort(int length, int minimum) =>
        Invariant($"The practice anonymiser's release key has {length} bytes; it needs at least {minimum} (e.g. 64 hex characters from `openssl rand -hex 32`), one key per release, kept out of the published files.");

    internal static string AnonymiserKeyFileMissing(string path) =>
        $"The release key file '{path}' does not exist; write one with `openssl rand -hex 32 > {path}` outside the published folder, or leave the key out to key the letters by the unpublished input files.";

    internal static string AnonymiserKeyFileTooShort(string path, int length, int minimum) =>
        Invariant($"The release key file '{path}' holds {length} bytes; it needs at least {minimum} (e.g. `openssl rand -hex 32` writes 64 hex characters).");

    internal static string AnonymiserDuplicateCode(string code) => $"Practice code '{code}' is listed twice; each practice gets one letter.";

    internal static string AnonymiserNamedNotListed(string code) => $"The named practice '{code}' is not one of the practices being labelled.";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
