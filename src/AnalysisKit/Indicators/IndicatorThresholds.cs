namespace AnalysisKit.Indicators;

/// <summary>
/// The count thresholds of the published conventions, written once (PHE Technical Guide; PHEindicatormethods 2.1.0).
/// </summary>
public static class IndicatorThresholds
{
    /// <summary>
    /// PHE uses exact Poisson limits below this many events and Byar's limits from it (rates and ISRs), and does not
    /// publish a DSR below it.
    /// </summary>
    public const double SmallCount = 10;

    /// <summary>z used by ScotPHO for every Byar limit (95%, rounded to two decimals as ScotPHO's code writes it).</summary>
    public const double ScotPhoZ = 1.96;
}
