using Microsoft.Data.Analysis;

namespace AnalysisKit.Notebooks;

/// <summary>
/// A DataFrame shown with some columns declared as labels, not counts (e.g. a SIMD quintile 1–5, a rank, a month
/// number), and why. The output guard reads every whole-number cell as a count and refuses small ones; a label column is
/// only scanned for CHI-like numbers. Made with <see cref="LabelColumnsExtensions.WithLabelColumns"/>; shown exactly as
/// the frame, with the columns and the reason in the output's metadata.
/// </summary>
/// <param name="Frame">The table shown.</param>
/// <param name="Columns">The columns that are labels; each is a column of <paramref name="Frame"/>.</param>
/// <param name="Reason">Why they are not counts.</param>
public sealed record LabelledFrame(DataFrame Frame, IReadOnlyList<string> Columns, string Reason);
