namespace AnalysisKit.Samples;

/// <summary>
/// One HSCP of the synthetic Scotland: how many practices and clusters it gets, how rural it is, and how its data
/// zones spread over the SIMD 2020v2 national quintiles (from which practice quintiles are drawn).
/// </summary>
/// <param name="HscpCode">Real S37 code (see <see cref="Geography.Hscp.Current"/>).</param>
/// <param name="Practices">Synthetic practice count (roughly the real one).</param>
/// <param name="Clusters">Synthetic cluster count; practices / clusters stays within 4–8.</param>
/// <param name="Rurality">0 = urban, 1 = mixed, 2 = rural, 3 = remote and islands.</param>
/// <param name="DataZonesByQuintile">Data zones in SIMD quintile 1 (most deprived) … 5, counted from the PHS file.</param>
internal sealed record SampleRegion(string HscpCode, int Practices, int Clusters, int Rurality, int[] DataZonesByQuintile)
{
    /// <summary>
    /// The 31 partnerships. Data-zone counts by national quintile were counted from the PHS open-data
    /// simd2020v2_22062020.csv (columns HSCP, SIMD2020V2CountryQuintile), Open Government Licence v3;
    /// a test re-counts them when ../shared is present. Practice and cluster counts are invented to resemble
    /// Scotland (about 930 practices, 148 clusters before the planted merge, 147 after).
    /// </summary>
    internal static IReadOnlyList<SampleRegion> All { get; } =
    [
        new("S37000001", 28, 4, 0, [31, 65, 42, 42, 103]),
        new("S37000002", 40, 6, 2, [9, 34, 75, 126, 96]),
        new("S37000003", 16, 3, 1, [13, 32, 47, 44, 19]),
        new("S37000004", 32, 5, 3, [13, 22, 52, 27, 11]),
        new("S37000005", 22, 4, 1, [35, 34, 32, 48, 44]),
        new("S37000006", 33, 5, 2, [19, 53, 76, 37, 16]),
        new("S37000007", 26, 4, 0, [72, 38, 20, 29, 29]),
        new("S37000008", 20, 3, 1, [52, 41, 27, 26, 17]),
        new("S37000009", 14, 2, 0, [5, 23, 10, 27, 65]),
        new("S37000010", 15, 3, 1, [9, 40, 31, 27, 25]),
        new("S37000011", 12, 2, 0, [8, 13, 11, 22, 68]),
        new("S37000012", 70, 11, 0, [72, 91, 79, 96, 259]),
        new("S37000013", 16, 3, 0, [37, 51, 52, 36, 38]),
        new("S37000016", 69, 10, 2, [33, 57, 111, 88, 23]),
        new("S37000017", 14, 2, 0, [52, 15, 16, 15, 16]),
        new("S37000018", 12, 3, 1, [12, 42, 27, 18, 16]),
        new("S37000019", 12, 2, 2, [4, 22, 42, 44, 14]),
        new("S37000020", 20, 3, 1, [75, 36, 28, 30, 17]),
        new("S37000022", 12, 2, 3, [0, 6, 5, 18, 0]),
        new("S37000024", 28, 4, 0, [56, 49, 39, 34, 47]),
        new("S37000025", 23, 4, 2, [9, 25, 58, 39, 12]),
        new("S37000026", 10, 2, 3, [0, 2, 12, 16, 0]),
        new("S37000027", 17, 3, 1, [28, 38, 32, 24, 31]),
        new("S37000028", 50, 8, 1, [92, 106, 88, 76, 69]),
        new("S37000029", 17, 3, 0, [48, 32, 21, 13, 7]),
        new("S37000030", 22, 4, 1, [37, 68, 48, 40, 46]),
        new("S37000031", 12, 2, 3, [0, 6, 30, 0, 0]),
        new("S37000032", 52, 8, 1, [98, 106, 100, 96, 94]),
        new("S37000033", 26, 4, 2, [12, 27, 40, 66, 41]),
        new("S37000034", 140, 21, 0, [343, 130, 103, 89, 81]),
        new("S37000035", 50, 8, 0, [155, 124, 58, 64, 46]),
    ];
}
