using AnalysisKit.Extracts;

namespace AnalysisKit.Geography;

/// <summary>
/// Gives practices their SIMD 2020v2 quintile from the data zone in PHS's "GP practice contact details and list sizes"
/// (column DataZone) and PHS's SIMD 2020v2 data-zone lookup (simd2020v2_22062020.csv: DataZone,
/// SIMD2020V2CountryQuintile; 1 = most deprived). A practice whose data zone is blank or not in the SIMD lookup keeps
/// no quintile ("not known" in a briefing), never a guessed one. Source: PHS open data, Open Government Licence v3.
/// </summary>
public static class SimdLookup
{
    /// <summary>The SIMD lookup's columns read.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["DataZone", "SIMD2020V2CountryQuintile"];

    /// <summary>The quintile of each data zone.</summary>
    /// <param name="simdPath">simd2020v2_22062020.csv.</param>
    /// <exception cref="ExtractLoadException">A missing column or a quintile that is not a whole number (file, row, column, value).</exception>
    public static IReadOnlyDictionary<string, int> Quintiles(string simdPath)
    {
        var schema = new ExtractSchema("SIMD 2020v2 data-zone lookup", [ExtractColumn.Code("DataZone"), ExtractColumn.Count("SIMD2020V2CountryQuintile", "quintile", required: true)]);
        var extract = CsvExtractReader.Load(simdPath, schema);
        var quintiles = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var row = 0; row < extract.Data.Rows.Count; row++)
        {
            var quintile = (long)extract.Data.Columns["SIMD2020V2CountryQuintile"][row];
            if (quintile is < 1 or > 5)
            {
                throw new LookupFileException(GeographyErrors.BadSimdQuintile(simdPath, row + 2, "SIMD2020V2CountryQuintile", quintile.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    simdPath, row + 2, "SIMD2020V2CountryQuintile", quintile.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            quintiles[(string)extract.Data.Columns["DataZone"][row]] = (int)quintile;
        }

        return quintiles;
    }

    /// <summary>The lookup with each practice's quintile from its data zone in the contact-details file.</summary>
    /// <param name="lookup">A lookup read from <paramref name="lookupPath"/>.</param>
    /// <param name="lookupPath">The PHS contact-details CSV, with PracticeCode and DataZone.</param>
    /// <param name="simdPath">simd2020v2_22062020.csv.</param>
    public static PracticeLookup AddQuintiles(PracticeLookup lookup, string lookupPath, string simdPath)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        var quintiles = Quintiles(simdPath);
        var csv = LookupCsv.Read(lookupPath, ["PracticeCode", "DataZone"]);
        var zones = csv.Rows.ToDictionary(r => csv.Text(r.Fields, "PracticeCode"), r => csv.Text(r.Fields, "DataZone"), StringComparer.Ordinal);
        var memberships = lookup.Memberships.Select(m => zones.TryGetValue(m.PracticeCode, out var zone) && quintiles.TryGetValue(zone, out var q) ? m with { SimdQuintile = q } : m);
        return new PracticeLookup(memberships, lookup.Populations);
    }
}
