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

    /// <summary>
    /// Each point read through the measure's improvement direction, as Making Data Count reads an XmR chart: a point
    /// outside the 3σ limits (<see cref="QicPoint.SigmaSignal"/>), and every point of a run on one side of the centre
    /// line longer than its part's Anhøj limit (<see cref="RunsAnalysis.LongestRunMax"/>; points on the centre line
    /// neither break nor extend a run), is special cause: improvement on the better side, concern on the worse, neutral
    /// high or low when no direction is better; every other point is common cause. MR charts have no direction (a large
    /// moving range is neither better nor worse) and no runs rule, so their signals are neutral. A crossings signal
    /// belongs to the part, not to a point: it is in <see cref="Parts"/>, not here. Excluded and missing points are common cause.
    /// </summary>
    /// <param name="direction">Which way is better.</param>
    /// <returns>One type per point, in point order.</returns>
    public IReadOnlyList<SpcPointType> PointTypes(ImprovementDirection direction) => QicClassification.Of(this, direction);
}
