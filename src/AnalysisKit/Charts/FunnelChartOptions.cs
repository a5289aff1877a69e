namespace AnalysisKit.Charts;

/// <summary>
/// How <c>ToChart</c> turns a funnel result into a <see cref="FunnelChart"/>: the chart's name and title, the axis
/// titles, what the units are called, their labels and which to highlight. Axis titles left null get a default from
/// the result (e.g. "Denominator" and "Percentage" for a PHE proportion funnel with multiplier 100).
/// </summary>
/// <param name="Name">Stable chart name (lower-case letters, digits, hyphens), e.g. <c>diabetes-funnel</c>.</param>
/// <param name="Title">Chart title.</param>
public sealed record FunnelChartOptions(string Name, string Title)
{
    /// <summary>The plural noun for the units in the alt text (default "units"; e.g. "practices").</summary>
    public string UnitNoun { get; init; } = "units";

    /// <summary>x axis title; null for the result's default.</summary>
    public string? DenominatorTitle { get; init; }

    /// <summary>y axis title; null for the result's default.</summary>
    public string? ValueTitle { get; init; }

    /// <summary>
    /// What the reader sees for each unit, by unit code (e.g. <see cref="AnalysisKit.Disclosure.PracticeAnonymiser"/> or
    /// practice names); a unit not in it is shown by its code. Null shows every code.
    /// </summary>
    public IReadOnlyDictionary<string, string>? Labels { get; init; }

    /// <summary>Unit codes to ring and label wherever they lie (e.g. the reader's own practice).</summary>
    public IReadOnlyCollection<string> Highlight { get; init; } = [];

    /// <summary>Decimal places for values in hover and alt text, 0 to 6 (default 1).</summary>
    public int Decimals { get; init; } = 1;

    /// <summary>The label of a unit code.</summary>
    /// <param name="code">The unit's code.</param>
    internal string LabelOf(string code) => Labels is not null && Labels.TryGetValue(code, out var label) ? label : code;
}
