namespace AnalysisKit.Indicators;

/// <summary>Which published convention a rate or standardised rate follows.</summary>
public enum RateConvention
{
    /// <summary>
    /// PHE / UKHSA Fingertips (PHEindicatormethods 2.1.0): exact Poisson limits below 10 events, Byar's from 10, at
    /// any confidence level; DSRs below 10 events are not published.
    /// </summary>
    Phe,

    /// <summary>
    /// ScotPHO profiles (Public Health Scotland, scotpho-indicator-production): Byar's limits with z = 1.96 for every
    /// count, lower limit NaN at 0 events and negative lower limits set to 0; standardised rates published at any count.
    /// </summary>
    ScotPho,
}
