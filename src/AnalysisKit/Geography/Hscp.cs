namespace AnalysisKit.Geography;

/// <summary>A health and social care partnership: its GSS code (S37…), name and the health board it lies in.</summary>
/// <param name="Code">The S37 code, e.g. "S37000012".</param>
/// <param name="Name">The partnership name, e.g. "Edinburgh".</param>
/// <param name="BoardCode">The S08 code of the health board containing it.</param>
public sealed record Hscp(string Code, string Name, string BoardCode)
{
    /// <summary>
    /// The 31 current partnerships (2019 codes). Codes and their boards are those of the PHS open-data SIMD 2020v2
    /// data-zone lookup (simd2020v2_22062020.csv, columns HSCP and HB), Open Government Licence v3; names follow
    /// the PHS "HSCP codes and labels" file (Clackmannanshire and Stirling is one partnership).
    /// </summary>
    public static IReadOnlyList<Hscp> Current { get; } =
    [
        new("S37000001", "Aberdeen City", "S08000020"),
        new("S37000002", "Aberdeenshire", "S08000020"),
        new("S37000003", "Angus", "S08000030"),
        new("S37000004", "Argyll and Bute", "S08000022"),
        new("S37000005", "Clackmannanshire and Stirling", "S08000019"),
        new("S37000006", "Dumfries and Galloway", "S08000017"),
        new("S37000007", "Dundee City", "S08000030"),
        new("S37000008", "East Ayrshire", "S08000015"),
        new("S37000009", "East Dunbartonshire", "S08000031"),
        new("S37000010", "East Lothian", "S08000024"),
        new("S37000011", "East Renfrewshire", "S08000031"),
        new("S37000012", "Edinburgh", "S08000024"),
        new("S37000013", "Falkirk", "S08000019"),
        new("S37000016", "Highland", "S08000022"),
        new("S37000017", "Inverclyde", "S08000031"),
        new("S37000018", "Midlothian", "S08000024"),
        new("S37000019", "Moray", "S08000020"),
        new("S37000020", "North Ayrshire", "S08000015"),
        new("S37000022", "Orkney Islands", "S08000025"),
        new("S37000024", "Renfrewshire", "S08000031"),
        new("S37000025", "Scottish Borders", "S08000016"),
        new("S37000026", "Shetland Islands", "S08000026"),
        new("S37000027", "South Ayrshire", "S08000015"),
        new("S37000028", "South Lanarkshire", "S08000032"),
        new("S37000029", "West Dunbartonshire", "S08000031"),
        new("S37000030", "West Lothian", "S08000024"),
        new("S37000031", "Western Isles", "S08000028"),
        new("S37000032", "Fife", "S08000029"),
        new("S37000033", "Perth and Kinross", "S08000030"),
        new("S37000034", "Glasgow City", "S08000031"),
        new("S37000035", "North Lanarkshire", "S08000032"),
    ];

    /// <summary>The current partnership with <paramref name="code"/>, or null when the code is not one of the 31.</summary>
    public static Hscp? Find(string code) => Current.FirstOrDefault(h => string.Equals(h.Code, code, StringComparison.Ordinal));
}
