using System.Globalization;

namespace AnalysisKit.Geography;

/// <summary>Every message the geography readers and types raise, in one place so each can be tested on its text.</summary>
internal static class GeographyErrors
{
    internal static string At(string file, int line, string column) =>
        string.Create(CultureInfo.InvariantCulture, $"{file} line {line}, column {column}");

    internal static string FileNotFound(string file) =>
        $"{file}: file not found. Expected a practice lookup or population CSV (see data-samples/README.md for the columns).";

    internal static string MissingColumns(string file, IEnumerable<string> missing, IEnumerable<string> present) =>
        $"{file}: missing required column(s) {string.Join(", ", missing)}. Columns present: {string.Join(", ", present)}. " +
        "Column names are matched exactly, including capitals.";

    internal static string DuplicatePractice(string file, int line, string column, string practiceCode, int firstLine, string period) =>
        $"{At(file, line, column)}: duplicate practice code '{practiceCode}' (already at line {firstLine.ToString(CultureInfo.InvariantCulture)}) " +
        $"for overlapping dates {period}. Each practice has one row for any date.";

    internal static string TwoClusters(string file, int line, string column, string practiceCode, string cluster, string otherCluster, int otherLine, DateOnly date) =>
        $"{At(file, line, column)}: practice '{practiceCode}' is in cluster '{cluster}' here and in cluster '{otherCluster}' " +
        $"at line {otherLine.ToString(CultureInfo.InvariantCulture)} on {Iso(date)}. A practice belongs to one cluster on any date: " +
        "end the earlier row (ValidTo) the day before the later one starts.";

    internal static string UnknownBoardCypher(string file, int line, string column, string value, IEnumerable<string> cyphers) =>
        $"{At(file, line, column)}: '{value}' is not an ISD board cypher. Expected one of {string.Join(", ", cyphers)}.";

    internal static string UnknownBoard(string file, int line, string column, string value) =>
        $"{At(file, line, column)}: '{value}' is not a current health board code. Expected one of the 14 codes " +
        $"{string.Join(", ", HealthBoard.Current.Select(b => b.Code))}; archived codes (S08000018, S08000021, S08000023, S08000027) " +
        "must be mapped to their 2019 successors.";

    internal static string UnknownHscp(string file, int line, string column, string value) =>
        $"{At(file, line, column)}: '{value}' is not a current HSCP code. Expected one of the 31 S37 codes in force since 2019 " +
        "(e.g. S37000012 Edinburgh).";

    internal static string HscpNotInBoard(string file, int line, string column, string hscp, string board, string actualBoard) =>
        $"{At(file, line, column)}: HSCP '{hscp}' lies in board {actualBoard}, not in '{board}' as this row says.";

    internal static string NotAWholeNumber(string file, int line, string column, string value) =>
        $"{At(file, line, column)}: '{value}' is not a whole number. Expected a count of patients, 0 or more, written with digits only.";

    internal static string NotADate(string file, int line, string column, string value, string format) =>
        $"{At(file, line, column)}: '{value}' is not a date. Expected {format}.";

    internal static string BadPracticeCode(string file, int line, string column, string value) =>
        $"{At(file, line, column)}: '{value}' is not a practice code. Expected five digits, e.g. 10002.";

    internal static string BadSimdQuintile(string file, int line, string column, string value) =>
        $"{At(file, line, column)}: '{value}' is not a SIMD quintile. Expected 1 (most deprived) to 5 (least deprived), or empty when not known.";

    internal static string BadStatus(string file, int line, string column, string value) =>
        $"{At(file, line, column)}: '{value}' is not a practice status. Expected 'open' or 'closed'.";

    internal static string ValidToBeforeValidFrom(string file, int line, string column, string value, DateOnly validFrom) =>
        $"{At(file, line, column)}: ValidTo '{value}' is before ValidFrom {Iso(validFrom)}.";

    internal static string BadSex(string file, int line, string column, string value) =>
        $"{At(file, line, column)}: '{value}' is not a sex. Expected 'Female', 'Male' or 'All'.";

    internal static string MissingCluster(string file, int line, string column, string practiceCode) =>
        $"{At(file, line, column)}: practice '{practiceCode}' has no cluster. Only pseudo-practices (99996–99999) may have an empty cluster.";

    internal static string BandsDoNotAddUp(string file, int line, string column, int allAges, int sumOfBands) =>
        $"{At(file, line, column)}: AllAges is {allAges.ToString(CultureInfo.InvariantCulture)} but the age bands add up to " +
        $"{sumOfBands.ToString(CultureInfo.InvariantCulture)}.";

    internal static string SexesDoNotAddUp(string file, int line, string column, int all, int female, int male) =>
        $"{At(file, line, column)}: the All row has {all.ToString(CultureInfo.InvariantCulture)} but Female + Male = " +
        $"{female.ToString(CultureInfo.InvariantCulture)} + {male.ToString(CultureInfo.InvariantCulture)} = " +
        $"{(female + male).ToString(CultureInfo.InvariantCulture)}.";

    internal static string DuplicatePopulationRow(string file, int line, string practiceCode, string date, string sex, int firstLine) =>
        $"{At(file, line, "PracticeCode")}: duplicate population row for practice '{practiceCode}', date {date}, sex {sex} " +
        $"(already at line {firstLine.ToString(CultureInfo.InvariantCulture)}).";

    internal static string MissingSex(string file, string practiceCode, string date, string sex) =>
        $"{file}: practice '{practiceCode}' on {date} has no {sex} row. Each practice and date needs a Female and a Male row.";

    internal static string PopulationPracticeNotInLookup(string file, int line, string practiceCode, string lookupFile) =>
        $"{At(file, line, "PracticeCode")}: practice '{practiceCode}' is not in the lookup {lookupFile}. " +
        "Every practice with a population needs a lookup row.";

    internal static string UnknownAgeBand(string label, AgeBandSet set) =>
        $"Age band '{label}' is not in {set.Name}. Expected one of {string.Join(", ", set.Bands.Select(b => b.Label))}.";

    internal static string AgeGroupsOutOfRange(int from, int to, int by) =>
        $"create_age_groups(from = {from}, to = {to}, by = {by}) is not valid: from must be ≥ 0, to ≥ from and by ≥ 1 (whole years).";

    internal static string InvalidAge(double age) =>
        $"age = {age.ToString("R", CultureInfo.InvariantCulture)} is not an age; give a finite number of years ≥ 0, or null when missing.";

    internal static string AgeNotCovered(int age, AgeBandSet set) =>
        $"Age {age.ToString(CultureInfo.InvariantCulture)} is below the youngest band ({set.Bands[0].Label}) of {set.Name}.";

    internal static string BandCountMismatch(string argument, int count, AgeBandSet set) =>
        $"{argument} has {count.ToString(CultureInfo.InvariantCulture)} counts but {set.Name} has {set.Count.ToString(CultureInfo.InvariantCulture)} bands.";

    internal static string NegativeListSize(string practiceCode) =>
        $"Practice '{practiceCode}' has a negative count of patients; list sizes are 0 or more.";

    internal static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
