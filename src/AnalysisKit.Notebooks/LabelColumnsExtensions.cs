using Microsoft.Data.Analysis;

namespace AnalysisKit.Notebooks;

/// <summary>
/// <c>display(frame.WithLabelColumns(["SIMD quintile"], "quintile 1–5 is a label, not a count"))</c>: say which
/// whole-number columns are labels, not counts, and why.
/// </summary>
public static class LabelColumnsExtensions
{
    /// <summary>
    /// The frame with <paramref name="columns"/> declared as labels, so the output guard does not read them as counts
    /// (the other columns are still checked, and every cell for CHI-like numbers). The columns and the reason are recorded
    /// in the output's metadata (<c>"akit": {"label_columns": […], "label_reason": "…"}</c>) of the stored notebook.
    /// </summary>
    /// <param name="frame">The table to show.</param>
    /// <param name="columns">Names of columns of <paramref name="frame"/> that hold labels (quintiles, ranks, years); at least one.</param>
    /// <param name="reason">Why they are not counts; non-empty text.</param>
    /// <exception cref="ArgumentException">No column given, a name that is not a column of the frame, or no reason.</exception>
    public static LabelledFrame WithLabelColumns(this DataFrame frame, IReadOnlyList<string> columns, string reason)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(columns);
        if (columns.Count == 0)
        {
            throw new ArgumentException(NotebookMessages.NoLabelColumns, nameof(columns));
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new ArgumentException(NotebookMessages.LabelNeedsReason, nameof(reason));
        }

        var names = frame.Columns.Select(c => c.Name).ToList();
        foreach (var column in columns)
        {
            if (!names.Contains(column, StringComparer.Ordinal))
            {
                throw new ArgumentException(NotebookMessages.UnknownLabelColumn(column, names), nameof(columns));
            }
        }

        return new LabelledFrame(frame, columns.ToList(), reason.Trim());
    }
}
