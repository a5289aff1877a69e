namespace AnalysisKit.Indicators;

/// <summary>The statistical method that produced an indicator's value and confidence limits.</summary>
public enum IndicatorMethod
{
    /// <summary>Wilson score interval for a proportion (Wilson 1927; Newcombe &amp; Altman 2000).</summary>
    Wilson,

    /// <summary>Exact Poisson limits from χ² quantiles (used by PHE below 10 events).</summary>
    ExactPoisson,

    /// <summary>Byar's approximation to the Poisson limits (Breslow &amp; Day 1987; used by PHE from 10 events).</summary>
    Byar,

    /// <summary>Byar's limits with z = 1.96 for every count, as ScotPHO publishes crude rates.</summary>
    ScotPhoByar,

    /// <summary>Directly standardised rate with Dobson et al. (1991) limits built on Byar's limits.</summary>
    Dobson,

    /// <summary>Dobson limits with the variance adjusted for non-independent events (PHE Technical Guide, DSR chapter).</summary>
    DobsonNonIndependentEvents,

    /// <summary>ScotPHO European age-sex standardised rate: Dobson limits on Byar's limits at z = 1.96, no suppression.</summary>
    ScotPhoEasr,

    /// <summary>
    /// ScotPHO percentage with a normal-approximation interval narrowed by a finite-population correction
    /// (scotpho-indicator-production <c>calculate_perc_pcf</c>), for surveys of a known population.
    /// </summary>
    ScotPhoPercentFinitePopulation,

    /// <summary>Mean with limits from Student's t-distribution.</summary>
    StudentT,
}
