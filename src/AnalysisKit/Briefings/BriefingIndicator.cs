using AnalysisKit.Indicators;

namespace AnalysisKit.Briefings;

/// <summary>One indicator of the summary: the cluster's rate with its 95% interval against Scotland's.</summary>
/// <param name="Measure">The extract column (e.g. AntibacterialItems).</param>
/// <param name="Label">Plain name (e.g. "Antibacterial items").</param>
/// <param name="Cluster">The cluster's crude rate per 1,000 patient-years (<see cref="ClusterBriefing.Rate"/>); its Numerator is the count, its Denominator the patient-years.</param>
/// <param name="ScotlandRate">Scotland's rate per 1,000 patient-years, all comparable practices.</param>
/// <param name="Significance">Higher / lower / not different from Scotland at 95%.</param>
public sealed record BriefingIndicator(string Measure, string Label, IndicatorResult Cluster, double ScotlandRate, Significance Significance)
{
    /// <summary>True when disclosure control suppressed the cluster's count: its rate, interval and comparison are then
    /// withheld from every table, sentence and chart, since with the published patient-years they give the count back.</summary>
    public bool CountSuppressed { get; init; }
}
