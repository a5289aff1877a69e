namespace AnalysisKit.Extracts;

/// <summary>
/// PHS's two open-data schemas of community prescribing by prescriber, so a multi-year series can span the change:
/// "Prescriptions in the Community" (HBT, GPPractice, BNFItemCode, BNFItemDescription, NumberOfPaidItems, PaidQuantity,
/// GrossIngredientCost, PaidDateMonth as yyyyMM) and its successor "Prescribed and dispensed" (HBT, PrescriberLocation,
/// PrescriberLocationType, DispenserLocation, DispenserLocationType, the same item and measure columns). A file's schema
/// is told from its header, never guessed from its name. Source: opendata.nhs.scot, Open Government Licence v3.
/// In a briefing definition the two meet as <c>"practice": ["GPPractice", "PrescriberLocation"]</c> over a list of files;
/// prescriber locations that are not GP practices (dentists, hospitals) are not in the practice lookup, and the
/// briefing's data-quality section counts them with file and row.
/// </summary>
public static class PhsPrescribing
{
    /// <summary>The measure and item columns both schemas share.</summary>
    public static IReadOnlyList<string> SharedColumns { get; } = ["HBT", "BNFItemCode", "BNFItemDescription", "NumberOfPaidItems", "PaidQuantity", "GrossIngredientCost", "PaidDateMonth"];

    /// <summary>The practice column of each schema, the older first.</summary>
    public static IReadOnlyList<string> PracticeColumns { get; } = ["GPPractice", "PrescriberLocation"];

    /// <summary>"Prescriptions in the Community": one row per practice, BNF item and paid month.</summary>
    public static ExtractSchema PrescriptionsInTheCommunity { get; } = Schema("PHS Prescriptions in the Community", [ExtractColumn.Code("GPPractice")]);

    /// <summary>"Prescribed and dispensed": one row per prescriber location, dispenser location, BNF item and paid month.</summary>
    public static ExtractSchema PrescribedDispensed { get; } = Schema("PHS prescribed and dispensed",
    [
        ExtractColumn.Code("PrescriberLocation"), ExtractColumn.Code("PrescriberLocationType", required: false),
        ExtractColumn.Code("DispenserLocation", required: false), ExtractColumn.Code("DispenserLocationType", required: false),
    ]);

    /// <summary>The schema a header belongs to.</summary>
    /// <param name="source">The file, for the message.</param>
    /// <param name="header">Its column names.</param>
    /// <exception cref="ExtractLoadException">Neither practice column is in the header.</exception>
    public static ExtractSchema SchemaOf(string source, IReadOnlyList<string> header)
    {
        ArgumentNullException.ThrowIfNull(header);
        bool Has(string column) => header.Any(h => string.Equals(h.Trim(), column, StringComparison.OrdinalIgnoreCase));
        return Has("GPPractice") ? PrescriptionsInTheCommunity
            : Has("PrescriberLocation") ? PrescribedDispensed
            : throw new ExtractLoadException(ExtractMessages.NotPhsPrescribing(source, header));
    }

    /// <summary>Loads a prescribing file in either schema, told from its header.</summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="options">Load options; default <see cref="ExtractLoadOptions.Default"/>.</param>
    public static Extract Load(string path, ExtractLoadOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new ExtractLoadException(ExtractMessages.FileNotFound(path));
        }

        var header = (File.ReadLines(path).FirstOrDefault() ?? "").TrimStart('\uFEFF').Split(',');
        return CsvExtractReader.Load(path, SchemaOf(Path.GetFileName(path), header), options);
    }

    private static ExtractSchema Schema(string name, IEnumerable<ExtractColumn> prescriber)
    {
        IEnumerable<ExtractColumn> columns =
        [
            ExtractColumn.Code("HBT"), .. prescriber, ExtractColumn.Code("BNFItemCode", required: false), ExtractColumn.Text("BNFItemDescription"),
            ExtractColumn.Count("NumberOfPaidItems", "items"), ExtractColumn.Number("PaidQuantity", "quantity"), ExtractColumn.Number("GrossIngredientCost", "GBP"),
            ExtractColumn.Month("PaidDateMonth"),
        ];
        var practice = columns.Skip(1).First().Name;
        return new ExtractSchema(name, columns) { Practice = practice, Period = "PaidDateMonth" };
    }
}
