using AnalysisKit.Geography;
using AnalysisKit.Indicators;

namespace AnalysisKit.Tests.Indicators;

public class HierarchyComparisonTests
{
    // A small fake hierarchy: cluster C1 = P1, P2, P3; cluster C2 = P4, P5; both in HSCP H1, board B1, Scotland S.
    // 99999 is a pseudo-practice in board B1 with no cluster or HSCP, and not comparable.
    private static readonly FakeLookup Lookup = new(new Dictionary<string, string?[]>
    {
        ["P1"] = ["C1", "H1", "B1", "S"],
        ["P2"] = ["C1", "H1", "B1", "S"],
        ["P3"] = ["C1", "H1", "B1", "S"],
        ["P4"] = ["C2", "H1", "B1", "S"],
        ["P5"] = ["C2", "H1", "B1", "S"],
        ["99999"] = [null, null, "B1", "S"],
    });

    private static readonly PracticeCount[] Practices =
    [
        new("P1", 90, 100), new("P2", 50, 100), new("P3", 10, 100),
        new("P4", 30, 200), new("P5", 20, 100), new("99999", 5, 50),
    ];

    [Fact]
    public void Aggregate_SumsNumeratorsAndDenominators_NeverAveragesRates()
    {
        var clusters = HierarchyComparison.Aggregate(Practices, Lookup, GeographyLevel.Cluster);
        // C1 = (90 + 50 + 10) / 300; C2 = (30 + 20) / 300, i.e. 1/6, not the mean of 0.15 and 0.2 (0.175).
        Assert.Equal([new AreaCount(GeographyLevel.Cluster, "C1", 150, 300, 3), new AreaCount(GeographyLevel.Cluster, "C2", 50, 300, 2)],
            clusters.Areas);
        Assert.Equal(["99999"], clusters.UnassignedPractices);
        var board = Assert.Single(HierarchyComparison.Aggregate(Practices, Lookup, GeographyLevel.Board).Areas);
        Assert.Equal(new AreaCount(GeographyLevel.Board, "B1", 205, 650, 6), board);
    }

    [Fact]
    public void Compare_PracticesWithTheirCluster_ClassifiesByWhetherTheClusterLiesOutsideThePracticeInterval()
    {
        // C1 is 150/300 = 50%. Wilson 95% limits (reference file case 10 and hand working):
        // P1 90/100 → 82.6%–94.5% (50% below: significantly higher); P2 50/100 → 40.4%–59.6% (not different);
        // P3 10/100 → 5.5%–17.4% (50% above: significantly lower).
        var rows = HierarchyComparison.Compare(Practices, Lookup, GeographyLevel.Practice, GeographyLevel.Cluster,
            (n, d) => Proportion.Wilson(n, d, 0.95, 100), Polarity.HigherIsBetter);
        var byPractice = rows.ToDictionary(r => r.Unit.AreaCode);
        Assert.Equal((Significance.Higher, Assessment.Better), (byPractice["P1"].Significance, byPractice["P1"].Assessment));
        Assert.Equal((Significance.NotDifferent, Assessment.Similar), (byPractice["P2"].Significance, byPractice["P2"].Assessment));
        Assert.Equal((Significance.Lower, Assessment.Worse), (byPractice["P3"].Significance, byPractice["P3"].Assessment));
        Assert.Equal(50.0, byPractice["P1"].ComparatorResult!.Value);
        Assert.Equal("C1", byPractice["P1"].Comparator!.AreaCode);
        // The pseudo-practice has no cluster: it is listed, with nothing to compare it with.
        Assert.Null(byPractice["99999"].Comparator);
        Assert.Equal(Significance.NotComparable, byPractice["99999"].Significance);
    }

    [Fact]
    public void Compare_PracticeMarkedNotComparable_IsReportedAsNotComparable()
    {
        var rows = HierarchyComparison.Compare(Practices, Lookup, GeographyLevel.Practice, GeographyLevel.Board,
            (n, d) => Proportion.Wilson(n, d), Polarity.LowerIsBetter);
        var pseudo = rows.Single(r => r.Unit.AreaCode == "99999");
        Assert.Equal(Significance.NotComparable, pseudo.Significance);
        Assert.Equal(Assessment.NotComparable, pseudo.Assessment);
        Assert.Equal(6, rows.Count);
    }

