using System.Globalization;

namespace AnalysisKit.Indicators;

/// <summary>
/// The lower and upper confidence limits of an indicator at one confidence level, on the indicator's scale (already
/// multiplied by its multiplier). A limit is NaN when it cannot be calculated (e.g. a missing count, or ScotPHO's
/// Byar lower limit at 0 events).
/// </summary>
/// <param name="Confidence">The confidence level as a fraction in (0, 1], e.g. 0.95.</param>
/// <param name="Lower">The lower confidence limit.</param>
/// <param name="Upper">The upper confidence limit.</param>
public readonly record struct ConfidenceInterval(double Confidence, double Lower, double Upper)
{
    /// <summary>The same interval with both limits multiplied by <paramref name="factor"/> (e.g. a multiplier).</summary>
    public ConfidenceInterval Scale(double factor) => this with { Lower = Lower * factor, Upper = Upper * factor };

    /// <summary>True when both limits are numbers.</summary>
    public bool IsComplete => !double.IsNaN(Lower) && !double.IsNaN(Upper);

    /// <summary>"95%: lower–upper" in invariant culture with round-trip precision.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Confidence * 100:0.###}%: {Lower:R}–{Upper:R}");
}
