namespace AnalysisKit.Variation.Spc;

/// <summary>Whether the process will meet its target (Making Data Count assurance icons), from the last point's limits.</summary>
public enum AssuranceType
{
    /// <summary>"consistent_pass": the target lies outside the limits on the passing side.</summary>
    ConsistentPass,

    /// <summary>"consistent_fail": the target lies outside the limits on the failing side.</summary>
    ConsistentFail,

    /// <summary>"inconsistent": the target lies between the limits, so the process will sometimes pass and sometimes fail.</summary>
    Inconsistent,
}
