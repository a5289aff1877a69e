namespace AnalysisKit.Indicators;

/// <summary>A <see cref="Significance"/> read through the indicator's <see cref="Polarity"/>, as briefings show it.</summary>
public enum Assessment
{
    /// <summary>Significantly different in the good direction.</summary>
    Better,

    /// <summary>Significantly different in the bad direction.</summary>
    Worse,

    /// <summary>Not significantly different.</summary>
    Similar,

    /// <summary>Significantly higher, for an indicator without polarity.</summary>
    Higher,

    /// <summary>Significantly lower, for an indicator without polarity.</summary>
    Lower,

    /// <summary>Could not be compared.</summary>
    NotComparable,
}
