namespace AnalysisKit.Charts;

/// <summary>
/// The control limits of a funnel plot evaluated on a grid of denominators, as computed by the funnel statistics
/// (e.g. Spiegelhalter 2005 exact binomial/Poisson limits). Every array has one value per grid point.
/// </summary>
/// <param name="Denominators">The x grid, strictly increasing.</param>
/// <param name="InnerLower">Lower limit at the inner level (e.g. 95%).</param>
/// <param name="InnerUpper">Upper limit at the inner level.</param>
/// <param name="OuterLower">Lower limit at the outer level (e.g. 99.8%).</param>
/// <param name="OuterUpper">Upper limit at the outer level.</param>
/// <param name="InnerLevel">Inner confidence level, between 0 and 1 (e.g. 0.95).</param>
/// <param name="OuterLevel">Outer confidence level, above <paramref name="InnerLevel"/> and below 1 (e.g. 0.998).</param>
/// <param name="Target">The target (centre) line: usually the overall value, e.g. Scotland's rate.</param>
public sealed record FunnelLimitLines(
    IReadOnlyList<double> Denominators,
    IReadOnlyList<double> InnerLower,
    IReadOnlyList<double> InnerUpper,
    IReadOnlyList<double> OuterLower,
    IReadOnlyList<double> OuterUpper,
    double InnerLevel,
    double OuterLevel,
    double Target);
