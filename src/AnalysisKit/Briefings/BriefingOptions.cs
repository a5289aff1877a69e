using System.Globalization;
using AnalysisKit.Definitions;
using AnalysisKit.Disclosure;

namespace AnalysisKit.Briefings;

/// <summary>Which briefing to build from a definition: the area, an optional named practice, and overrides.</summary>
/// <param name="Definition">The definition file's contents (<see cref="BriefingDefinition.Load"/>).</param>
/// <param name="Level">The level of the area briefed: cluster, HSCP/CHP or board.</param>
/// <param name="AreaCode">The area's code (e.g. GPC082, S37000032, S08000029, or a cluster's name in PHS open data).</param>
/// <param name="PracticeCode">Null for the anonymised view; a practice code for the variant naming only that practice (cluster and CHP briefings).</param>
/// <param name="Disclosure">Disclosure control; null for the definition's policy.</param>
public sealed record BriefingOptions(
    BriefingDefinition Definition,
    AreaLevel Level,
    string AreaCode,
    string? PracticeCode = null,
    DisclosureControl? Disclosure = null)
{
    /// <summary>The production date printed on the briefing (e.g. from <c>--produced</c>), or null for the definition's.</summary>
    public DateOnly? Produced { get; init; }

    /// <summary>The production date in force: <see cref="Produced"/>, else the definition's, else none (no clock is read).</summary>
    public DateOnly? ProducedInForce => Produced ?? Definition.Produced;

    /// <summary>A release key file for the practice letters (e.g. from <c>--release-key</c>), or null for the definition's.</summary>
    public string? ReleaseKeyFile { get; init; }

    /// <summary>The definition's period, or another (e.g. from <c>--period</c>).</summary>
    public PeriodDefinition? Period { get; init; }

    /// <summary>
    /// The release ledger to suppress against and record in (e.g. from <c>--ledger</c>, <c>--release</c>), or null to
    /// suppress the briefing on its own (its methods then say that no earlier release was checked).
    /// </summary>
    public BriefingRelease? Release { get; init; }

    /// <summary>The headline indicator's name, or null for the definition's.</summary>
    public string? Headline { get; init; }

    /// <summary>The period in force.</summary>
    public PeriodDefinition PeriodInForce => Period ?? Definition.Period;

    /// <summary>The headline in force.</summary>
    public string HeadlineInForce => Headline ?? Definition.Headline;

    /// <summary>
    /// Parses a production date: <c>yyyy-mm-dd</c>, or <c>today</c> to read <paramref name="today"/> (the clock is read only
    /// when asked, so outputs stay byte-deterministic otherwise).
    /// </summary>
    /// <param name="text">The date or "today".</param>
    /// <param name="today">Gives today's date; called only for "today".</param>
    /// <exception cref="ArgumentException">Neither a date nor "today".</exception>
    public static DateOnly ParseProduced(string text, Func<DateOnly> today)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(today);
        if (string.Equals(text, "today", StringComparison.Ordinal))
        {
            return today();
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)
            ? date
            : throw new ArgumentException(BriefingMessages.BadProducedDate(text), nameof(text));
    }

    /// <summary>A cluster briefing from a definition.</summary>
    /// <param name="definition">The definition.</param>
    /// <param name="clusterCode">The cluster.</param>
    public static BriefingOptions ForCluster(BriefingDefinition definition, string clusterCode) => new(definition, AreaLevel.Cluster, clusterCode);

    /// <summary>Reads a period <c>yyyy-mm:yyyy-mm</c>.</summary>
    /// <param name="text">E.g. <c>2025-01:2025-12</c>.</param>
    /// <exception cref="ArgumentException">Not in that form, or the first month after the last.</exception>
    public static PeriodDefinition ParsePeriod(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split(':');
        if (parts.Length == 2
            && DateOnly.TryParseExact(parts[0], "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first)
            && DateOnly.TryParseExact(parts[1], "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var last)
            && first <= last)
        {
            return PeriodDefinition.Months(first, last);
        }

        throw new ArgumentException(BriefingMessages.BadPeriod(text), nameof(text));
    }
}
