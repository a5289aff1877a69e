namespace AnalysisKit.Geography;

/// <summary>
/// The levels of the NHS Scotland primary-care geography, from a GP practice up to Scotland. Each practice belongs
/// to one GP cluster, each cluster to one health and social care partnership (HSCP), each HSCP to one NHS health
/// board, on a given effective date.
/// </summary>
public enum GeographyLevel
{
    /// <summary>A GP practice (five-digit PHS practice code, e.g. 10002).</summary>
    Practice,

    /// <summary>A GP cluster: 4–8 practices that meet for quality improvement.</summary>
    Cluster,

    /// <summary>A health and social care partnership (S37 code).</summary>
    Hscp,

    /// <summary>An NHS health board (S08 code).</summary>
    Board,

    /// <summary>Scotland as a whole (S92000003).</summary>
    Scotland,
}