    [Fact]
    public void Compare_ClustersWithScotland_UsesScotlandsSummedCounts()
    {
        var rows = HierarchyComparison.Compare(Practices, Lookup, GeographyLevel.Cluster, GeographyLevel.Scotland,
            (n, d) => Proportion.Wilson(n, d), Polarity.LowerIsBetter);
        Assert.Equal(2, rows.Count);
        // Scotland = 205/650 = 0.3154 (all practices, the pseudo-practice included). C1 = 0.5 with limits 0.443–0.557:
        // Scotland lies below, so C1 is significantly higher, which is worse when lower is better.
        Assert.Equal(205.0 / 650, rows[0].ComparatorResult!.Value);
        Assert.Equal((Significance.Higher, Assessment.Worse), (rows[0].Significance, rows[0].Assessment));
        // C2 = 50/300 = 0.167, limits about 0.129–0.213: significantly lower → better.
        Assert.Equal((Significance.Lower, Assessment.Better), (rows[1].Significance, rows[1].Assessment));
    }

    [Fact]
    public void Compare_ComparatorNotAboveUnit_ErrorExplainsTheOrder()
    {
        var error = Assert.Throws<ArgumentException>(() => HierarchyComparison.Compare(Practices, Lookup,
            GeographyLevel.Board, GeographyLevel.Cluster, (n, d) => Proportion.Wilson(n, d), Polarity.NoJudgement));
        Assert.Equal("comparatorLevel", error.ParamName);
        Assert.StartsWith("comparatorLevel = Cluster is not above unitLevel = Board; compare a unit with a level that " +
                          "contains it (practice → cluster → HSCP → board → Scotland).", error.Message);
    }

