namespace AnalysisKit.Variation.Spc;

/// <summary>Options of a qicharts2 chart (<c>qic(...)</c>).</summary>
/// <param name="Freeze">Compute the centre line and limits from the first N points only (the baseline); 1 ≤ N ≤ points.</param>
/// <param name="PartStartDates">Dates at which a new part starts, with its own centre line, limits and runs analysis
/// (e.g. the date a PDSA change took effect). qicharts2's <c>part = k</c> is the date of point k + 1.</param>
/// <param name="ExcludeDates">Points left out of the centre line, limits and runs analysis but still plotted.</param>
/// <param name="Multiply">Scale of the y values and lines (e.g. 1000 for a rate per 1,000); &gt; 0.</param>
/// <param name="ScreenMovingRanges">Drop moving ranges ≥ 3.267·mR̄ before the I, P′ and U′ limits, as qicharts2 does
/// when the package is attached (<c>qic.screenedmr = TRUE</c>, the usual case); default true.</param>
public sealed record QicOptions(
    int? Freeze = null,
    IReadOnlyList<DateOnly>? PartStartDates = null,
    IReadOnlyList<DateOnly>? ExcludeDates = null,
    double Multiply = 1,
    bool ScreenMovingRanges = true);
