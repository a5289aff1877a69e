namespace AnalysisKit.Variation.Funnels;

/// <summary>
/// One unit on a funnel plot — a practice, cluster or board — with its numerator (events, observed deaths) and
/// denominator (population, list size, expected deaths).
/// </summary>
/// <param name="Code">The unit's code (practice code, cluster code, board code).</param>
/// <param name="Numerator">Events or observed count; ≥ 0.</param>
/// <param name="Denominator">Population or expected count; &gt; 0.</param>
public sealed record FunnelUnit(string Code, double Numerator, double Denominator);
