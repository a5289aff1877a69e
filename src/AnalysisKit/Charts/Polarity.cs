namespace AnalysisKit.Charts;

/// <summary>Which direction of an indicator is better, so a significant difference can be called better or worse.</summary>
public enum Polarity
{
    /// <summary>Higher values are better (e.g. screening uptake).</summary>
    HigherIsBetter,

    /// <summary>Lower values are better (e.g. emergency admissions).</summary>
    LowerIsBetter,

    /// <summary>Neither direction is better (e.g. prevalence): differences are called higher or lower.</summary>
    NoJudgement,
}
