namespace AnalysisKit.Charts;

/// <summary>
/// The single point where charts meet disclosure control. Every chart calls <see cref="CheckCount"/> with each
/// unsuppressed count it is about to show (in hover text, labels or bar lengths) before the count enters the
/// chart, and shows <see cref="SuppressionMarker"/> for counts that arrived already suppressed. An implementation
/// wired to the disclosure guard throws when a count may not be published; the chart then is not built.
/// </summary>
public interface IChartDisclosureCheck
{
    /// <summary>What the chart shows in place of a suppressed count (PHS practice: <c>*</c>).</summary>
    string SuppressionMarker { get; }

    /// <summary>
    /// Checks that a count may be shown; throws (with a message naming the chart, item and measure) when it may not.
    /// </summary>
    /// <param name="chartName">The stable name of the chart being built (e.g. <c>cluster-funnel</c>).</param>
    /// <param name="item">The unit, age band or bar the count belongs to (e.g. <c>Practice A</c>).</param>
    /// <param name="measure">What is counted (e.g. <c>numerator</c>, <c>males</c>).</param>
    /// <param name="count">The count, 0 or more.</param>
    void CheckCount(string chartName, string item, string measure, long count);
}
