using System.Globalization;
using AnalysisKit.Charts;
using AnalysisKit.Disclosure;

namespace AnalysisKit.Briefings;

/// <summary>
/// The charts' disclosure hook wired to the Disclosure guard: every count a chart is about to show goes through
/// <see cref="DisclosureControl.EnsureSafe(long?, string)"/>, which throws <see cref="UnsafeOutputException"/> for a
/// small count under the policy, so an unsafe chart is never built.
/// </summary>
/// <param name="control">The disclosure control in force (default PHS practice &lt; 5).</param>
public sealed class DisclosureChartCheck(DisclosureControl control) : IChartDisclosureCheck
{
    /// <inheritdoc />
    public string SuppressionMarker => control.Policy?.Marker ?? "c";

    /// <inheritdoc />
    public void CheckCount(string chartName, string item, string measure, long count) =>
        control.EnsureSafe(count, string.Create(CultureInfo.InvariantCulture, $"chart '{chartName}', {item}, {measure}"));
}