    [Fact]
    public void Aggregate_PracticeNotInLookup_ErrorNamesPracticeAndDate()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            HierarchyComparison.Aggregate([new PracticeCount("P9", 1, 10)], Lookup, GeographyLevel.Cluster));
        Assert.StartsWith("practices: practice \"P9\" is not in the geography lookup effective 2026-04-01; use a lookup " +
                          "for the data's period or remove the practice explicitly.", error.Message);
    }

    [Fact]
    public void Aggregate_RepeatedPractice_ErrorNamesIt()
    {
        var error = Assert.Throws<ArgumentException>(() => HierarchyComparison.Aggregate(
            [new PracticeCount("P1", 1, 10), new PracticeCount("P1", 2, 10)], Lookup, GeographyLevel.Cluster));
        Assert.StartsWith("practices: practice \"P1\" appears more than once; give one row per practice (sum them first).",
            error.Message);
    }

    [Fact]
    public void Aggregate_NegativeNumerator_ErrorNamesPracticeColumnAndValue()
    {
        var error = Assert.Throws<ArgumentException>(() => HierarchyComparison.Aggregate(
            [new PracticeCount("P1", -1, 10)], Lookup, GeographyLevel.Cluster));
        Assert.StartsWith("practices: practice \"P1\" has numerator = -1; it must be a finite number ≥ 0.", error.Message);
    }

    [Fact]
    public void Compare_LookupNotNested_ErrorNamesUnitAndParents()
    {
        // P1 and P2 share cluster C1 but this lookup puts them in different HSCPs.
        var broken = new FakeLookup(new Dictionary<string, string?[]>
        {
            ["P1"] = ["C1", "H1", "B1", "S"],
            ["P2"] = ["C1", "H2", "B1", "S"],
        });
        var error = Assert.Throws<ArgumentException>(() => HierarchyComparison.Compare(
            [new PracticeCount("P1", 1, 10), new PracticeCount("P2", 1, 10)], broken, GeographyLevel.Cluster,
            GeographyLevel.Hscp, (n, d) => Proportion.Wilson(n, d), Polarity.NoJudgement));
        Assert.StartsWith("The practices of C1 belong to more than one Hscp (H1, H2); the lookup is not nested, so the unit " +
                          "cannot be compared with one comparator.", error.Message);
    }

    // Band-level rows for a two-band standard ("young" 60, "old" 40): events / population per practice.
    private static readonly StandardPopulation YoungOld = new("young-old", ["young", "old"], [60, 40]);

    private static readonly PracticeBandCount[] BandRows =
    [
        new("P1", "young", 60, 1000), new("P1", "old", 60, 500),
        new("P2", "young", 10, 1000), new("P2", "old", 10, 500),
        new("P3", "young", 40, 1000), new("P3", "old", 30, 500),
        new("P4", "young", 5, 800), new("P4", "old", null, 300),
        new("P5", "young", null, 700), new("P5", "old", null, 200),
    ];

    [Fact]
    public void AggregateBands_SumsEachBandAcrossPractices()
    {
        var clusters = HierarchyComparison.Aggregate(BandRows, Lookup, GeographyLevel.Cluster).Areas;
        // C1: young 60 + 10 + 40 = 110 / 3,000; old 60 + 10 + 30 = 100 / 1,500.
        Assert.Equal([new AgeBandCount("young", 110, 3000), new AgeBandCount("old", 100, 1500)], clusters[0].Bands!);
        Assert.Equal((210.0, 4500.0, 3), (clusters[0].Numerator, clusters[0].Denominator, clusters[0].Practices));
        // C2: young 5 + missing = 5 (missing counts as 0 once any count is present); old missing in both stays missing.
        Assert.Equal([new AgeBandCount("young", 5, 1500), new AgeBandCount("old", null, 500)], clusters[1].Bands!);
    }

    [Fact]
    public void CompareBands_PracticeDsrsWithTheirClusterDsr()
    {
        // DSR per 1,000 = (young events·60/young population + old events·40/old population)/100 × 1,000; Dobson limits
        // with Byar at 95% (worked outside the library):
        // C1 = (110·60/3000 + 100·40/1500)/100 = 48.667.
        // P1 = (60·60/1000 + 60·40/500)/100 = 84.0, limits 69.50–100.61: C1 below → higher (worse when lower is better).
        // P2 = 14.0, limits 8.49–21.70: C1 above → lower (better).
        // P3 = (40·60/1000 + 30·40/500)/100 = 48.0, limits 37.31–60.78: contains C1 → similar.
        var rows = HierarchyComparison.Compare(BandRows.Where(r => r.PracticeCode is "P1" or "P2" or "P3"), Lookup,
            GeographyLevel.Practice, GeographyLevel.Cluster,
            bands => DirectlyStandardisedRate.Dobson(bands, YoungOld, 0.95, 1000), Polarity.LowerIsBetter);
        Assert.Equal(3, rows.Count);
        Assert.Equal(48.666666666666667, rows[0].ComparatorResult!.Value, 12);
        Assert.Equal(84.0, rows[0].UnitResult.Value, 12);
        Assert.Equal((Significance.Higher, Assessment.Worse), (rows[0].Significance, rows[0].Assessment));
        Assert.Equal((Significance.Lower, Assessment.Better), (rows[1].Significance, rows[1].Assessment));
        Assert.Equal((Significance.NotDifferent, Assessment.Similar), (rows[2].Significance, rows[2].Assessment));
    }

    [Fact]
    public void AggregateBands_RepeatedPracticeAndBand_ErrorNamesBoth()
    {
        var error = Assert.Throws<ArgumentException>(() => HierarchyComparison.Aggregate(
            [new PracticeBandCount("P1", "old", 1, 10), new PracticeBandCount("P1", "old", 2, 10)], Lookup, GeographyLevel.Cluster));
        Assert.StartsWith("practices: practice \"P1\" has more than one row for the band \"old\"; give one row per practice and band.",
            error.Message);
    }

    private sealed class FakeLookup(Dictionary<string, string?[]> areas) : IGeographyLookup
    {
        public DateOnly EffectiveDate => new(2026, 4, 1);

        public string? AreaCode(string practiceCode, GeographyLevel level) =>
            !areas.TryGetValue(practiceCode, out var codes) ? null
            : level == GeographyLevel.Practice ? practiceCode
            : codes[(int)level - 1];

        public bool IsComparable(string practiceCode) => !practiceCode.StartsWith("9999", StringComparison.Ordinal);
    }
}
