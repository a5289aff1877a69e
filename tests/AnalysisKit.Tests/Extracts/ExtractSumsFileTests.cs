using System.Globalization;
using System.Text;
using AnalysisKit.Extracts;
using AnalysisKit.Samples;
using Microsoft.Data.Analysis;

namespace AnalysisKit.Tests.Extracts;

/// <summary>
/// Sums over a file read in batches equal, cell for cell and bit for bit, the sums of the same file loaded whole — on
/// files with QF flags, cell markers, missing practice codes and months, and batches of a few rows (so groups span many
/// batches) — and fail on a bad row with the load's own message. The totals of a small file are also checked by hand.
/// </summary>
public sealed class ExtractSumsFileTests : IDisposable
{
    private static readonly ExtractSchema Schema = new("flags",
    [
        ExtractColumn.Month("Month"),
        ExtractColumn.Code("GPPractice", required: false),
        ExtractColumn.Count("Items", "items"),
        ExtractColumn.Number("Cost", "GBP"),
    ]);

    private readonly string _path = Path.Combine(Path.GetTempPath(), "akit-sums-" + Guid.NewGuid().ToString("N") + ".csv");

    public void Dispose() => File.Delete(_path);

    [Fact]
    public void SumBy_SmallFile_TotalsByHand()
    {
        File.WriteAllText(_path, "Month,GPPractice,Items,ItemsQF,Cost\n202401,10002,3,,1.25\n202401,10002,,c,2.5\n202402,10002,4,p,*\n202401,10017,5,,0.5\n");
        var sums = ExtractSums.SumBy(_path, Schema, ["GPPractice", "Month"], ["Items", "Cost"]);

        // By hand: 10002/2024-01 → items 3 (one suppressed), cost 3.75; 10002/2024-02 → 4, cost missing (*); 10017 → 5, 0.5.
        Assert.Equal(["10002", "10002", "10017"], Enumerable.Range(0, 3).Select(r => (string?)sums.Columns["GPPractice"][r]));
        Assert.Equal([3L, 4L, 5L], Enumerable.Range(0, 3).Select(r => sums.Columns["Items"][r]));
        Assert.Equal([1L, 0L, 0L], Enumerable.Range(0, 3).Select(r => sums.Columns["Items_suppressed"][r]));
        Assert.Equal([3.75, 0.0, 0.5], Enumerable.Range(0, 3).Select(r => sums.Columns["Cost"][r]));
        Assert.Equal([0L, 1L, 0L], Enumerable.Range(0, 3).Select(r => sums.Columns["Cost_missing"][r]));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(7, 2)]
    [InlineData(1000, 3)]
    [InlineData(65_536, 4)]
    public void SumBy_InBatches_SameFrameAsLoadThenSum(int batchRows, ulong seed)
    {
        WriteRandomFile(seed, rows: 3_000);
        var loaded = ExtractSums.SumBy(CsvExtractReader.Load(_path, Schema), ["GPPractice", "Month"], ["Items", "Cost"]);
        var streamed = ExtractSums.SumInBatches(_path, Schema, ["GPPractice", "Month"], ["Items", "Cost"], ExtractLoadOptions.Default, batchRows);
        AssertSameFrame(loaded, streamed);
    }

    [Fact]
    public void SumBy_BadRow_SameMessageAsLoad()
    {
        File.WriteAllText(_path, "Month,GPPractice,Items,ItemsQF,Cost\n202401,10002,3,,1.25\n202401,10002,1.5,,2.5\n");
        var load = Assert.Throws<ExtractLoadException>(() => CsvExtractReader.Load(_path, Schema));
        var sums = Assert.Throws<ExtractLoadException>(() => ExtractSums.SumBy(_path, Schema, ["GPPractice"], ["Items"]));
        Assert.Equal(load.Message, sums.Message);
    }

    [Fact]
    public void SumBy_KeyQuarantineOrJumps_SaysLoadInstead()
    {
        File.WriteAllText(_path, "Month,GPPractice,Items,Cost\n202401,10002,3,1.25\n");
        var keyed = new ExtractSchema("keyed", Schema.Columns) { Key = ["GPPractice", "Month"] };
        var e = Assert.Throws<ArgumentException>(() => ExtractSums.SumBy(_path, keyed, ["GPPractice"], ["Items"]));
        Assert.StartsWith("Sums over a file keep no rows, so they cannot check the key for duplicates; load the extract (CsvExtractReader.Load) and use ExtractSums.SumBy on it.",
            e.Message, StringComparison.Ordinal);
        e = Assert.Throws<ArgumentException>(() => ExtractSums.SumBy(_path, Schema, ["GPPractice"], ["Items"], ExtractLoadOptions.Default with { QuarantineBadRows = true }));
        Assert.StartsWith("Sums over a file keep no rows, so they cannot quarantine bad rows;", e.Message, StringComparison.Ordinal);
        e = Assert.Throws<ArgumentException>(() => ExtractSums.SumBy(_path, Schema, ["GPPractice", "Month", "Items", "Cost"], ["Items"]));
        Assert.StartsWith("groupBy names 4 column(s); sums over a file take 1 to 3 (e.g. practice, month), or load the extract and use ExtractSums.SumBy on it.",
            e.Message, StringComparison.Ordinal);
    }

    private void WriteRandomFile(ulong seed, int rows)
    {
        var stream = new SplitMix64(seed);
        var text = new StringBuilder("Month,GPPractice,Items,ItemsQF,Cost\n");
        for (var r = 0; r < rows; r++)
        {
            var month = stream.NextInt(20) == 0 ? ":" : $"2024{1 + stream.NextInt(12):D2}";
            var practice = stream.NextInt(30) == 0 ? string.Empty : (10002 + (7 * stream.NextInt(25))).ToString(CultureInfo.InvariantCulture);
            var (items, flag) = stream.NextInt(8) switch
            {
                0 => (string.Empty, "c"),
                1 => (string.Empty, ":"),
                2 => ((1 + stream.NextInt(9)).ToString(CultureInfo.InvariantCulture), "p"),
                _ => ((1 + stream.NextInt(500)).ToString(CultureInfo.InvariantCulture), string.Empty),
            };
            var cost = stream.NextInt(15) == 0 ? "*" : (stream.NextDouble() * 1000).ToString("R", CultureInfo.InvariantCulture);
            text.Append(CultureInfo.InvariantCulture, $"{month},{practice},{items},{flag},{cost}\n");
        }

        File.WriteAllText(_path, text.ToString());
    }

    private static void AssertSameFrame(DataFrame expected, DataFrame actual)
    {
        Assert.Equal(expected.Columns.Select(c => (c.Name, c.DataType)), actual.Columns.Select(c => (c.Name, c.DataType)));
        Assert.Equal(expected.Rows.Count, actual.Rows.Count);
        foreach (var column in expected.Columns)
        {
            for (long r = 0; r < expected.Rows.Count; r++)
            {
                var want = column[r];
                var got = actual.Columns[column.Name][r];
                Assert.True(want is double w && got is double g ? BitConverter.DoubleToInt64Bits(w) == BitConverter.DoubleToInt64Bits(g) : Equals(want, got),
                    $"{column.Name} row {r}: loaded {want}, streamed {got}");
            }
        }
    }
}
