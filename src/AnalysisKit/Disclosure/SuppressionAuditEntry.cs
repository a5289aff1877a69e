namespace AnalysisKit.Disclosure;

/// <summary>One suppressed cell in the audit: where it is, the value hidden, and why.</summary>
/// <param name="Row">The row index (0-based, input order).</param>
/// <param name="RowLabel">The row's keys joined with " / ".</param>
/// <param name="Column">The column.</param>
/// <param name="HiddenValue">The value that was hidden, as text (count or measure).</param>
/// <param name="Reason">Primary, which secondary rule, or a measure following its count.</param>
/// <param name="Because">The rule or additive relation that required it, in words.</param>
/// <param name="Step">The order in which cells were suppressed (1 = first).</param>
public sealed record SuppressionAuditEntry(int Row, string RowLabel, string Column, string HiddenValue, SuppressionReason Reason, string Because, int Step);
