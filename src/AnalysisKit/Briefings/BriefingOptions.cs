using System.Globalization;
using AnalysisKit.Disclosure;
using AnalysisKit.Samples;

namespace AnalysisKit.Briefings;

/// <summary>What a cluster briefing covers and how.</summary>
/// <param name="ClusterCode">The GP cluster (e.g. GPC082).</param>
/// <param name="DataFolder">A folder in the data-samples layout (geography/ and extracts/).</param>
/// <param name="FirstMonth">First month of the period (first day of the month).</param>
/// <param name="LastMonth">Last month of the period, not before <paramref name="FirstMonth"/>; the hierarchy is taken as at this date.</param>
/// <param name="PracticeCode">Null for the cluster view (all practices anonymised); a practice code for the variant naming only that practice.</param>
/// <param name="Disclosure">Disclosure control; default PHS practice policy (1–4 suppressed).</param>
/// <param name="HeadlineMeasure">The measure shown on the funnel and SPC chart (default the antibacterial items).</param>
public sealed record BriefingOptions(
    string ClusterCode,
    string DataFolder,
    DateOnly FirstMonth,
    DateOnly LastMonth,
    string? PracticeCode = null,
    DisclosureControl? Disclosure = null,
    string HeadlineMeasure = SamplePlantedSignals.OutlierMeasure)
{
    /// <summary>The default period of the sample data: the last 12 months (January to December 2025).</summary>
    public static (DateOnly First, DateOnly Last) DefaultPeriod { get; } = (new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 1));

    /// <summary>Reads a period <c>yyyy-mm:yyyy-mm</c>.</summary>
    /// <param name="text">E.g. <c>2025-01:2025-12</c>.</param>
    /// <exception cref="ArgumentException">Not in that form, or the first month after the last.</exception>
    public static (DateOnly First, DateOnly Last) ParsePeriod(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split(':');
        if (parts.Length == 2
            && DateOnly.TryParseExact(parts[0], "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first)
            && DateOnly.TryParseExact(parts[1], "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var last)
            && first <= last)
        {
            return (first, last);
        }

        throw new ArgumentException(BriefingMessages.BadPeriod(text), nameof(text));
    }
}
