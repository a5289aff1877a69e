using System.Globalization;

namespace AnalysisKit.Geography;

/// <summary>
/// An ordered, contiguous set of age bands with an open top band: the 19 European Standard Population 2013 bands used
/// for age standardisation, the 8 bands of the PHS open-data "GP practice populations" file, or any equal-width bands
/// made as phsmethods' <c>create_age_groups(from, to, by)</c> makes them (<see cref="Create"/>). The bands in order
/// are the levels of <c>create_age_groups(..., as_factor = TRUE)</c>, empty ones included.
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

    /// <summary>
    /// Equal-width age groups as phsmethods 1.1.0.9000 <c>create_age_groups(x, from, to, by)</c> makes them: breaks
    /// from, from + by, … up to the last one ≤ <paramref name="to"/> (so a <paramref name="to"/> that is not on the
    /// grid is rounded down to it), then an open top group; labels "lower-upper" (upper = next lower − 1, so by = 1 gives
    /// "18-18") and "last+". The defaults give the ESP2013 bands. Ages below <paramref name="from"/> belong to no group
    /// (see <see cref="GroupOf"/>). Whole years only: phsmethods also accepts fractional breaks, whose labels
    /// ("0-1.5") no AnalysisKit table uses.
    /// </summary>
    /// <param name="from">Lower age of the youngest group; ≥ 0. phsmethods' default 0.</param>
    /// <param name="to">Where the open top group starts at the latest; ≥ <paramref name="from"/>. Default 90.</param>
    /// <param name="by">Width of each group in years; ≥ 1. Default 5.</param>
    /// <exception cref="ArgumentOutOfRangeException">from &lt; 0, to &lt; from, or by &lt; 1.</exception>
    public static AgeBandSet Create(int from = 0, int to = 90, int by = 5)
    {
        if (from < 0 || to < from || by < 1)
        {
            throw new ArgumentOutOfRangeException(
                from < 0 ? nameof(from) : to < from ? nameof(to) : nameof(by), GeographyErrors.AgeGroupsOutOfRange(from, to, by));
        }

        var lowers = new List<int>();
        for (var lower = from; lower <= to; lower += by)
        {
            lowers.Add(lower);
        }

        var bands = lowers.Select((lower, i) => i < lowers.Count - 1
                ? new AgeBand(Invariant($"{lower}-{lowers[i + 1] - 1}"), lower, lowers[i + 1] - 1, Invariant($"Ages{lower}to{lowers[i + 1] - 1}"))
                : new AgeBand(Invariant($"{lower}+"), lower, null, Invariant($"Ages{lower}plus")))
            .ToList();
        return new AgeBandSet(Invariant($"ages {from} to {to} by {by} ({bands.Count} bands)"), bands);
    }

    /// <summary>A short name for messages and reports, e.g. "ESP2013 (19 bands)".</summary>
    public string Name { get; }

    /// <summary>The bands, youngest first.</summary>
    public IReadOnlyList<AgeBand> Bands { get; }

    /// <summary>The number of bands.</summary>
    public int Count => Bands.Count;

    /// <summary>The band labels youngest first: the ordered factor levels of phsmethods' <c>create_age_groups(as_factor = TRUE)</c>.</summary>
    public IReadOnlyList<string> Labels => Bands.Select(b => b.Label).ToList();

    /// <summary>
    /// The group an age falls in, as phsmethods' <c>create_age_groups</c> assigns it (<c>cut(right = FALSE)</c>): the
    /// band whose lower age ≤ age &lt; the next band's lower age, so 4.5 is in "0-4"; null (R's NA) for a missing age or
    /// one below the youngest band.
    /// </summary>
    /// <param name="age">Age in years, ≥ 0 and finite; null or NaN when missing.</param>
    /// <exception cref="ArgumentOutOfRangeException">A negative or infinite age (not an age at all).</exception>
    public AgeBand? GroupOf(double? age)
    {
        if (age is not { } value || double.IsNaN(value))
        {
            return null;
        }

        if (value < 0 || double.IsInfinity(value))
        {
            throw new ArgumentOutOfRangeException(nameof(age), value, GeographyErrors.InvalidAge(value));
        }

        AgeBand? group = null;
        foreach (var band in Bands)
        {
            if (value >= band.LowerAge)
            {
                group = band;
            }
        }

        return group;
    }

    /// <summary>The position of the band labelled <paramref name="label"/> (e.g. "90+").</summary>
    /// <exception cref="ArgumentException">No band has that label.</exception>
    public int IndexOf(string label) =>
        _indexByLabel.TryGetValue(label, out var index)
            ? index
            : throw new ArgumentException(GeographyErrors.UnknownAgeBand(label, this), nameof(label));

    /// <summary>The position of the band containing <paramref name="age"/> (completed years, 0 or more).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The age is negative or below the youngest band.</exception>
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

        throw new ArgumentOutOfRangeException(nameof(age), age, GeographyErrors.AgeNotCovered(age, this));
    }

    /// <inheritdoc />
    public override string ToString() => Name;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

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
