namespace AnalysisKit.Indicators;

/// <summary>
/// The slope index of inequality (SII) and relative index of inequality (RII) with their limits, as ScotPHO computes
/// them (see <see cref="Inequality"/>).
/// </summary>
/// <param name="SlopeIndex">SII: the fitted value at the most deprived end (relative rank 0) minus that at the least
/// deprived end (rank 1), in the measure's units; positive when the measure is higher in more deprived areas.</param>
/// <param name="SlopeIndexLower">Lower limit of the SII (regression t-interval).</param>
/// <param name="SlopeIndexUpper">Upper limit of the SII.</param>
/// <param name="RelativeIndex">RII = SII / overall value.</param>
/// <param name="RelativeIndexLower">Lower limit of the RII (SII lower limit / overall value).</param>
/// <param name="RelativeIndexUpper">Upper limit of the RII.</param>
/// <param name="OverallValue">The area's overall value the RII is relative to.</param>
/// <param name="Confidence">The confidence level of the limits, as a fraction.</param>
public sealed record InequalityIndices(double SlopeIndex, double SlopeIndexLower, double SlopeIndexUpper,
    double RelativeIndex, double RelativeIndexLower, double RelativeIndexUpper, double OverallValue, double Confidence)
{
    /// <summary>
    /// The RII as ScotPHO publishes it: RII × 0.5 × 100, read as "the most deprived are this % above the average".
    /// </summary>
    public double RelativeIndexPercentAboveAverage => RelativeIndex * 0.5 * 100;
}
