namespace AnalysisKit.Indicators;

/// <summary>
/// A standard population for direct standardisation: named bands (e.g. age bands "0-4" … "90+") each with a weight.
/// Counts are matched to bands by label, never by position.
/// </summary>
public sealed class StandardPopulation
{
    private readonly Dictionary<string, double> _weights;

    /// <summary>Creates a standard population from band labels and their weights, in order.</summary>
    /// <param name="name">A name for messages and reports, e.g. "ESP2013".</param>
    /// <param name="bands">Distinct band labels, at least one.</param>
    /// <param name="weights">One weight per band, each finite and ≥ 0.</param>
    /// <exception cref="ArgumentException">Counts differ, a band repeats, no bands, or a weight is invalid.</exception>
    public StandardPopulation(string name, IReadOnlyList<string> bands, IReadOnlyList<double> weights)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(bands);
        ArgumentNullException.ThrowIfNull(weights);
        if (bands.Count == 0)
        {
            throw new ArgumentException(IndicatorMessages.EmptyStandardPopulation(), nameof(bands));
        }

        if (bands.Count != weights.Count)
        {
            throw new ArgumentException(IndicatorMessages.BandsAndWeightsDiffer(bands.Count, weights.Count),
                nameof(weights));
        }

        _weights = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var i = 0; i < bands.Count; i++)
        {
            if (!double.IsFinite(weights[i]) || weights[i] < 0)
            {
                throw new ArgumentException(
                    IndicatorMessages.NegativeBandValue(nameof(weights), bands[i], "weight", weights[i]), nameof(weights));
            }

            if (!_weights.TryAdd(bands[i], weights[i]))
            {
                throw new ArgumentException(IndicatorMessages.RepeatedBand(nameof(bands), bands[i]), nameof(bands));
            }
        }

        Name = name;
        Bands = bands.ToArray();
        Weights = weights.ToArray();
        Total = Weights.Sum();
    }

    /// <summary>
    /// The 2013 European Standard Population in 19 five-year age bands "0-4", "5-9", … "85-89", "90+" with weights
    /// 5,000 … 1,000 summing to 100,000, typed in from Eurostat (2013), <i>Revision of the European Standard
    /// Population: report of Eurostat's task force</i>, Methodologies and Working Papers, Luxembourg: Publications
    /// Office of the European Union (ages 90 and over combined). The standard for ScotPHO EASRs and PHE DSRs.
    /// </summary>
    public static StandardPopulation European2013 { get; } = new(
        "ESP2013",
        ["0-4", "5-9", "10-14", "15-19", "20-24", "25-29", "30-34", "35-39", "40-44", "45-49",
         "50-54", "55-59", "60-64", "65-69", "70-74", "75-79", "80-84", "85-89", "90+"],
        [5000, 5500, 5500, 5500, 6000, 6000, 6500, 7000, 7000, 7000,
         7000, 6500, 6000, 5500, 5000, 4000, 2500, 1500, 1000]);

    /// <summary>The name given at construction, used in messages.</summary>
    public string Name { get; }

    /// <summary>The band labels, in order.</summary>
    public IReadOnlyList<string> Bands { get; }

    /// <summary>The weights, in the order of <see cref="Bands"/>.</summary>
    public IReadOnlyList<double> Weights { get; }

    /// <summary>The sum of the weights (100,000 for ESP2013).</summary>
    public double Total { get; }

    /// <summary>True when <paramref name="band"/> is one of the bands (ordinal comparison).</summary>
    public bool Contains(string band) => _weights.ContainsKey(band);

    /// <summary>The weight of a band.</summary>
    /// <exception cref="KeyNotFoundException">The band is not in this standard population.</exception>
    public double Weight(string band) =>
        _weights.TryGetValue(band, out var weight)
            ? weight
            : throw new KeyNotFoundException(IndicatorMessages.BandNotInStandard(band, "the standard population " + Name, Bands));
}
