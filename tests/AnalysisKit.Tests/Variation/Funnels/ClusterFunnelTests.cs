using AnalysisKit.Geography;
using AnalysisKit.Variation.Funnels;

namespace AnalysisKit.Tests.Variation.Funnels;

public class ClusterFunnelTests
{
    private sealed class Lookup : IGeographyLookup
    {
        public DateOnly EffectiveDate { get; } = new(2025, 4, 1);

        public string? AreaCode(string practiceCode, GeographyLevel level)
        {
            if (practiceCode.StartsWith("X", StringComparison.Ordinal))
            {
                return null;
            }

            var cluster = "C" + practiceCode[1..3];
            return level switch
            {
                GeographyLevel.Practice => practiceCode,
                GeographyLevel.Cluster => cluster,
                GeographyLevel.Board => int.Parse(practiceCode[1..3]) < 10 ? "B1" : "B2",
                _ => "S92000003",
            };
        }

        public bool IsComparable(string practiceCode) => !practiceCode.StartsWith("P99", StringComparison.Ordinal);
    }

    // 20 clusters (C00..C19) of 5 practices; each practice 10% of 1000 (100/1000), with mild spread, and cluster C07
    // planted at 16% in every practice: as a whole it lies far outside the 99.8% limits (z ≈ 6 on 5000 patients).
    private static List<FunnelUnit> Practices()
    {
        var list = new List<FunnelUnit>();
        for (var c = 0; c < 20; c++)
        {
            for (var p = 0; p < 5; p++)
            {
                var numerator = c == 7 ? 160 : 100 + ((c * 5 + p) % 7) - 3;
                list.Add(new FunnelUnit($"P{c:00}{p}", numerator, 1000));
            }
        }

        list.Add(new FunnelUnit("P990", 1, 10)); // a pseudo-practice: reported, not compared
        return list;
    }

    [Fact]
    public void ClustersAcrossScotland_SumsPracticesAndFindsThePlantedOutlierCluster()
    {
        var result = ClusterFunnel.ClustersAcrossScotland(Practices(), new Lookup());
        Assert.Equal(20, result.Funnel.Units.Count);
        Assert.Equal(new DateOnly(2025, 4, 1), result.EffectiveDate);
        var c07 = result.Funnel.Units.Single(u => u.Unit.Code == "C07");
        Assert.Equal(800, c07.Unit.Numerator);
        Assert.Equal(5000, c07.Unit.Denominator);
        Assert.Equal(FunnelOutlier.High, c07.Outlier998);
        Assert.Equal(new[] { "C07" }, result.Funnel.Units.Where(u => u.Outlier998 != FunnelOutlier.None).Select(u => u.Unit.Code));
        Assert.Equal(new[] { "P990" }, result.ExcludedPractices);
    }

    [Fact]
    public void PracticesWithinArea_ComparesOnlyThatClustersPractices()
    {
        var result = ClusterFunnel.PracticesWithinArea(Practices(), new Lookup(), GeographyLevel.Cluster, "C03");
        Assert.Equal(new[] { "P030", "P031", "P032", "P033", "P034" }, result.Funnel.Units.Select(u => u.Unit.Code));
        Assert.Equal("C03", result.Scope);
        Assert.Equal(GeographyLevel.Practice, result.Level);
    }

    [Fact]
    public void PracticesWithinGroup_UnknownGroup_ThrowsNamingIt()
    {
        var rows = new[] { new GroupedUnit("C01", new FunnelUnit("P1", 1, 10)) };
        var error = Assert.Throws<ArgumentException>(() => ClusterFunnel.PracticesWithinGroup(rows, "C02"));
        Assert.StartsWith("rows in group 'C02' is empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ClustersAcrossScotland_PracticeMissingFromLookup_ThrowsNamingThePractice()
    {
        var practices = Practices();
        practices.Add(new FunnelUnit("X123", 1, 10));
        var error = Assert.Throws<ArgumentException>(() => ClusterFunnel.ClustersAcrossScotland(practices, new Lookup()));
        Assert.StartsWith("practice 'X123' is not in the geography lookup, so it has no Cluster;", error.Message, StringComparison.Ordinal);
    }
    [Fact]
    public void ClustersAcrossScotland_DuplicatePracticeRow_ThrowsRatherThanSummingTwice()
    {
        var practices = Practices();
        practices.Add(practices[0]);
        var error = Assert.Throws<ArgumentException>(() => ClusterFunnel.ClustersAcrossScotland(practices, new Lookup()));
        Assert.StartsWith("practices: unit 'P000' appears more than once;", error.Message, StringComparison.Ordinal);
    }
    [Fact]
    public void Aggregate_ToBoards_SumsPracticesForAnyFunnelMethod()
    {
        // Boards: clusters C00–C09 → B1, C10–C19 → B2; 50 practices each of 1000 patients.
        var boards = ClusterFunnel.Aggregate(Practices(), new Lookup(), GeographyLevel.Board);
        Assert.Equal(new[] { "B1", "B2" }, boards.Units.Select(u => u.Code));
        Assert.Equal(50_000, boards.Units[0].Denominator);
        Assert.Equal(Practices().Where(p => p.Code != "P990" && string.CompareOrdinal(p.Code, "P100") < 0).Sum(p => p.Numerator), boards.Units[0].Numerator);
        Assert.Equal(2, PheFunnel.ProportionSignificance(boards.Units).Count);
    }
}
