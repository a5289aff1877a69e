using System.Globalization;
using AnalysisKit.Geography;

namespace AnalysisKit.Prescribing;

/// <summary>
/// STAR-PU weights (Specific Therapeutic group Age-sex Related Prescribing Units): the expected prescribing of one
/// patient of each sex and age band relative to the whole population, so that a practice's STAR-PUs — its patients
/// weighted by age and sex — stand for the prescribing its population would be expected to need. A measure per STAR-PU
/// compares practices with older or younger lists fairly.
/// <para>
/// <c>oral-antibacterial-items-2013</c>: the HSCIC (NHS Digital) 2013 STAR-PU for oral antibacterial items (BNF 5.1
/// subset), as used by OpenPrescribing's KTT9 measure "antibacterial items per STAR-PU"; the values are OpenPrescribing's
/// <c>frontend/star_pu_weights.json</c> (ebmdatalab/openprescribing, added February 2016, key
/// <c>oral_antibacterials_item</c>, [male, female] per band), written here in full. They are English weights: Scotland
/// has none of its own, so a Scottish measure per STAR-PU ranks practices fairly between themselves but is not an
/// absolute expected volume.
/// </para>
/// </summary>
public sealed class StarPuWeights
{
    /// <summary>The oral antibacterial items STAR-PU (HSCIC 2013), per patient, by band 0-4, 5-14, …, 65-74, 75+.</summary>
    public static StarPuWeights OralAntibacterialItems2013 { get; } = new(
        "oral-antibacterial-items-2013",
        "HSCIC 2013 oral antibacterial items STAR-PU (OpenPrescribing frontend/star_pu_weights.json, oral_antibacterials_item)",
        [(0, 4), (5, 14), (15, 24), (25, 34), (35, 44), (45, 54), (55, 64), (65, 74), (75, null)],
        male: [0.8377155655095184, 0.3138732420636401, 0.33969141052120033, 0.2409056506545999, 0.2668526596045998, 0.31587104773713576, 0.44801597638273855, 0.6931228760507959, 0.9860710593612275],
        female: [0.7652339111849917, 0.3965845878554479, 0.6256560773480663, 0.5803189179127629, 0.5851314623781853, 0.618586515495957, 0.7388612532655764, 0.9727081572044829, 1.2658322296629296]);

    private readonly (int Lower, int? Upper)[] bands;
    private readonly double[] male;
    private readonly double[] female;

    private StarPuWeights(string name, string source, (int Lower, int? Upper)[] bands, double[] male, double[] female)
    {
        Name = name;
        Source = source;
        this.bands = bands;
        this.male = male;
        this.female = female;
    }

    /// <summary>The weight sets a definition file may name (<c>"weights"</c>).</summary>
    public static IReadOnlyList<string> Names { get; } = [OralAntibacterialItems2013.Name];

    /// <summary>The name a definition file uses.</summary>
    public string Name { get; }

    /// <summary>Where the weights come from.</summary>
    public string Source { get; }

    /// <summary>The weight set named <paramref name="name"/>.</summary>
    /// <exception cref="ArgumentException">Not one of <see cref="Names"/>.</exception>
    public static StarPuWeights Named(string name) =>
        name == OralAntibacterialItems2013.Name
            ? OralAntibacterialItems2013
            : throw new ArgumentException(PrescribingMessages.UnknownStarPuWeights(name, Names), nameof(name));

    /// <summary>The weight of one patient of <paramref name="sex"/> aged <paramref name="age"/>.</summary>
    /// <param name="sex">Female or male.</param>
    /// <param name="age">Age in whole years, ≥ 0.</param>
    public double Weight(Sex sex, int age)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(age);
        var band = Array.FindIndex(bands, b => age >= b.Lower && (b.Upper is null || age <= b.Upper));
        return sex == Sex.Female ? female[band] : male[band];
    }

    /// <summary>
    /// A population's STAR-PUs: Σ over sex and age band of patients × weight. Each of the population's bands must lie
    /// inside one weight band (ESP2013's 5-year bands do: 5-9 and 10-14 are both in 5-14).
    /// </summary>
    /// <param name="population">A practice population by sex and age band.</param>
    /// <exception cref="ArgumentException">A population band straddles two weight bands (names both).</exception>
    public double Of(PracticePopulation population)
    {
        ArgumentNullException.ThrowIfNull(population);
        var total = 0.0;
        for (var b = 0; b < population.AgeBands.Count; b++)
        {
            var band = population.AgeBands.Bands[b];
            var inside = band.UpperAge is { } upper
                ? Array.FindIndex(bands, w => band.LowerAge >= w.Lower && (w.Upper is null || upper <= w.Upper))
                : Array.FindIndex(bands, w => band.LowerAge >= w.Lower && w.Upper is null);
            if (inside < 0)
            {
                throw new ArgumentException(PrescribingMessages.BandStraddlesStarPu(band.Label, population.AgeBands.Name, Name, BandLabels), nameof(population));
            }

            total += (population.Count(Sex.Female, b) * female[inside]) + (population.Count(Sex.Male, b) * male[inside]);
        }

        return total;
    }

    /// <summary>The weight bands as labels ("0-4", …, "75+").</summary>
    public IReadOnlyList<string> BandLabels =>
        [.. bands.Select(b => b.Upper is { } u ? string.Create(CultureInfo.InvariantCulture, $"{b.Lower}-{u}") : string.Create(CultureInfo.InvariantCulture, $"{b.Lower}+"))];
}
