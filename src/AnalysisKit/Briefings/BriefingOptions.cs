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
    /// <summary>The definition's period, or another (e.g. from <c>--period</c>).</summary>
    public PeriodDefinition? Period { get; init; }

    /// <summary>The headline indicator's name, or null for the definition's.</summary>
    public string? Headline { get; init; }

    /// <summary>The period in force.</summary>
    public PeriodDefinition PeriodInForce => Period ?? Definition.Period;

    /// <summary>The headline in force.</summary>
    public string HeadlineInForce => Headline ?? Definition.Headline;

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
