using AnalysisKit.Extracts;

namespace AnalysisKit.Geography;

/// <summary>
/// Reads ISD Scotland's QOF practice lookup (QOF_Scot_2010/11 … 2014/15 "Practice lookup", the .xls original — sheet
/// "Practices_in_QOF_…", header found by its column names — or its CSV extract): practice → CHP (Community Health
/// Partnership, S03 code, ISD's level between practice and board before HSCPs) → board. Columns used: Practice Code,
/// Practice Name, NHS Board Cypher, List Size, CHP Code, CHP Name. Boards are given by ISD's one-letter cypher and mapped
/// to the current (2019) S08 code of the same board, as ISD drew it that year. ISD's lookup is one year's snapshot:
/// every practice holds from the start of time with no end, open. Source: ISD Scotland (now PHS), Open Government Licence.
/// </summary>
public static class IsdQofLookupReader
{
    /// <summary>The columns read (matched ignoring case).</summary>
    public static IReadOnlyList<string> Columns { get; } = ["Practice Code", "Practice Name", "NHS Board Cypher", "List Size", "CHP Code", "CHP Name"];

    /// <summary>ISD's board cyphers and the current S08 code of each board.</summary>
    public static IReadOnlyDictionary<string, string> BoardCyphers { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["A"] = "S08000015", ["B"] = "S08000016", ["Y"] = "S08000017", ["V"] = "S08000019", ["N"] = "S08000020", ["H"] = "S08000022", ["S"] = "S08000024",
        ["R"] = "S08000025", ["Z"] = "S08000026", ["W"] = "S08000028", ["F"] = "S08000029", ["T"] = "S08000030", ["G"] = "S08000031", ["L"] = "S08000032",
    };

    /// <summary>Reads and checks the lookup.</summary>
    /// <param name="path">The .csv or .xls lookup.</param>
    /// <param name="chpNames">Receives each CHP's name by code.</param>
    /// <param name="listSizes">Receives each practice's List Size (none for a practice whose List Size is suppressed).</param>
    /// <exception cref="ExtractLoadException">A missing column or a value that is not of its type (file, row, column, value).</exception>
    /// <exception cref="LookupFileException">A practice code that is not five digits, an unknown board cypher, a practice twice.</exception>
    public static PracticeLookup Read(string path, IDictionary<string, string> chpNames, IDictionary<string, int> listSizes)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(chpNames);
        ArgumentNullException.ThrowIfNull(listSizes);
        var schema = new ExtractSchema("ISD QOF practice lookup",
        [
            ExtractColumn.Code("Practice Code"), ExtractColumn.Text("Practice Name", required: true), ExtractColumn.Code("NHS Board Cypher"),
            ExtractColumn.Count("List Size", "patients", required: true), ExtractColumn.Code("CHP Code"), ExtractColumn.Text("CHP Name", required: true),
        ]);
        var extract = path.EndsWith(".xls", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)
            ? ExcelExtractReader.Load(path, ExcelSheet.At(1), schema)
            : CsvExtractReader.Load(path, schema);
        var data = extract.Data;
        var memberships = new List<PracticeMembership>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var row = 0; row < data.Rows.Count; row++)
        {
            var line = row + 2;
            var code = (string)data.Columns["Practice Code"][row];
            if (code.Length != 5 || !code.All(char.IsAsciiDigit))
            {
                throw new LookupFileException(GeographyErrors.BadPracticeCode(path, line, "Practice Code", code), path, line, "Practice Code", code);
            }

            if (seen.TryGetValue(code, out var first))
            {
                throw new LookupFileException(GeographyErrors.DuplicatePractice(path, line, "Practice Code", code, first, "the whole year"), path, line, "Practice Code", code);
            }

            seen[code] = line;
            var cypher = (string)data.Columns["NHS Board Cypher"][row];
            var board = BoardCyphers.TryGetValue(cypher, out var s08) ? s08
                : throw new LookupFileException(GeographyErrors.UnknownBoardCypher(path, line, "NHS Board Cypher", cypher, BoardCyphers.Keys), path, line, "NHS Board Cypher", cypher);
            var chp = (string)data.Columns["CHP Code"][row];
            chpNames[chp] = (string)data.Columns["CHP Name"][row];
            if (data.Columns["List Size"][row] is long size)
            {
                listSizes[code] = (int)size; // a suppressed List Size ("*", e.g. 22033 in 2014/15) gives the practice none
            }
            memberships.Add(new PracticeMembership(code, (string)data.Columns["Practice Name"][row], string.Empty, string.Empty, chp, board, null,
                PracticeStatus.Open, DateOnly.MinValue, null, string.Empty, path, line));
        }

        return new PracticeLookup(memberships, []);
    }
}
