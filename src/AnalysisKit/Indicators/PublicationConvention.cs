namespace AnalysisKit.Indicators;

/// <summary>Which published convention a proportion, rate or standardised rate follows.</summary>
public enum PublicationConvention
{
    /// <summary>
    /// PHE / UKHSA Fingertips (PHEindicatormethods 2.1.0): Wilson limits at z = Φ⁻¹(1 − α/2), unclamped; exact Poisson
    /// limits below 10 events, Byar's from 10, at any confidence level; DSRs below 10 events are not published.
    /// </summary>
    Phe,

    /// <summary>
    /// ScotPHO profiles (Public Health Scotland, scotpho-indicator-production), 95% only with z = 1.96 written as a
    /// constant: Wilson limits clamped to [0, 1]; Byar's limits for every count, lower limit NaN at 0 events and
    /// negative lower limits set to 0; standardised rates published at any count.
    /// </summary>
    ScotPho,
}
