namespace AnalysisKit.Geography;

/// <summary>A practice that is in the lookup but left out of comparisons, with the reason, so it is reported rather than dropped.</summary>
/// <param name="PracticeCode">The five-digit practice code.</param>
/// <param name="PracticeName">The practice name from the lookup.</param>
/// <param name="Reason">Why it is excluded.</param>
/// <param name="Detail">A sentence for reports, e.g. "pseudo-practice 99997 (unallocated)" or "closed on 2025-04-01: merged into 70104".</param>
public sealed record PracticeExclusion(string PracticeCode, string PracticeName, ExclusionReason Reason, string Detail);
