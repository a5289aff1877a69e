using AnalysisKit.Extracts;
using static AnalysisKit.Tests.Extracts.ExtractTestData;

namespace AnalysisKit.Tests.Extracts;

public sealed class ExtractSumsTests
{
    // Hand-made extract. By hand: 10002/2024-01: items 3 + 4 = 7, one suppressed cell; cost 1.25 + 2.50 = 3.75.
    // 10002/2024-02: items 5; cost not available → 0 summed, 1 missing. 10017/2024-01: items 0 (a real zero) + 2 = 2.
    private const string Csv =
        "practice,month,bnf,items,cost\n" +
        "10017,2024-01,A,0,1.00\n" +
        "10002,2024-01,A,3,1.25\n" +
        "10002,2024-02,A,5,:\n" +
        "10002,2024-01,B,4,2.50\n" +
        "10002,2024-01,C,*,0.00\n" +
        "10017,2024-01,B,2,0.50\n";

    private static readonly ExtractSchema Schema = new("sums",
    [
        ExtractColumn.Code("practice"), ExtractColumn.Month("month"), ExtractColumn.Code("bnf"),
        ExtractColumn.Count("items", "items"), ExtractColumn.Number("cost", "GBP"),
    ]);

    [Fact]
    public void SumBy_PracticeAndMonth_SumsPresentValuesAndCountsMissing()
    {
        var sums = ExtractSums.SumBy(LoadText(Csv, Schema), ["practice", "month"], ["items", "cost"]);
        Assert.Equal(["10002", "10002", "10017"], Enumerable.Range(0, 3).Select(r => sums.Columns["practice"][r]));
        Assert.Equal([new DateTime(2024, 1, 1), new DateTime(2024, 2, 1), new DateTime(2024, 1, 1)], Enumerable.Range(0, 3).Select(r => sums.Columns["month"][r]));
        Assert.Equal([7L, 5L, 2L], Enumerable.Range(0, 3).Select(r => sums.Columns["items"][r]));
        Assert.Equal([1L, 0L, 0L], Enumerable.Range(0, 3).Select(r => sums.Columns["items_suppressed"][r]));
        Assert.Equal([3.75, 0.0, 1.5], Enumerable.Range(0, 3).Select(r => sums.Columns["cost"][r]));
        Assert.Equal([0L, 1L, 0L], Enumerable.Range(0, 3).Select(r => sums.Columns["cost_missing"][r]));
    }

    [Fact]
    public void SumBy_NoGroups_SaysWhatIsNeeded()
    {
        var e = Assert.Throws<ArgumentException>(() => ExtractSums.SumBy(LoadText(Csv, Schema), [], ["items"]));
        Assert.StartsWith("groupBy must name at least one column (e.g. practice, month).", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SumBy_TextColumnNotInterned_EqualValuesShareAGroup()
    {
        // Text columns are not interned, so each "10002" is a separate string object; by hand 3 + 4 = 7 and 2.
        var schema = new ExtractSchema("text keys", [ExtractColumn.Text("practice"), ExtractColumn.Count("items", "items")]);
        var sums = ExtractSums.SumBy(LoadText("practice,items\n10002,3\n10017,2\n10002,4\n", schema), ["practice"], ["items"]);
        Assert.Equal(["10002", "10017"], Enumerable.Range(0, 2).Select(r => sums.Columns["practice"][r]));
        Assert.Equal([7L, 2L], Enumerable.Range(0, 2).Select(r => sums.Columns["items"][r]));
    }

    [Fact]
    public void SumBy_LargeKeySpace_SameAnswerThroughTheDictionaryPath()
    {
        // 200 distinct values in each of three keys is a key space of 8,000,000 (past the array path's 4,194,304);
        // each row is its own group, plus one repeated row: by hand, group "000" sums 1 + 1 = 2 and every other group 1.
        var csv = new System.Text.StringBuilder("a,b,c,v\n");
        for (var i = 0; i < 200; i++)
        {
            var code = i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture);
            csv.Append(code).Append(',').Append(code).Append(',').Append(code).Append(",1\n");
        }

        csv.Append("000,000,000,1\n");
        var schema = new ExtractSchema("wide", [ExtractColumn.Code("a"), ExtractColumn.Code("b"), ExtractColumn.Code("c"), ExtractColumn.Count("v", "events")]);
        var sums = ExtractSums.SumBy(LoadText(csv.ToString(), schema), ["a", "b", "c"], ["v"]);
        Assert.Equal(200, sums.Rows.Count);
        Assert.Equal("000", sums.Columns["a"][0]);
        Assert.Equal(2L, sums.Columns["v"][0]);
        Assert.Equal("199", sums.Columns["c"][199]);
        Assert.Equal(1L, sums.Columns["v"][199]);
    }
}
