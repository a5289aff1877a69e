namespace AnalysisKit.Definitions;

/// <summary>How an indicator's value and 95% interval are computed from its numerator and denominator.</summary>
public enum MeasureMethod
{
    /// <summary><c>crude-rate</c>: events per population × multiplier, Poisson limits (exact below 10, Byar from 10; <see cref="Indicators.CrudeRate"/>).</summary>
    CrudeRate,

    /// <summary><c>proportion-wilson</c>: a proportion × multiplier with Wilson score limits (<see cref="Indicators.Proportion.Wilson"/>); numerator ≤ denominator.</summary>
    WilsonProportion,

    /// <summary><c>dsr-esp2013</c>: directly standardised rate to the 2013 European Standard Population, Dobson limits (<see cref="Indicators.DirectlyStandardisedRate.Dobson"/>).</summary>
    DsrEsp2013,

    /// <summary><c>isr</c>: indirectly standardised ratio observed / expected at Scotland's age-sex rates (<see cref="Indicators.IndirectlyStandardised.Ratio(double, double, Indicators.ConfidenceLevels, double)"/>).</summary>
    Isr,

    /// <summary>
    /// <c>ratio</c>: numerator / denominator × multiplier with no interval — OpenPrescribing's measure value
    /// (<c>calc_value</c>). Allows amounts (quantity, cost). For prescribing measures (<c>$.prescribing</c>), not a
    /// briefing's indicators, whose comparisons need an interval.
    /// </summary>
    Ratio,
}
