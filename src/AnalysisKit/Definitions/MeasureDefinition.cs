namespace AnalysisKit.Definitions;

/// <summary>
/// A prescribing measure defined as data, in the indicator format of a definition file (<see cref="IndicatorDefinition"/>:
/// numerator and denominator as BNF-code filtered sums of items, quantity or cost, or a population; multiplier, unit,
/// polarity) with what an OpenPrescribing-style measure adds: its clinical rationale and source, whether it is
/// cost-based (<see cref="Savings"/>), and the decimals to show. Read from a measure file (<see cref="MeasureFile"/>).
/// </summary>
/// <param name="Indicator">The numerator, denominator, method (usually <c>ratio</c>), multiplier, unit and polarity.</param>
/// <param name="Savings">How cost savings are computed, or null when the measure is not cost-based.</param>
/// <param name="Rationale">Why the measure matters clinically, in a sentence or two; null when not given.</param>
/// <param name="Source">Where the definition comes from (guidance, OpenPrescribing measure); null when not given.</param>
/// <param name="OpenPrescribing">The OpenPrescribing measure id it follows (e.g. <c>all_antibiotics</c>), or null.</param>
/// <param name="Decimals">Decimal places for the value in tables, charts and text, 0 to 6.</param>
public sealed record MeasureDefinition(
    IndicatorDefinition Indicator,
    SavingsDefinition? Savings,
    string? Rationale,
    string? Source,
    string? OpenPrescribing,
    int Decimals)
{
    /// <summary>The measure's name (unique in its file).</summary>
    public string Name => Indicator.Name;

    /// <summary>The measure's display name.</summary>
    public string Label => Indicator.Label;

    /// <summary>True when the denominator is counted from the same extract (a share: e.g. broad-spectrum items as a percentage of antibacterial items).</summary>
    public bool IsShare => Indicator.Denominator.Kind == DenominatorKind.Counted;
}
