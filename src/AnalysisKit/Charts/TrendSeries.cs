namespace AnalysisKit.Charts;

/// <summary>One line of a trend chart (e.g. the cluster, or Scotland).</summary>
/// <param name="Name">Legend name; unique within the chart.</param>
/// <param name="Points">The periods in date order, at least one.</param>
public sealed record TrendSeries(string Name, IReadOnlyList<TrendPoint> Points);
