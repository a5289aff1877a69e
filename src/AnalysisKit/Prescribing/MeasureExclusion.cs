namespace AnalysisKit.Prescribing;

/// <summary>A practice-month left out of a measure, and why: nothing is dropped without a record.</summary>
/// <param name="Practice">The practice code.</param>
/// <param name="Month">The month.</param>
/// <param name="Reason">Why, in words (e.g. "pseudo-practice (not a registered list)", "no prescribing rows that month").</param>
public sealed record MeasureExclusion(string Practice, DateOnly Month, string Reason);
