using AnalysisKit.Indicators;

namespace AnalysisKit.Briefings;

/// <summary>
/// The headline measure in the cluster's practices of one SIMD quintile (the practice's own quintile, 1 = most
/// deprived), summed from the practices: count, patient-years and rate per 1,000 patient-years with its 95% interval
/// (<see cref="ClusterBriefing.Rate"/>).
/// </summary>
/// <param name="Quintile">SIMD quintile 1 to 5, or null for practices whose quintile is not known.</param>
/// <param name="Practices">The cluster's practices in the quintile.</param>
/// <param name="Rate">The rate; its Numerator is the count and its Denominator the patient-years.</param>
public sealed record BriefingQuintile(int? Quintile, int Practices, IndicatorResult Rate)
{
    /// <summary>True when disclosure control suppressed the quintile's count: its rate and interval are then shown nowhere.</summary>
    public bool CountSuppressed { get; init; }
}
