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
    /// negative lower limits set to 0; standardised rates published at any count, an age band with population 0 and no
    /// events counting 0 (<c>calculate_easr</c>), and an EASR's undefined limits at 0 events left NaN with a warning.
    /// </summary>
    ScotPho,

    /// <summary>
    /// <see cref="ScotPho"/> with the last step of ScotPHO's <c>calculate_easr</c> as well: undefined EASR values are
    /// filled with 0 (<c>replace(., is.na(.), 0)</c>), so an EASR from 0 events is published as rate 0, lower 0,
    /// upper 0 — what ScotPHO's profiles show. Crude rates and percentages are the same as <see cref="ScotPho"/>
    /// (<c>calculate_crude_rate</c> and <c>calculate_percent</c> do not fill; a crude rate's lower limit at 0 events stays NaN).
    /// </summary>
    ScotPhoZeroFilled,
}
