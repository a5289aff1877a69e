namespace AnalysisKit.Geography;

/// <summary>Whether a practice is open on a lookup row's dates.</summary>
public enum PracticeStatus
{
    /// <summary>Open and seeing patients.</summary>
    Open,

    /// <summary>Closed (including closed by merging into another practice; the row's note says which).</summary>
    Closed,
}
