namespace AnalysisKit.Variation.Funnels;

/// <summary>Validation of funnel inputs shared by every funnel method; messages live in <see cref="VariationMessages"/>.</summary>
internal static class FunnelInput
{
    internal static void Validate(IReadOnlyList<FunnelUnit> units, string argument, bool proportion)
    {
        ArgumentNullException.ThrowIfNull(units, argument);
        if (units.Count == 0)
        {
            throw new ArgumentException(VariationMessages.NoUnits(argument), argument);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < units.Count; i++)
        {
            var unit = units[i];
            if (double.IsNaN(unit.Numerator))
            {
                throw new ArgumentException(VariationMessages.MissingValue(argument, i, unit.Code, "numerator"), argument);
            }

            if (double.IsNaN(unit.Denominator))
            {
                throw new ArgumentException(VariationMessages.MissingValue(argument, i, unit.Code, "denominator"), argument);
            }

            if (unit.Numerator < 0 || double.IsInfinity(unit.Numerator))
            {
                throw new ArgumentException(VariationMessages.NegativeNumerator(argument, i, unit.Code, unit.Numerator), argument);
            }

            if (unit.Denominator <= 0 || double.IsInfinity(unit.Denominator))
            {
                throw new ArgumentException(VariationMessages.NonPositiveDenominator(argument, i, unit.Code, unit.Denominator), argument);
            }

            if (proportion && unit.Numerator > unit.Denominator)
            {
                throw new ArgumentException(
                    VariationMessages.NumeratorAboveDenominator(argument, i, unit.Code, unit.Numerator, unit.Denominator), argument);
            }

            if (!seen.Add(unit.Code))
            {
                throw new ArgumentException(VariationMessages.DuplicateUnit(argument, unit.Code), argument);
            }
        }
    }

    internal static FunnelOutlier Classify(double value, double lower, double upper) =>
        value < lower ? FunnelOutlier.Low : value > upper ? FunnelOutlier.High : FunnelOutlier.None;
}
