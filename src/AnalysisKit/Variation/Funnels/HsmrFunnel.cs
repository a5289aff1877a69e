namespace AnalysisKit.Variation.Funnels;

/// <summary>
/// The multiplicative over-dispersion funnel that Public Health Scotland publishes the Hospital Standardised
/// Mortality Ratio with, step by step as PHS's own code computes it (github.com/Public-Health-Scotland/hsmr,
/// <c>create_smr_data.R</c> and <c>create_excel_tables.R</c>; Spiegelhalter 2005 multiplicative model). R(x) is
/// round-half-up to 8 decimal places (janitor's <c>round_half_up</c>, the same rule as phsmethods):
/// <list type="number">
/// <item>SMR = deaths/predicted, kept unrounded (the flags compare it);</item>
/// <item>st_err = R(√(1/R(predicted))); z = R((R(SMR) − 1)/st_err);</item>
/// <item>winsorising: every z equal to the largest is flagged high and every z equal to the smallest low; the flagged
/// z are set to 0; the new largest and smallest are taken over that vector, zeros included, and replace the flagged
/// values (so when every z is positive the smallest is replaced by 0);</item>
/// <item>w = R(√(ΣR(z²)/#(z ≠ 0))) over the winsorised z;</item>
/// <item>limits 1 ± {1.96, 3.09}·R(st_err·w), not rounded afterwards; no φ ≤ 1 check, so w &lt; 1 narrows them.</item>
/// </list>
/// PHS's tables also carry board and Scotland rows with z = 0 in the same min/max; pass hospitals only here, as the
/// published funnel (<c>create_smr_data.R</c>, <c>location %in% hosp_filter</c>) does.
/// </summary>
public static class HsmrFunnel
{
    /// <summary>z for the 95% limits as PHS writes it.</summary>
    public const double Z95 = 1.96;

    /// <summary>z for the 99.8% limits as PHS writes it.</summary>
    public const double Z998 = 3.09;

    private const int Digits = 8;
    private const double SmallExpected = 5;

    /// <summary>Fits the multiplicative funnel.</summary>
    /// <param name="units">Numerator = observed deaths, denominator = predicted (expected) deaths &gt; 0; at least 3 units
    /// so that winsorising the extremes leaves a middle.</param>
    public static HsmrFunnelResult Fit(IReadOnlyList<FunnelUnit> units)
    {
        FunnelInput.Validate(units, nameof(units), proportion: false);
        if (units.Count < 3)
        {
            throw new ArgumentException(VariationMessages.OutOfRange("units.Count", units.Count, "at least 3 units (the largest and smallest z-scores are winsorised)"), nameof(units));
        }

        var warnings = new List<string>();
        var n = units.Count;
        var smr = units.Select(u => u.Numerator / u.Denominator).ToArray();
        var se = units.Select(u => R(Math.Sqrt(1 / R(u.Denominator)))).ToArray();
        var z = Enumerable.Range(0, n).Select(i => R((R(smr[i]) - 1) / R(se[i]))).ToArray();
        var winsorised = Winsorise(z);

        var nonZero = winsorised.Count(v => v != 0);
        var w = R(Math.Sqrt(winsorised.Sum(v => R(v * v)) / nonZero));
        if (nonZero == 0)
        {
            warnings.Add(VariationMessages.HsmrNoSpread());
        }

        var rows = new List<HsmrFunnelUnit>(n);
        for (var i = 0; i < n; i++)
        {
            var limits = Limits(se[i], w);
            rows.Add(new HsmrFunnelUnit(units[i], smr[i], se[i], z[i], winsorised[i], limits, limits.Outlier95(smr[i]), limits.Outlier998(smr[i])));
            if (units[i].Denominator < SmallExpected)
            {
                warnings.Add(VariationMessages.SmallExpected(units[i].Code, units[i].Denominator));
            }
        }

        return new HsmrFunnelResult(w, rows, warnings);
    }

    /// <summary>
    /// The limits at any predicted count, as <see cref="Fit"/> computes them at each hospital's own: st_err =
    /// R(√(1/R(predicted))), then 1 ± z·R(st_err·w). Charts use it to draw the limits as lines across the predicted range.
    /// </summary>
    /// <param name="predicted">Predicted deaths; &gt; 0.</param>
    /// <param name="dispersionFactor">w from the fit (<see cref="HsmrFunnelResult.DispersionFactor"/>).</param>
    public static FunnelLimits LimitsAt(double predicted, double dispersionFactor)
    {
        if (!(predicted > 0) || double.IsInfinity(predicted))
        {
            throw new ArgumentOutOfRangeException(nameof(predicted), VariationMessages.OutOfRange(nameof(predicted), predicted, "predicted > 0"));
        }

        return Limits(R(Math.Sqrt(1 / R(predicted))), dispersionFactor);
    }

    private static FunnelLimits Limits(double standardError, double w)
    {
        var spread = R(standardError * w);
        return new FunnelLimits(1 - Z95 * spread, 1 + Z95 * spread, 1 - Z998 * spread, 1 + Z998 * spread);
    }

    /// <summary>
    /// PHS's winsorising of the z-scores, as its dplyr code does it: flag every z equal to the maximum (1) or, failing
    /// that, the minimum (−1); set the flagged to 0; replace them by the maximum or minimum of the vector that now holds
    /// those zeros.
    /// </summary>
    private static double[] Winsorise(double[] z)
    {
        var max = z.Max();
        var min = z.Min();
        var flag = z.Select(v => v == max ? 1 : v == min ? -1 : 0).ToArray();
        var zeroed = z.Select(v => v == max || v == min ? 0 : v).ToArray();
        var newMax = zeroed.Max();
        var newMin = zeroed.Min();
        return zeroed.Select((v, i) => flag[i] == 1 ? newMax : flag[i] == -1 ? newMin : v).ToArray();
    }

    private static double R(double value) => RoundHalfUp.Round(value, Digits);
}
