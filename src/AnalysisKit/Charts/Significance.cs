namespace AnalysisKit.Charts;

/// <summary>How a unit's value compares with a comparator (e.g. Scotland), as decided by the indicator statistics.</summary>
public enum Significance
{
    /// <summary>No comparison was made (e.g. too few events); shown as an open marker.</summary>
    NotCompared,

    /// <summary>Not significantly different from the comparator.</summary>
    NotSignificant,

    /// <summary>Significantly higher than the comparator.</summary>
    Higher,

    /// <summary>Significantly lower than the comparator.</summary>
    Lower,
}
