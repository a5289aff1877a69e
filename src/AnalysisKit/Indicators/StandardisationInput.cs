namespace AnalysisKit.Indicators;

/// <summary>Checks band rows against a standard population and keys them by band (shared by DSR and ISR).</summary>
internal static class StandardisationInput
{
    /// <summary>
    /// One (events, population) per band of <paramref name="standard"/>; missing events are 0. Throws when a band is
    /// missing, repeated or unknown, a count is negative or a population not positive. With
    /// <paramref name="allowEmptyBands"/> (ScotPHO) a band with population 0 is accepted when it has no events.
    /// </summary>
    public static IReadOnlyList<(string Band, double Events, double Population)> ByBand(
        IEnumerable<AgeBandCount> counts, StandardPopulation standard, string argument, bool allowEmptyBands = false)
    {
        var byBand = new Dictionary<string, AgeBandCount>(StringComparer.Ordinal);
        foreach (var row in counts)
        {
            if (row.Band is null || !standard.Contains(row.Band))
            {
                throw new ArgumentException(
                    IndicatorMessages.UnknownBand(argument, row.Band ?? "(null)", "the standard population " + standard.Name, standard.Bands), argument);
            }

            if (!byBand.TryAdd(row.Band, row))
            {
                throw new ArgumentException(IndicatorMessages.RepeatedBand(argument, row.Band), argument);
            }

            if (row.Numerator is { } events && (!double.IsFinite(events) || events < 0))
            {
                throw new ArgumentException(
                    IndicatorMessages.NegativeBandValue(argument, row.Band, "numerator", events), argument);
            }

            if (allowEmptyBands && row.Denominator == 0)
            {
                if (row.Numerator is > 0)
                {
                    throw new ArgumentException(
                        IndicatorMessages.EventsWithoutPopulation(argument, row.Band, row.Numerator.Value), argument);
                }
            }
            else if (!double.IsFinite(row.Denominator) || row.Denominator <= 0)
            {
                throw new ArgumentException(allowEmptyBands
                    ? IndicatorMessages.NegativeBandPopulation(argument, row.Band, row.Denominator)
                    : IndicatorMessages.NonPositiveBandPopulation(argument, row.Band, row.Denominator), argument);
            }
        }

        return standard.Bands.Select(band => byBand.TryGetValue(band, out var row)
                ? (band, row.Numerator ?? 0, row.Denominator)
                : throw new ArgumentException(IndicatorMessages.MissingBand(argument, band, "the standard population " + standard.Name), argument))
            .ToArray();
    }
}
