namespace AnalysisKit.Charts;

/// <summary>One age band of a population pyramid: the number of males and of females.</summary>
/// <param name="AgeBand">The band's label (e.g. "45-49"); unique within the chart.</param>
/// <param name="Males">Males in the band: a count (checked by disclosure control) or suppressed (no bar, shown as the marker).</param>
/// <param name="Females">Females in the band, likewise.</param>
public sealed record PyramidBand(string AgeBand, ChartCount Males, ChartCount Females);
