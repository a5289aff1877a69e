namespace AnalysisKit.Charts;

/// <summary>A spine chart row's finding: significance read through the indicator's polarity (in legend order).</summary>
internal enum SpineOutcome
{
    Better,
    Worse,
    Higher,
    Lower,
    NotSignificant,
    NotCompared,
}
