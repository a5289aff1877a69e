namespace AnalysisKit.Variation.Spc;

/// <summary>A qicharts2 chart: its points, the runs analysis of each part, and the options that made it.</summary>
/// <param name="Chart">The chart type.</param>
/// <param name="Options">The options used.</param>
/// <param name="Points">One row per observation, in date order.</param>
/// <param name="Parts">Runs analysis per part (index 0 is part 1). For MR charts the signal is always false, as in qicharts2.</param>
/// <param name="Warnings">Statistical caveats (few points).</param>
public sealed record QicResult(QicChartType Chart, QicOptions Options, IReadOnlyList<QicPoint> Points, IReadOnlyList<RunsAnalysis> Parts, IReadOnlyList<string> Warnings)
{
    /// <summary>
    /// The part-wise summary qicharts2's <c>summary(qic(...))</c> prints: runs analysis, average limits (aLCL, aLCL.95,
    /// CL, aUCL.95, aUCL) and the number of points outside the 3σ limits, one row per part.
    /// </summary>
    public IReadOnlyList<QicPartSummary> Summary() => QicPartSummary.Of(this);
}
