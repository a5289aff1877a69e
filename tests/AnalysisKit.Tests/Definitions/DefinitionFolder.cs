using AnalysisKit.Testing;

namespace AnalysisKit.Tests.Definitions;

/// <summary>
/// A temporary folder with a small register file (qof.csv: practice, pop, hypreg, dmreg, BNFItemCode) and a definition
/// written from a template whose geography is the sample's (absolute paths), for tests of the definition reader.
/// </summary>
internal sealed class DefinitionFolder : IDisposable
{
    public const string Csv = "practice,pop,hypreg,dmreg,BNFItemCode\n70001,3500,500,200,0501\n70002,5800,900,-,0502\n";

    public DefinitionFolder(string csv = Csv)
    {
        System.IO.File.WriteAllText(System.IO.Path.Combine(Path, "qof.csv"), csv);
    }

    public string Path { get; } = Directory.CreateTempSubdirectory("akit-definition-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>A whole definition: the sample geography, an annual period, one Wilson indicator (with <paramref name="indicator"/> merged in).</summary>
    public static string Definition(string indicator = "", string top = "") =>
        $$"""
        {
          "geography": { "format": "akit-lookup", "lookup": "{{Geography("practice-lookup.csv")}}", "populations": "{{Geography("practice-populations.csv")}}" },
          "period": { "label": "2025", "end": "2025-12-31" },
          "headline": "hypertension",
          {{top}}
          "indicators": [ { {{(indicator.Length > 0 ? indicator : Hypertension)}} } ]
        }
        """;

    public const string Hypertension =
        "\"name\": \"hypertension\", \"label\": \"Hypertension register\", \"file\": \"qof.csv\", \"practice\": \"practice\", \"numerator\": \"hypreg\", " +
        "\"denominator\": \"pop\", \"method\": \"proportion-wilson\", \"multiplier\": 100, \"unit\": \"%\", \"polarity\": \"neither\"";

    /// <summary>Writes briefing.json and returns its path.</summary>
    public string Write(string json)
    {
        var path = File("briefing.json");
        System.IO.File.WriteAllText(path, json);
        return path;
    }

    private static string Geography(string file) => RepoPaths.InRepo(System.IO.Path.Combine("data-samples", "geography", file)).Replace("\\", "/", StringComparison.Ordinal);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
