namespace AnalysisKit.Variation.Spc;

/// <summary>One point of a qicharts2 chart (a row of <c>qic(...)$data</c>), on the multiplied scale.</summary>
/// <param name="Date">The period.</param>
/// <param name="Y">The plotted value (value, count, proportion, rate or moving range); null when missing.</param>
/// <param name="Denominator">The denominator (P, U charts), else null; also null where the numerator is missing, since
/// qicharts2 keeps only complete pairs (its n is 0 there).</param>
/// <param name="CentreLine">The centre line of the point's part.</param>
/// <param name="Lower">Lower 3σ control limit; null where it is not finite.</param>
/// <param name="Upper">Upper 3σ control limit; null where it is not finite.</param>
/// <param name="Lower95">Lower 2σ line.</param>
/// <param name="Upper95">Upper 2σ line.</param>
/// <param name="Part">1, 2, … for the parts of the series.</param>
/// <param name="Baseline">True when the point is within the frozen baseline (all points when not frozen).</param>
/// <param name="Include">False for excluded points.</param>
/// <param name="SigmaSignal">True when y is strictly outside the 3σ limits.</param>
public sealed record QicPoint(
    DateOnly Date,
    double? Y,
    double? Denominator,
    double CentreLine,
    double? Lower,
    double? Upper,
    double? Lower95,
    double? Upper95,
    int Part,
    bool Baseline,
    bool Include,
    bool SigmaSignal);
