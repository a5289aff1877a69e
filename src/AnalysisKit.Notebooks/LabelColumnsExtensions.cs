using Microsoft.Data.Analysis;

namespace AnalysisKit.Notebooks;

/// <summary><c>display(frame.WithLabelColumns("SIMD quintile"))</c>: say which whole-number columns are labels, not counts.</summary>
public static class LabelColumnsExtensions
{
    /// <summary>
    /// The frame with <paramref name="columns"/> declared as labels, so a stored output's disclosure check does not read
    /// them as counts (the other columns are still checked, and every cell for CHI-like numbers).
    /// </summary>
    /// <param name="frame">The table to show.</param>
    /// <param name="columns">Names of columns of <paramref name="frame"/> that hold labels (quintiles, ranks, years); at least one.</param>
    /// <exception cref="ArgumentException">No column given, or a name that is not a column of the frame.</exception>
    public static LabelledFrame WithLabelColumns(this DataFrame frame, params string[] columns)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(columns);
        if (columns.Length == 0)
        {
            throw new ArgumentException(NotebookMessages.NoLabelColumns, nameof(columns));
        }

        var names = frame.Columns.Select(c => c.Name).ToList();
        foreach (var column in columns)
        {
            if (!names.Contains(column, StringComparer.Ordinal))
            {
                throw new ArgumentException(NotebookMessages.UnknownLabelColumn(column, names), nameof(columns));
            }
        }

        return new LabelledFrame(frame, columns);
    }
}
