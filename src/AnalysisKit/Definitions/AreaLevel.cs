namespace AnalysisKit.Definitions;

/// <summary>
/// A level of a briefing's geography, as a definition file names it. <see cref="Chp"/> is the Community Health
/// Partnership of ISD's pre-2016 publications, which sits where the HSCP sits now (between practice and board).
/// </summary>
public enum AreaLevel
{
    /// <summary>A GP practice (the units of a cluster briefing).</summary>
    Practice,

    /// <summary>A GP cluster.</summary>
    Cluster,

    /// <summary>A health and social care partnership (S37).</summary>
    Hscp,

    /// <summary>A Community Health Partnership (S03), ISD's level between practice and board before HSCPs.</summary>
    Chp,

    /// <summary>An NHS health board.</summary>
    Board,

    /// <summary>Scotland.</summary>
    Scotland,
}
