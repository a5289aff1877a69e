namespace AnalysisKit.Indicators;

/// <summary>Which direction of an indicator is good, to turn "significantly higher/lower" into better/worse.</summary>
public enum Polarity
{
    /// <summary>Higher values are better (e.g. screening uptake).</summary>
    HigherIsBetter,

    /// <summary>Lower values are better (e.g. emergency admissions).</summary>
    LowerIsBetter,

    /// <summary>No judgement (e.g. prescribing volume): differences are reported as higher or lower only.</summary>
    NoJudgement,
}
