using System.Globalization;

namespace AnalysisKit.Briefings;

/// <summary>Every error text of the Briefings area, in one place so each can be tested.</summary>
public static class BriefingMessages
{
    /// <summary>The headline measure is not one of the briefing's indicators.</summary>
    /// <param name="measure">The measure asked for.</param>
    /// <param name="indicators">The indicators' measure names.</param>
    public static string UnknownHeadline(string measure, IEnumerable<string> indicators) =>
        $"Headline measure '{measure}' is not one of the briefing's indicators; expected one of {string.Join(", ", indicators)}.";

    /// <summary>The cluster is not in the lookup at the effective date.</summary>
    /// <param name="cluster">The cluster code asked for.</param>
    /// <param name="effectiveDate">The lookup's date.</param>
    public static string UnknownCluster(string cluster, DateOnly effectiveDate) =>
        string.Create(CultureInfo.InvariantCulture, $"Cluster '{cluster}' has no open practices in the lookup as at {effectiveDate:yyyy-MM-dd}; expected a code such as GPC082.");

    /// <summary>The practice asked for is not in the cluster.</summary>
    /// <param name="practice">The practice code.</param>
    /// <param name="cluster">The cluster code.</param>
    public static string PracticeNotInCluster(string practice, string cluster) =>
        $"Practice '{practice}' is not an open practice of cluster '{cluster}'; --practice must name one of the cluster's practices.";

    /// <summary>The period text cannot be read.</summary>
    /// <param name="text">The text given.</param>
    public static string BadPeriod(string text) =>
        $"Period '{text}' is not yyyy-mm:yyyy-mm with the first month not after the last (e.g. 2025-01:2025-12).";

    /// <summary>The period has no extract rows.</summary>
    /// <param name="first">First month.</param>
    /// <param name="last">Last month.</param>
    public static string EmptyPeriod(DateOnly first, DateOnly last) =>
        string.Create(CultureInfo.InvariantCulture, $"No extract rows between {first:yyyy-MM} and {last:yyyy-MM}; choose a period inside the extracts.");

    /// <summary>No practice of the cluster has a value of the measure in the period.</summary>
    /// <param name="cluster">The cluster code.</param>
    /// <param name="measure">The extract column.</param>
    /// <param name="first">First month.</param>
    /// <param name="last">Last month.</param>
    public static string NoClusterData(string cluster, string measure, DateOnly first, DateOnly last) =>
        string.Create(CultureInfo.InvariantCulture, $"Cluster '{cluster}' has no value of {measure} between {first:yyyy-MM} and {last:yyyy-MM} (every practice-month missing or absent); choose a period with data.");

    /// <summary>A chart was about to show the count (and so the value with its denominator) of a unit the tables suppressed.</summary>
    /// <param name="chart">The chart's name.</param>
    /// <param name="item">The unit as the chart labels it.</param>
    /// <param name="measure">What is counted.</param>
    public static string ChartShowsSuppressedCount(string chart, string item, string measure) =>
        $"Chart '{chart}', {item}, {measure}: the count is suppressed in the briefing's tables, so the chart may not show it or its value with a denominator or interval; pass it as ChartCount.Suppressed so the chart withholds it.";

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
}
