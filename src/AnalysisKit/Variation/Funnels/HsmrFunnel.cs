namespace AnalysisKit.Variation.Funnels;

/// <summary>
/// The multiplicative over-dispersion funnel that Public Health Scotland publishes the Hospital Standardised
/// Mortality Ratio with (PHS, "HSMR technical document", funnel plot methodology; Spiegelhalter 2005 multiplicative
/// model): st_err = √(1/E); z = (SMR − 1)/st_err; the single largest and smallest z are winsorised to their
/// neighbours; w = √(Σz²/#(z ≠ 0)); limits 1 ± {1.96, 3.09}·st_err·w; intermediates rounded half-up to 8 dp.
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
        var smr = units.Select(u => R(u.Numerator / u.Denominator)).ToArray();
        var se = units.Select(u => R(Math.Sqrt(1 / u.Denominator))).ToArray();
        var z = Enumerable.Range(0, n).Select(i => R((smr[i] - 1) / se[i])).ToArray();

        // Winsorise the single largest and smallest z to their neighbours (the second largest and second smallest).
        var order = Enumerable.Range(0, n).OrderBy(i => z[i]).ToArray();
        var winsorised = (double[])z.Clone();
        winsorised[order[0]] = z[order[1]];
        winsorised[order[^1]] = z[order[^2]];

        var nonZero = winsorised.Count(v => v != 0);
        var w = nonZero == 0 ? 0 : R(Math.Sqrt(winsorised.Sum(v => v * v) / nonZero));

        var rows = new List<HsmrFunnelUnit>(n);
        for (var i = 0; i < n; i++)
        {
            var limits = new FunnelLimits(
                R(1 - Z95 * se[i] * w), R(1 + Z95 * se[i] * w),
                R(1 - Z998 * se[i] * w), R(1 + Z998 * se[i] * w));
            rows.Add(new HsmrFunnelUnit(units[i], smr[i], se[i], z[i], winsorised[i], limits, limits.Outlier95(smr[i]), limits.Outlier998(smr[i])));
            if (units[i].Denominator < SmallExpected)
            {
                warnings.Add(VariationMessages.SmallExpected(units[i].Code, units[i].Denominator));
            }
        }

        return new HsmrFunnelResult(w, rows, warnings);
    }

    private static double R(double value) => RoundHalfUp.Round(value, Digits);
}
