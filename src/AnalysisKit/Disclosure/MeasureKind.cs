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
    /// An age-sex standardised rate (<c>sr</c>). Blanked with its count: its Dobson limits give the count back, since
    /// (upper − rate) / (rate − lower) = (Byar upper(O) − O) / (O − Byar lower(O)) depends only on the count O. ScotPHO
    /// keeps it; a policy may do so only as an opt-in with a reason (<see cref="SuppressionPolicy.KeepStandardisedRatesReason"/>).
    /// </summary>
    StandardisedRate,
}
