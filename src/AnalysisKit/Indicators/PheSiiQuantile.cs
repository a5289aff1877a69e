namespace AnalysisKit.Indicators;

/// <summary>
/// One deprivation quantile (decile, quintile …) of an area for PHEindicatormethods' <c>phe_sii</c>. Give the value, or for
/// a proportion the count with the attribute; and the standard error, or the 95% limits it is derived from.
/// </summary>
/// <param name="Quantile">The quantile's number; the quantiles are ordered by it, as <c>phe_sii</c> arranges them (1 is
/// usually the most deprived; the SII's sign follows the order).</param>
/// <param name="Population">The quantile's population, &gt; 0: its weight and its share of the rank axis.</param>
/// <param name="Value">The indicator value (<c>value</c>); a proportion between 0 and 1 for <see cref="PheSiiValueType.Proportion"/>.</param>
/// <param name="Count">For proportions without a value: the number with the attribute (<c>x</c>); value = count / population.</param>
/// <param name="StandardError">The value's standard error (<c>se</c>), ≥ 0, on the scale it is drawn on (see
/// <see cref="PheSiiValueType"/>); used as given.</param>
/// <param name="LowerLimit">The value's 95% lower limit (<c>lower_cl</c>), used with <paramref name="UpperLimit"/> when no
/// standard error is given: se = (upper − lower)/1.959964/2 on the drawing scale.</param>
/// <param name="UpperLimit">The value's 95% upper limit (<c>upper_cl</c>).</param>
public sealed record PheSiiQuantile(
    int Quantile,
    double Population,
    double? Value = null,
    double? Count = null,
    double? StandardError = null,
    double? LowerLimit = null,
    double? UpperLimit = null);
