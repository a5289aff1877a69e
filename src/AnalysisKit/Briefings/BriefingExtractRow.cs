namespace AnalysisKit.Briefings;

/// <summary>One practice-month of a <see cref="BriefingExtract"/>.</summary>
/// <param name="Month">First day of the month.</param>
/// <param name="PracticeCode">The practice.</param>
/// <param name="ClusterCode">The practice's cluster in that month (empty for pseudo-practices).</param>
/// <param name="ListSize">Registered patients that month.</param>
/// <param name="Values">One count per measure; null when missing.</param>
public sealed record BriefingExtractRow(DateOnly Month, string PracticeCode, string ClusterCode, long ListSize, IReadOnlyList<long?> Values);
