using System.Globalization;
using AnalysisKit.Disclosure;

namespace AnalysisKit.Charts;

/// <summary>
/// The charts' disclosure hook wired to the Disclosure guard: every count a chart is about to show goes through
/// <see cref="DisclosureControl.EnsureSafe(long?, string)"/>, which throws <see cref="UnsafeOutputException"/> for a
/// small count under the policy, so an unsafe chart is never built. It also knows which chart items stand for cells
/// the published tables suppressed (primary or secondary): a chart that is about to show such an item's count, and
/// so its value with its denominator or interval, is refused even when the count itself is not small. Callers (the
/// briefing, <c>ToChart</c>) pass those items as <see cref="ChartCount.Suppressed"/>, which the charts withhold; this
/// is the second line. <see cref="Default"/> applies PHS practice (counts 1–4 suppressed) with no tables.
/// </summary>
public sealed class DisclosureChartCheck : IChartDisclosureCheck
{
    private readonly DisclosureControl control;
    private readonly HashSet<(string Chart, string Item)> suppressedInTables;

    /// <summary>PHS practice (<see cref="SuppressionPolicy.PhsPracticeUnder5"/>) with no tables: what <c>ToChart</c> uses unless told otherwise.</summary>
    public static DisclosureChartCheck Default { get; } = new(DisclosureControl.Default);

    /// <summary>The policy in force, or null when the control is internal use only (nothing is refused).</summary>
    public SuppressionPolicy? Policy => control.Policy;

    /// <summary>A hook for charts published with no table (only the policy applies).</summary>
    /// <param name="control">The disclosure control in force (default PHS practice &lt; 5).</param>
    public DisclosureChartCheck(DisclosureControl control)
        : this(control, [])
    {
    }

    /// <summary>A hook for charts published beside suppressed tables.</summary>
    /// <param name="control">The disclosure control in force.</param>
    /// <param name="suppressedInTables">Chart name and item label (as the chart names it) of every unit whose count the
    /// tables suppressed.</param>
    public DisclosureChartCheck(DisclosureControl control, IEnumerable<(string Chart, string Item)> suppressedInTables)
    {
        ArgumentNullException.ThrowIfNull(control);
        ArgumentNullException.ThrowIfNull(suppressedInTables);
        this.control = control;
        this.suppressedInTables = [.. suppressedInTables];
    }

    /// <inheritdoc />
    public string SuppressionMarker => control.Policy?.Marker ?? "c";

    /// <summary>Whether the tables suppressed the count of <paramref name="item"/> in chart <paramref name="chartName"/>.</summary>
    /// <param name="chartName">The chart's stable name.</param>
    /// <param name="item">The item as the chart labels it.</param>
    public bool IsSuppressedInTables(string chartName, string item) => suppressedInTables.Contains((chartName, item));

    /// <inheritdoc />
    public void CheckCount(string chartName, string item, string measure, long count)
    {
        if (control.Policy is not null && IsSuppressedInTables(chartName, item))
        {
            throw new UnsafeOutputException(ChartMessages.CountSuppressedInTables(chartName, item, measure));
        }

        control.EnsureSafe(count, string.Create(CultureInfo.InvariantCulture, $"chart '{chartName}', {item}, {measure}"));
    }
}
