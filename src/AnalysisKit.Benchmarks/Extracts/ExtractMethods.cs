using System.Globalization;
using AnalysisKit.Extracts;
using Microsoft.Data.Analysis;

namespace AnalysisKit.Benchmarks.Extracts;

/// <summary>
/// The ways of getting a corpus file's practice × month sums (or, for the load-only methods, its rows) that the
/// benchmark times, each callable in this process or in a fresh child process.
/// </summary>
internal static class ExtractMethods
{
    public const string Idle = "idle process";
    public const string LoadCsv = "DataFrame.LoadCsv";
    public const string DuckDb = "DuckDB sums";
    public const string Load = "AnalysisKit load";
    public const string LoadOneThread = "AnalysisKit load, 1 thread";
    public const string LoadAndSum = "AnalysisKit load+sums";
    public const string SumFile = "AnalysisKit sums over file";

    public static IReadOnlyList<string> All { get; } = [Idle, LoadCsv, DuckDb, Load, LoadOneThread, LoadAndSum, SumFile];

    /// <summary>Runs a method on a file; the summary describes its result so methods can be checked against each other.</summary>
    public static ResultSummary Run(string method, CorpusFile file, string path) => method switch
    {
        Idle => new ResultSummary(0, []),
        LoadCsv => ResultSummary.RowsOf(DataFrame.LoadCsv(path, ',', true, null, file.LoadCsvTypes, cultureInfo: CultureInfo.InvariantCulture)),
        DuckDb => ResultSummary.Of(DuckDbExtracts.Query(file.DuckDbSql(path)), file.Sums),
        Load => ResultSummary.RowsOf(CsvExtractReader.Load(path, file.Schema).Data),
        LoadOneThread => ResultSummary.RowsOf(CsvExtractReader.Load(path, file.Schema, ExtractLoadOptions.Default with { MaxDegreeOfParallelism = 1 }).Data),
        LoadAndSum => ResultSummary.Of(ExtractSums.SumBy(CsvExtractReader.Load(path, file.Schema), file.GroupBy, file.Sums), file.Sums),
        SumFile => ResultSummary.Of(ExtractSums.SumBy(path, file.Schema, file.GroupBy, file.Sums), file.Sums),
        _ => throw new ArgumentException($"No extract benchmark method '{method}'; expected one of: {string.Join(", ", All)}.", nameof(method)),
    };
}
