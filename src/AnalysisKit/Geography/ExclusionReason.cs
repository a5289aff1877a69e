namespace AnalysisKit.Geography;

/// <summary>Why a practice in the lookup is left out of comparisons.</summary>
public enum ExclusionReason
{
    /// <summary>A pseudo-practice code (99996–99999) that collects activity not attributable to a registered list.</summary>
    PseudoPractice,

    /// <summary>The practice was closed on the hierarchy's effective date.</summary>
    Closed,
}
