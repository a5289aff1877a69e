namespace AnalysisKit.Indicators;

/// <summary>
/// Band-specific rates of a reference population (e.g. Scotland's age-sex-specific rates), used to compute the events a
/// practice or cluster would expect if it had the reference rates: the denominator of an indirectly standardised ratio.
/// Bands are any labels, e.g. "45-49" or, for age-sex standardisation, "Female 45-49".
/// </summary>
public sealed class ReferenceRates
{
    private readonly Dictionary<string, double> _rates;

    private ReferenceRates(Dictionary<string, double> rates, double events, double population)
    {
        _rates = rates;
        Events = events;
        Population = population;
    }

    /// <summary>The reference events over all bands.</summary>
    public double Events { get; }

    /// <summary>The reference population over all bands.</summary>
    public double Population { get; }

    /// <summary>The reference population's crude rate, Events / Population (per 1; the ISRate's reference rate).</summary>
    public double OverallRate => Events / Population;

    /// <summary>The band labels, in the order given.</summary>
    public IReadOnlyList<string> Bands => _rates.Keys.ToArray();

    /// <summary>
    /// Reference rates from reference events and population per band (rate = events / population; missing events
    /// are 0).
    /// </summary>
    /// <param name="reference">One row per band: reference events (≥ 0) and population (&gt; 0).</param>
    /// <exception cref="ArgumentException">A repeated band, a negative count, a population ≤ 0, or no rows.</exception>
    public static ReferenceRates FromCounts(IEnumerable<AgeBandCount> reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var rates = new Dictionary<string, double>(StringComparer.Ordinal);
        double events = 0, population = 0;
        foreach (var row in reference)
        {
            var x = row.Numerator ?? 0;
            if (!double.IsFinite(x) || x < 0)
            {
                throw new ArgumentException(
                    IndicatorMessages.NegativeBandValue(nameof(reference), row.Band, "numerator", x), nameof(reference));
            }

            if (!double.IsFinite(row.Denominator) || row.Denominator <= 0)
            {
                throw new ArgumentException(
                    IndicatorMessages.NonPositiveBandPopulation(nameof(reference), row.Band, row.Denominator),
                    nameof(reference));
            }

            if (!rates.TryAdd(row.Band, x / row.Denominator))
            {
                throw new ArgumentException(IndicatorMessages.RepeatedBand(nameof(reference), row.Band), nameof(reference));
            }

            events += x;
            population += row.Denominator;
        }

        if (rates.Count == 0)
        {
            throw new ArgumentException(IndicatorMessages.EmptyStandardPopulation(), nameof(reference));
        }

        return new ReferenceRates(rates, events, population);
    }

    /// <summary>The reference rate (per 1) in a band.</summary>
    /// <exception cref="KeyNotFoundException">The band is not in the reference.</exception>
    public double Rate(string band) =>
        _rates.TryGetValue(band, out var rate)
            ? rate
            : throw new KeyNotFoundException(IndicatorMessages.BandNotInStandard(band, "the reference rates", _rates.Keys));

    /// <summary>
    /// Expected events E = Σ rate_b × population_b for a local population (e.g. a practice list by age and sex): the
    /// one-liner for an SMR's denominator. Every reference band must have exactly one row; numerators are ignored.
    /// </summary>
    /// <param name="population">One row per reference band with the local population (&gt; 0) in <see cref="AgeBandCount.Denominator"/>.</param>
    /// <exception cref="ArgumentException">A band missing, repeated or unknown, or a population ≤ 0.</exception>
    public double Expected(IEnumerable<AgeBandCount> population)
    {
        ArgumentNullException.ThrowIfNull(population);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        double expected = 0;
        foreach (var row in population)
        {
            if (row.Band is null || !_rates.TryGetValue(row.Band, out var rate))
            {
                throw new ArgumentException(
                    IndicatorMessages.UnknownBand(nameof(population), row.Band ?? "(null)", "the reference rates", _rates.Keys),
                    nameof(population));
            }

            if (!seen.Add(row.Band))
            {
                throw new ArgumentException(IndicatorMessages.RepeatedBand(nameof(population), row.Band), nameof(population));
            }

            if (!double.IsFinite(row.Denominator) || row.Denominator <= 0)
            {
                throw new ArgumentException(
                    IndicatorMessages.NonPositiveBandPopulation(nameof(population), row.Band, row.Denominator),
                    nameof(population));
            }

            expected += rate * row.Denominator;
        }

        var missing = _rates.Keys.FirstOrDefault(band => !seen.Contains(band));
        return missing is null
            ? expected
            : throw new ArgumentException(IndicatorMessages.MissingBand(nameof(population), missing, "the reference rates"),
                nameof(population));
    }
}
