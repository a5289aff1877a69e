namespace AnalysisKit.Geography;

/// <summary>An NHS Scotland health board: its 2019 GSS code (S08…) and name.</summary>
/// <param name="Code">The S08 code, e.g. "S08000024".</param>
/// <param name="Name">The board name, e.g. "NHS Lothian".</param>
public sealed record HealthBoard(string Code, string Name)
{
    /// <summary>Scotland's GSS code, the top of the hierarchy.</summary>
    public const string ScotlandCode = "S92000003";

    /// <summary>
    /// The 14 current boards (codes in force since 1 April 2019), typed in from the PHS open-data file "Geography
    /// codes and labels — Health Board 2014 and 2019" (hb14_hb19.csv, rows without HBDateArchived), Open Government
    /// Licence v3. Fife and Tayside were recoded on 2 February 2018 (S08000029, S08000030), Greater Glasgow and
    /// Clyde and Lanarkshire on 1 April 2019 (S08000031, S08000032); the archived codes are not accepted.
    /// </summary>
    public static IReadOnlyList<HealthBoard> Current { get; } =
    [
        new("S08000015", "NHS Ayrshire and Arran"),
        new("S08000016", "NHS Borders"),
        new("S08000017", "NHS Dumfries and Galloway"),
        new("S08000019", "NHS Forth Valley"),
        new("S08000020", "NHS Grampian"),
        new("S08000022", "NHS Highland"),
        new("S08000024", "NHS Lothian"),
        new("S08000025", "NHS Orkney"),
        new("S08000026", "NHS Shetland"),
        new("S08000028", "NHS Western Isles"),
        new("S08000029", "NHS Fife"),
        new("S08000030", "NHS Tayside"),
        new("S08000031", "NHS Greater Glasgow and Clyde"),
        new("S08000032", "NHS Lanarkshire"),
    ];

    /// <summary>The current board with <paramref name="code"/>, or null when the code is not one of the 14.</summary>
    public static HealthBoard? Find(string code) => Current.FirstOrDefault(b => string.Equals(b.Code, code, StringComparison.Ordinal));
}
