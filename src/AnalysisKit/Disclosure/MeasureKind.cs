namespace AnalysisKit.Disclosure;

/// <summary>
/// The kind of a measure published beside a count (the ScotPHO <c>type_id</c>). It decides whether the measure and its
/// confidence limits are blanked with a suppressed count.
/// </summary>
public enum MeasureKind
{
    /// <summary>A percentage (<c>%</c>): count = measure × denominator / 100, so it is blanked with its count.</summary>
    Percentage,

    /// <summary>A crude rate (<c>cr</c>): count = rate × population / multiplier, so it is blanked with its count.</summary>
    CrudeRate,

    /// <summary>
    /// An age-sex standardised rate (<c>sr</c>). ScotPHO keeps it and its Dobson limits when the count is suppressed,
    /// because the count cannot be worked back from it; a policy may still blank it.
    /// </summary>
    StandardisedRate,
}
