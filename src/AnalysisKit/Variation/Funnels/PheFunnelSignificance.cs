namespace AnalysisKit.Variation.Funnels;

/// <summary>
/// PHEindicatormethods' funnel significance levels (<c>assign_funnel_significance</c>); the first level that applies
/// wins, in this order: Low (0.001), Low (0.025), High (0.001), High (0.025), Not significant for proportions, and
/// High before Low for ratios.
/// </summary>
public enum PheFunnelSignificance
{
    /// <summary>"Not significant": inside the 95% limits (or on one).</summary>
    NotSignificant,

    /// <summary>"Low (0.025)": below the 95% (2σ, p = 0.975) lower limit but not the 99.8% one.</summary>
    Low025,

    /// <summary>"Low (0.001)": below the 99.8% (3σ, p = 0.999) lower limit.</summary>
    Low001,

    /// <summary>"High (0.025)": above the 95% upper limit but not the 99.8% one.</summary>
    High025,

    /// <summary>"High (0.001)": above the 99.8% upper limit.</summary>
    High001,

    /// <summary>"Not applicable for events less than 10 for dsrs": directly standardised rates from fewer than 10 events are not assessed.</summary>
    NotApplicable,
}
