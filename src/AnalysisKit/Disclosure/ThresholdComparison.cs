namespace AnalysisKit.Disclosure;

/// <summary>How a count is compared with the policy threshold. Both are in use at PHS, so a policy states which.</summary>
public enum ThresholdComparison
{
    /// <summary>Counts strictly less than the threshold are small (ScotPHO "values less than 5 are suppressed": 1–4).</summary>
    LessThan,

    /// <summary>Counts less than or equal to the threshold are small (PHS sdcshinyapp "value ≤ condition").</summary>
    LessThanOrEqual,
}
