namespace AnalysisKit.Variation.Spc;

/// <summary>Which way is better for a measure; decides whether a special cause is improvement or concern.</summary>
public enum ImprovementDirection
{
    /// <summary>Higher is better (e.g. screening uptake).</summary>
    Increase,

    /// <summary>Lower is better (e.g. emergency admissions).</summary>
    Decrease,

    /// <summary>Neither: special causes are reported as neutral high or low.</summary>
    Neutral,
}
