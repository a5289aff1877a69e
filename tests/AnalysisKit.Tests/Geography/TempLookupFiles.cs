using AnalysisKit.Geography;

namespace AnalysisKit.Tests.Geography;

/// <summary>Writes small lookup and population files into a fresh temporary folder for error tests.</summary>
internal sealed class TempLookupFiles : IDisposable
{
    internal const string LookupHeader = "PracticeCode,GPPracticeName,GPCluster,GPClusterName,HSCP,HB,SimdQuintile,Status,ValidFrom,ValidTo,Note";

    internal const string GoodRow = "10002,Muirhead,GPC1,Dundee 4,S37000007,S08000030,2,open,2023-01-01,,";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "akit-geo-" + Guid.NewGuid().ToString("N"));

    internal TempLookupFiles() => Directory.CreateDirectory(_folder);

    internal static string PopulationHeader =>
        "Date,PracticeCode,Sex,AllAges," + string.Join(',', AgeBandSet.Esp2013.Bands.Select(b => b.ColumnName));

    /// <summary>A population row with <paramref name="perBand"/> patients in each of the 19 bands.</summary>
    internal static string PopulationRow(string code, string sex, int perBand = 10, string date = "20230101") =>
        $"{date},{code},{sex},{perBand * 19}," + string.Join(',', Enumerable.Repeat(perBand, 19));

    internal string Write(string name, params string[] lines)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, string.Join('\n', lines) + "\n");
        return path;
    }

    internal (string Lookup, string Populations) Pair(string[] lookupRows, string[]? populationRows = null) =>
        (Write("lookup.csv", [LookupHeader, .. lookupRows]),
         Write("populations.csv", [PopulationHeader, .. populationRows ?? [PopulationRow("10002", "Female"), PopulationRow("10002", "Male")]]));

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
