namespace AnalysisKit.Variation.Spc;

/// <summary>Options of an NHSRplotthedots XmR chart (<c>ptd_spc</c>).</summary>
/// <param name="Direction">Which way is better; default increase.</param>
/// <param name="ScreenOutliers">Drop moving ranges ≥ 3.267·mR̄ and recompute mR̄ before setting limits (default true).</param>
/// <param name="RebaseDates">Dates at which limits are recalculated (e.g. a PDSA change date); each must be a date of the series.</param>
/// <param name="FixAfterNPoints">Compute the mean and limits from the first N points of each rebase group only; N ≥ 12.</param>
/// <param name="Target">A target value, for the assurance icon.</param>
public sealed record XmrOptions(
    ImprovementDirection Direction = ImprovementDirection.Increase,
    bool ScreenOutliers = true,
    IReadOnlyList<DateOnly>? RebaseDates = null,
    int? FixAfterNPoints = null,
    double? Target = null);
