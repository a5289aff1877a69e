namespace AnalysisKit.Notebooks;

/// <summary>
/// Text shown with the reason its numbers are not counts (<c>display("Top 3 practices".AsLabel("3 is how many are
/// listed"))</c>): the output guard only scans it for CHI-like numbers, and the reason is recorded in the output's
/// metadata (<c>"akit": {"label_reason": "…"}</c>). Made with <see cref="LabelTextExtensions.AsLabel"/>.
/// </summary>
/// <param name="Text">The text shown, as plain text.</param>
/// <param name="Reason">Why its numbers are not counts of people.</param>
public sealed record LabelledText(string Text, string Reason)
{
    /// <inheritdoc />
    public override string ToString() => Text;
}
