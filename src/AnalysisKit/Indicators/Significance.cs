namespace AnalysisKit.Indicators;

/// <summary>How a unit's value stands against its comparator, judged by the unit's confidence interval.</summary>
public enum Significance
{
    /// <summary>The comparator lies below the unit's lower limit: the unit is significantly higher.</summary>
    Higher,

    /// <summary>The comparator lies above the unit's upper limit: the unit is significantly lower.</summary>
    Lower,

    /// <summary>The comparator lies within the unit's interval (a limit equal to the comparator counts as within).</summary>
    NotDifferent,

    /// <summary>The unit's value or limits, or the comparator, could not be calculated (e.g. a suppressed DSR).</summary>
    NotComparable,
}
