using AnalysisKit.Extracts;
using AnalysisKit.Testing;

namespace AnalysisKit.Tests.Extracts;

/// <summary>Schemas and paths shared by the extract tests.</summary>
internal static class ExtractTestData
{
    public static ExtractSchema Monthly { get; } = new("monthly prescribing",
    [
        ExtractColumn.Code("practice"),
        ExtractColumn.Month("month"),
        ExtractColumn.Count("items", "items"),
        ExtractColumn.Number("cost", "GBP"),
    ])
    {
        Key = ["practice", "month"],
        Practice = "practice",
        Period = "month",
    };

    public static ExtractSchema Named { get; } = new("named practices",
    [
        ExtractColumn.Code("practice"),
        ExtractColumn.Text("name"),
        ExtractColumn.Month("month"),
        ExtractColumn.Count("items", "items"),
        ExtractColumn.Number("cost", "GBP"),
    ]);

    public static ExtractSchema Dated { get; } = new("dated counts",
    [
        ExtractColumn.Code("practice"),
        ExtractColumn.Date("date"),
        ExtractColumn.Count("items", "items"),
    ]);

    public static ExtractSchema Register { get; } = new("register",
    [
        ExtractColumn.Code("practice"),
        ExtractColumn.Count("register", "patients"),
        ExtractColumn.Count("listsize", "patients"),
    ])
    {
        Practice = "practice",
    };

    public static string Malformed(string file) => Path.Combine(AppContext.BaseDirectory, "TestData", "Extracts", "Malformed", file);

    public static Extract LoadText(string csv, ExtractSchema schema, ExtractLoadOptions? options = null) =>
        CsvExtractReader.Load(new StringReader(csv), "test.csv", schema, options);

    public static ExtractLoadException Fails(Func<Extract> load) => Assert.Throws<ExtractLoadException>(() => load());

    public static string QofCsv(string file) => RepoPaths.SharedOrSkip("open-data/scot-qof-isd-2009-2016/csv/" + file);

    public static string QofXls(string file) => RepoPaths.SharedOrSkip("open-data/scot-qof-isd-2009-2016/xls/" + file);
}
