using AnalysisKit.Extracts;

namespace AnalysisKit.Tests.Extracts;

public sealed class DuckDbExtractsTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "akit-duckdb-" + Guid.NewGuid().ToString("N") + ".csv");

    public DuckDbExtractsTests() =>
        File.WriteAllText(_path, "practice,month,items,cost\n10017,2024-01,2,0.5\n10002,2024-01,3,1.25\n10002,2024-01,4,2.5\n10002,2024-02,5,1\n");

    public void Dispose() => File.Delete(_path);

    [Fact]
    public void SumBy_PracticeMonth_MatchesHandTotals()
    {
        // By hand: 10002/2024-01 → 3+4 = 7 items, 3.75; 10002/2024-02 → 5, 1; 10017/2024-01 → 2, 0.5.
        var sums = DuckDbExtracts.SumBy(_path, ["practice", "month"], ["items", "cost"]);
        Assert.Equal(3, sums.Rows.Count);
        Assert.Equal([7L, 5L, 2L], Enumerable.Range(0, 3).Select(r => sums.Columns["items"][r]));
        Assert.Equal([3.75, 1.0, 0.5], Enumerable.Range(0, 3).Select(r => sums.Columns["cost"][r]));
    }

    [Fact]
    public void SumBy_ParquetFile_SameHandTotalsAsTheCsv()
    {
        var parquet = Path.ChangeExtension(_path, ".parquet");
        try
        {
            // DuckDB writes the Parquet copy; the sums read it in place and must equal the hand totals above.
            DuckDbExtracts.Query($"COPY (SELECT * FROM {DuckDbExtracts.Source(_path)}) TO '{parquet}' (FORMAT PARQUET)");
            var sums = DuckDbExtracts.SumBy(parquet, ["practice", "month"], ["items", "cost"]);
            Assert.Equal([7L, 5L, 2L], Enumerable.Range(0, 3).Select(r => sums.Columns["items"][r]));
            Assert.Equal([3.75, 1.0, 0.5], Enumerable.Range(0, 3).Select(r => sums.Columns["cost"][r]));
        }
        finally
        {
            File.Delete(parquet);
        }
    }

    [Fact]
    public void Query_DateColumn_BecomesDateTime()
    {
        var frame = DuckDbExtracts.Query("SELECT DATE '2024-04-01' AS d, 42::HUGEINT AS h");
        Assert.Equal(new DateTime(2024, 4, 1), frame.Columns["d"][0]);
        Assert.Equal(42L, frame.Columns["h"][0]);
    }

    [Fact]
    public void Query_BadSql_CarriesDuckDbReason()
    {
        var e = Assert.Throws<ExtractLoadException>(() => DuckDbExtracts.Query("SELECT nope FROM nowhere"));
        Assert.StartsWith("DuckDB could not run the extract query: ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Source_QuotesPathsWithApostrophes()
    {
        Assert.Equal("read_csv('/data/o''brien.csv', header = true)", DuckDbExtracts.Source("/data/o'brien.csv"));
        Assert.Equal("read_parquet('x.parquet')", DuckDbExtracts.Source("x.parquet"));
    }
}
