namespace AnalysisKit.Charts;

/// <summary>How <c>ToChart</c> turns an SPC result into an <see cref="SpcChart"/>: name, title, y axis title and decimals.</summary>
/// <param name="Name">Stable chart name (lower-case letters, digits, hyphens), e.g. <c>antibacterials-spc</c>.</param>
/// <param name="Title">Chart title.</param>
/// <param name="ValueTitle">y axis title, also used in the alt text (e.g. "Items per 1,000 patients").</param>
public sealed record SpcChartOptions(string Name, string Title, string ValueTitle)
{
    /// <summary>Decimal places for values in hover and alt text, 0 to 6 (default 1).</summary>
    public int Decimals { get; init; } = 1;
}
