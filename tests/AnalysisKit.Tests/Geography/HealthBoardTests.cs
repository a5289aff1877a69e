using AnalysisKit.Geography;
using AnalysisKit.Samples;
using AnalysisKit.Testing;

namespace AnalysisKit.Tests.Geography;

public sealed class HealthBoardTests
{
    [Fact]
    public void Current_MatchesTheUnarchivedRowsOfThePhsBoardFile()
    {
        var path = RepoPaths.SharedOrSkip("open-data/scot-simd2020v2-datazone-lookup/hb14_hb19.csv");
        var expected = File.ReadLines(path).Skip(1)
            .Select(line => line.Split(','))
            .Where(f => f[3].Length == 0)
            .Select(f => (f[0], f[1]))
            .OrderBy(p => p.Item1, StringComparer.Ordinal)
            .ToList();
        Assert.Equal(14, expected.Count);
        Assert.Equal(expected, HealthBoard.Current.Select(b => (b.Code, b.Name)).ToList());
    }

    [Fact]
    public void HscpBoards_AndSampleDataZoneCounts_MatchThePhsSimdLookup()
    {
        var path = RepoPaths.SharedOrSkip("open-data/scot-simd2020v2-datazone-lookup/simd2020v2_22062020.csv");
        var rows = File.ReadLines(path).Skip(1).Select(line => line.Split(',')).ToList();
        var boardOf = rows.Select(f => (Hscp: f[3], Board: f[2])).Distinct().ToList();
        Assert.Equal(31, boardOf.Count);
        Assert.Equal(
            boardOf.OrderBy(p => p.Hscp, StringComparer.Ordinal).ToList(),
            Hscp.Current.Select(h => (h.Code, h.BoardCode)).OrderBy(p => p.Code, StringComparer.Ordinal).ToList());
        foreach (var region in SampleRegion.All)
        {
            var counts = Enumerable.Range(1, 5)
                .Select(q => rows.Count(f => f[3] == region.HscpCode && f[7] == q.ToString(System.Globalization.CultureInfo.InvariantCulture)))
                .ToArray();
            Assert.Equal(counts, region.DataZonesByQuintile);
        }
    }

    [Fact]
    public void Find_UnknownCode_IsNull()
    {
        Assert.Null(HealthBoard.Find("S08000027"));
        Assert.Equal("NHS Lothian", HealthBoard.Find("S08000024")!.Name);
        Assert.Equal("S08000031", Hscp.Find("S37000034")!.BoardCode);
    }
}
