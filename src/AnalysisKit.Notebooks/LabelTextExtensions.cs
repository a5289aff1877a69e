namespace AnalysisKit.Notebooks;

/// <summary><c>display("Top 3 practices".AsLabel("3 is how many practices are listed"))</c>: text whose numbers are not counts.</summary>
public static class LabelTextExtensions
{
    /// <summary>The text as a label: shown as plain text; the output guard scans it for CHI-like numbers only and records the reason.</summary>
    /// <param name="text">The text to show.</param>
    /// <param name="reason">Why its numbers are not counts of people; non-empty text.</param>
    /// <exception cref="ArgumentException">No reason.</exception>
    public static LabelledText AsLabel(this string text, string reason)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new ArgumentException(NotebookMessages.LabelNeedsReason, nameof(reason));
        }

        return new LabelledText(text, reason.Trim());
    }
}
