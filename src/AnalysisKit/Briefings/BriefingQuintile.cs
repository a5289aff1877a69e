using AnalysisKit.Indicators;

namespace AnalysisKit.Briefings;

/// <summary>
/// The headline in the area's practices of one SIMD quintile (the practice's own quintile, 1 = most deprived), summed
/// from the practices: count, denominator and value with its 95% interval, by the headline's method.
/// </summary>
/// <param name="Quintile">SIMD quintile 1 to 5, or null for practices whose quintile is not known.</param>
/// <param name="Practices">The area's practices in the quintile.</param>
/// <param name="Rate">The value; its Numerator is the count and its Denominator the denominator summed.</param>
public sealed record BriefingQuintile(int? Quintile, int Practices, IndicatorResult Rate)
{
    /// <summary>True when disclosure control suppressed the quintile's count: its rate and interval are then shown nowhere.</summary>
    public bool CountSuppressed { get; init; }
}
