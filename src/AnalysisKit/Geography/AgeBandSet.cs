using System.Globalization;

namespace AnalysisKit.Geography;

/// <summary>
/// An ordered, contiguous set of age bands covering every age from 0 upwards: the 19 European Standard Population
/// 2013 bands used for age standardisation, or the 8 bands of the PHS open-data "GP practice populations" file.
/// </summary>
public sealed class AgeBandSet
{
    private readonly Dictionary<string, int> _indexByLabel;

    private AgeBandSet(string name, IReadOnlyList<AgeBand> bands)
    {
        Name = name;
        Bands = bands;
        _indexByLabel = bands.Select((b, i) => (b.Label, i)).ToDictionary(p => p.Label, p => p.i, StringComparer.Ordinal);
    }

    /// <summary>
    /// The 19 ESP2013 bands "0-4", "5-9", …, "85-89", "90+" (Eurostat, <i>Revision of the European Standard
    /// Population</i>, 2013 edition, table 3.1). Columns "Ages0to4" … "Ages85to89", "Ages90plus".
    /// </summary>
    public static AgeBandSet Esp2013 { get; } = new("ESP2013 (19 bands)", BuildEsp2013());

    /// <summary>
    /// The 8 bands of the PHS open-data "GP practice populations" file: Ages0to4, Ages5to14, Ages15to24, Ages25to44,
    /// Ages45to64, Ages65to74, Ages75to84, Ages85plus (labels "0-4" … "85+").
    /// </summary>
    public static AgeBandSet PhsOpenData { get; } = new("PHS open data (8 bands)", BuildPhsOpenData());

    /// <summary>A short name for messages and reports, e.g. "ESP2013 (19 bands)".</summary>
    public string Name { get; }

    /// <summary>The bands, youngest first.</summary>
    public IReadOnlyList<AgeBand> Bands { get; }

    /// <summary>The number of bands.</summary>
    public int Count => Bands.Count;

    /// <summary>The position of the band labelled <paramref name="label"/> (e.g. "90+").</summary>
    /// <exception cref="ArgumentException">No band has that label.</exception>
    public int IndexOf(string label) =>
        _indexByLabel.TryGetValue(label, out var index)
            ? index
            : throw new ArgumentException(GeographyErrors.UnknownAgeBand(label, this), nameof(label));

    /// <summary>The position of the band containing <paramref name="age"/> (completed years, 0 or more).</summary>
    public int IndexOfAge(int age)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(age);
        for (var i = 0; i < Bands.Count; i++)
        {
            if (Bands[i].Contains(age))
            {
                return i;
            }
        }

        throw new InvalidOperationException($"Age band set {Name} does not cover age {age.ToString(CultureInfo.InvariantCulture)}.");
    }

    /// <inheritdoc />
    public override string ToString() => Name;

    private static List<AgeBand> BuildEsp2013()
    {
        var bands = new List<AgeBand>();
        for (var lower = 0; lower < 90; lower += 5)
        {
            var upper = lower + 4;
            bands.Add(new AgeBand(
                string.Create(CultureInfo.InvariantCulture, $"{lower}-{upper}"),
                lower,
                upper,
                string.Create(CultureInfo.InvariantCulture, $"Ages{lower}to{upper}")));
        }

        bands.Add(new AgeBand("90+", 90, null, "Ages90plus"));
        return bands;
    }

    private static List<AgeBand> BuildPhsOpenData() =>
    [
        new("0-4", 0, 4, "Ages0to4"),
        new("5-14", 5, 14, "Ages5to14"),
        new("15-24", 15, 24, "Ages15to24"),
        new("25-44", 25, 44, "Ages25to44"),
        new("45-64", 45, 64, "Ages45to64"),
        new("65-74", 65, 74, "Ages65to74"),
        new("75-84", 75, 84, "Ages75to84"),
        new("85+", 85, null, "Ages85plus"),
    ];
}
