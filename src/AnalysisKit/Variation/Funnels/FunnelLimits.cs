namespace AnalysisKit.Variation.Funnels;

/// <summary>A pair of 95% and a pair of 99.8% funnel limits at one x-axis value, on the multiplier's scale.</summary>
/// <param name="Lower95">Lower 95% limit.</param>
/// <param name="Upper95">Upper 95% limit.</param>
/// <param name="Lower998">Lower 99.8% limit.</param>
/// <param name="Upper998">Upper 99.8% limit.</param>
public sealed record FunnelLimits(double Lower95, double Upper95, double Lower998, double Upper998)
{
    /// <summary>Where <paramref name="value"/> lies against the 95% pair; a value on a limit is inside.</summary>
    public FunnelOutlier Outlier95(double value) => FunnelInput.Classify(value, Lower95, Upper95);

    /// <summary>Where <paramref name="value"/> lies against the 99.8% pair; a value on a limit is inside.</summary>
    public FunnelOutlier Outlier998(double value) => FunnelInput.Classify(value, Lower998, Upper998);
}
