using System.Globalization;

namespace AnalysisKit.Briefings;

/// <summary>Every error text of the Briefings area, in one place so each can be tested.</summary>
public static class BriefingMessages
{
    /// <summary>The headline is not one of the definition's indicators.</summary>
    /// <param name="headline">The headline asked for.</param>
    /// <param name="indicators">The indicators' names.</param>
    public static string UnknownHeadline(string headline, IEnumerable<string> indicators) =>
        $"Headline '{headline}' is not one of the briefing's indicators; expected one of {string.Join(", ", indicators)}.";

    /// <summary>The area asked for has no practice with data in the period.</summary>
    /// <param name="level">The level in words (cluster, HSCP, CHP, board).</param>
    /// <param name="code">The code asked for.</param>
    /// <param name="period">The period's label.</param>
    /// <param name="examples">A few codes of that level that do have data.</param>
    public static string UnknownArea(string level, string code, string period, IEnumerable<string> examples) =>
        $"The {level} '{code}' has no open practice with data in {period}; expected a {level} code such as {string.Join(", ", examples)}.";

    /// <summary>The practice asked for is not in the area.</summary>
    /// <param name="practice">The practice code.</param>
    /// <param name="level">The level in words.</param>
    /// <param name="area">The area's code.</param>
    public static string PracticeNotInArea(string practice, string level, string area) =>
        $"Practice '{practice}' is not an open practice of {level} '{area}'; --practice must name one of its practices (cluster and CHP briefings only).";

    /// <summary>The period text cannot be read.</summary>
    /// <param name="text">The text given.</param>
    public static string BadPeriod(string text) =>
        $"Period '{text}' is not yyyy-mm:yyyy-mm with the first month not after the last (e.g. 2025-01:2025-12).";

    /// <summary>No indicator has a value in the period.</summary>
    /// <param name="period">The period's label.</param>
    public static string EmptyPeriod(string period) =>
        $"No indicator has a practice value in {period}; choose a period inside the extracts.";

    /// <summary>No practice of the area has a value of the indicator in the period.</summary>
    /// <param name="area">The area's code.</param>
    /// <param name="indicator">The indicator's label.</param>
    /// <param name="period">The period's label.</param>
    public static string NoAreaData(string area, string indicator, string period) =>
        $"'{area}' has no value of {indicator} in {period} (every practice's value missing or absent); choose a period with data.";

    /// <summary>A guard refused the briefing's output before any file was written.</summary>
    /// <param name="stem">The file name stem (e.g. briefing-GPC082).</param>
    /// <param name="reason">The guard's message, saying where.</param>
    public static string NothingWritten(string stem, string reason) =>
        $"Nothing written for {stem}: {reason}";

    /// <summary>Chromium is not installed where expected.</summary>
    /// <param name="path">Where it was looked for.</param>
    public static string ChromiumMissing(string path) =>
        $"Headless Chromium was not found at '{path}'; install it (apt-get install chromium) or leave out --pdf.";

    /// <summary>Chromium ran but did not write the PDF.</summary>
    /// <param name="exitCode">Its exit code.</param>
    /// <param name="stderr">Its error output.</param>
    public static string ChromiumFailed(int exitCode, string stderr) =>
        string.Create(CultureInfo.InvariantCulture, $"Chromium did not write the PDF (exit code {exitCode}): {stderr.Trim()}");

    /// <summary>The ledger path does not end in .json.</summary>
    /// <param name="path">The path given.</param>
    public static string LedgerNotJson(string path) =>
        $"--ledger '{path}' must end in .json (so it can never be one of the briefing's input or output files).";

    /// <summary>The period in force has no months (an annual publication), and the ledger links releases by months.</summary>
    /// <param name="period">The period's label.</param>
    /// <param name="definition">The definition file's name.</param>
    public static string PeriodWithoutMonths(string period, string definition) =>
        $"The period '{period}' of {definition} has no months (an annual publication), so the briefing cannot be recorded in the release ledger, which links releases by their months (a financial year's months are not assumed). Leave out --ledger for this briefing.";

    /// <summary>A release of that name is already in the ledger for another period.</summary>
    /// <param name="name">The release's name.</param>
    /// <param name="ledger">The ledger's path.</param>
    /// <param name="recorded">The recorded release's period.</param>
    /// <param name="period">This briefing's period.</param>
    public static string ReleaseForAnotherPeriod(string name, string ledger, string recorded, string period) =>
        $"Release '{name}' is already in the ledger '{ledger}' for {recorded}; this briefing covers {period}. A briefing for another period is another release: give it a new name (--release). If the recorded version was never published, replace it (--replace-release).";

    internal static string BadProducedDate(string text) =>
        $"The production date '{text}' is not a date yyyy-mm-dd (e.g. 2026-01-15) or 'today' (which reads the clock; leave it out to keep outputs byte-identical).";
}
