namespace AnalysisKit.Variation.Spc;

/// <summary>The qicharts2 control charts AnalysisKit reproduces (Montgomery, "Introduction to Statistical Quality Control", 6th ed.; Laney 2002).</summary>
public enum QicChartType
{
    /// <summary>Run chart: centre line at the median, no control limits; only the Anhøj runs rules apply.</summary>
    Run,

    /// <summary>I chart (individuals): CL = mean, limits ± 3·mR̄/1.128.</summary>
    I,

    /// <summary>MR chart (moving ranges): CL = mR̄, UCL = 3.267·mR̄, LCL = 0; no runs signal.</summary>
    MR,

    /// <summary>C chart (counts): limits mean ± 3√mean, LCL ≥ 0.</summary>
    C,

    /// <summary>P chart (proportions): CL = Σnumerator/Σdenominator, limits ± 3√(CL(1 − CL)/nᵢ), clamped to [0, 1].</summary>
    P,

    /// <summary>Laney P′ chart: P chart limits widened by σ_z = mR̄(zᵢ)/1.128 for large denominators.</summary>
    PPrime,

    /// <summary>U chart (rates): CL = Σnumerator/Σdenominator, limits ± 3√(CL/nᵢ), LCL ≥ 0.</summary>
    U,

    /// <summary>Laney U′ chart: U chart limits widened by σ_z.</summary>
    UPrime,
}
