namespace AnalysisKit.Disclosure;

/// <summary>One small count on the review sheet, for the analyst's check by hand (LIST "SDC highlight" practice).</summary>
/// <param name="Row">The row index (0-based, input order).</param>
/// <param name="RowLabel">The row's keys joined with " / ".</param>
/// <param name="Column">The count column.</param>
/// <param name="Count">The true count.</param>
/// <param name="State">How it is published.</param>
/// <param name="Published">The published text.</param>
public sealed record ReviewEntry(int Row, string RowLabel, string Column, long Count, CellState State, string Published);
