namespace AnalysisKit.Variation.Funnels;

/// <summary>
/// The data types and transformations of FunnelPlotR 0.6.0's over-dispersed funnels (Spiegelhalter 2005; NHS Digital
/// SHMI methodology; CQC intelligent monitoring).
/// </summary>
public enum OverdispersedFunnelMethod
{
    /// <summary>
    /// Standardised ratio O/E, log-transformed as NHS Digital's SHMI: z = √E·ln(O/E), 10% truncation, E rounded to
    /// 2 dp first (<c>data_type = "SR", sr_method = "SHMI"</c>).
    /// </summary>
    StandardisedRatioShmi,

    /// <summary>
    /// Standardised ratio O/E, square-root transformed as CQC: z = (√(O/E) − 1)/(1/(2√E)), 10% winsorising; limits stay
    /// on the square-root scale as the package draws them (<c>data_type = "SR", sr_method = "CQC"</c>).
    /// </summary>
    StandardisedRatioCqc,

    /// <summary>Proportion, arcsine-square-root transformed (<c>data_type = "PR"</c>).</summary>
    Proportion,

    /// <summary>Ratio of two counts, log transformed with ½ added to each (<c>data_type = "RC"</c>).</summary>
    RatioOfCounts,
}
