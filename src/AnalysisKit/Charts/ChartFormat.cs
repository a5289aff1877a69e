using System.Globalization;

namespace AnalysisKit.Charts;

/// <summary>Invariant-culture formats for every number and date a chart writes into text (hover, labels, alt text).</summary>
internal static class ChartFormat
{
    /// <summary>Most decimal places a chart shows.</summary>
    public const int MaxDecimals = 6;

    /// <summary>
    /// A value to a fixed number of decimals, rounding half away from zero on the value as written to 15 significant
    /// digits (as Excel's ROUND and published PHS tables do: 20.25 → 20.3, 2.675 → 2.68), not on its binary expansion.
    /// </summary>
    public static string Number(double value, int decimals)
    {
        var format = "F" + decimals.ToString(CultureInfo.InvariantCulture);
        if (Math.Abs(value) < 1e15)
        {
            var rounded = decimal.Round((decimal)value, decimals, MidpointRounding.AwayFromZero);
            return rounded.ToString(format, CultureInfo.InvariantCulture);
        }

        return value.ToString(format, CultureInfo.InvariantCulture);
    }

    /// <summary>A whole count with thousands separated by commas, e.g. 12,345 (UK/invariant convention).</summary>
    public static string Count(long value) => value.ToString("#,##0", CultureInfo.InvariantCulture);

    /// <summary>A confidence level as a percentage: 0.95 → 95%, 0.998 → 99.8%.</summary>
    public static string Level(double confidence) =>
        (confidence * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%";

    /// <summary>An ISO date for axes and JSON: 2024-04-01.</summary>
    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A month for sentences: Apr 2024.</summary>
    public static string Month(DateOnly date) => date.ToString("MMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>Whole numbers in sentences: 3.</summary>
    public static string Integer(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// A count for display: the suppression marker when it was suppressed, else the count after the disclosure
    /// check has allowed it.
    /// </summary>
    public static string Count(ChartCount count, IChartDisclosureCheck disclosure, string chartName, string item, string measure)
    {
        if (count.IsSuppressed)
        {
            return disclosure.SuppressionMarker;
        }

        var value = count.Value ?? throw new ChartDataException(ChartMessages.CountMissing(chartName, item, measure), nameof(count));
        disclosure.CheckCount(chartName, item, measure, value);
        return Count(value);
    }

    /// <summary>
    /// A list of labels for a sentence: "A", "A and B", "A, B and C"; more than one past <paramref name="limit"/> end
    /// "and n others", or "and n other practices" given <paramref name="others"/> (a plural noun, so the output guard
    /// reads n as a number of things, not people); one past the limit is listed in full rather than "and 1 other".
    /// </summary>
    public static string List(IReadOnlyList<string> labels, int limit = 5, string? others = null)
    {
        if (labels.Count == 0)
        {
            return string.Empty;
        }

        if (labels.Count > limit + 1)
        {
            var rest = labels.Count - limit;
            return string.Join(", ", labels.Take(limit)) + " and " + Integer(rest) + (others is null ? " others" : " other " + others);
        }

        return labels.Count == 1
            ? labels[0]
            : string.Join(", ", labels.Take(labels.Count - 1)) + " and " + labels[^1];
    }

    /// <summary>
    /// The alt-text sentence for what a chart leaves out because its counts are suppressed:
    /// " {what} {notDrawn}: its count is (their counts are) suppressed by disclosure control."
    /// </summary>
    public static string WithheldNote(string what, int count, string notDrawn) =>
        $" {what} {notDrawn}: {(count == 1 ? "its count is" : "their counts are")} suppressed by disclosure control.";

    /// <summary>"1 cluster" / "3 clusters".</summary>
    public static string Plural(int count, string singular, string plural) =>
        Integer(count) + " " + (count == 1 ? singular : plural);
}
