using AnalysisKit.Geography;
using AnalysisKit.Samples;

namespace AnalysisKit.Tests.Geography;

public sealed class PracticeHierarchyTests
{
    private static readonly PracticeLookup Lookup = SampleLookup.Read();

    [Fact]
    public void AsAt_DayBeforeAndOnClusterChange_PicksEachMembership()
    {
        var dayBefore = Lookup.AsAt(SamplePlantedSignals.MovedOn.AddDays(-1));
        var onTheDay = Lookup.AsAt(SamplePlantedSignals.MovedOn);
        Assert.Equal(SamplePlantedSignals.MovedFromClusterCode, dayBefore.AreaCode(SamplePlantedSignals.MovedPracticeCode, GeographyLevel.Cluster));
        Assert.Equal(SamplePlantedSignals.MovedToClusterCode, onTheDay.AreaCode(SamplePlantedSignals.MovedPracticeCode, GeographyLevel.Cluster));
        Assert.Equal(SamplePlantedSignals.MovedOn, onTheDay.EffectiveDate);
    }

    [Fact]
    public void AsAt_AfterClusterMerge_MergedClusterIsGoneAndItsPracticesMoved()
    {
        var before = Lookup.AsAt(SamplePlantedSignals.ClusterMergeOn.AddDays(-1));
        var after = Lookup.AsAt(SamplePlantedSignals.ClusterMergeOn);
        var moved = before.ComparablePracticesIn(GeographyLevel.Cluster, SamplePlantedSignals.MergedClusterCode).Select(p => p.Code).ToList();
        Assert.Equal(4, moved.Count);
        Assert.Empty(after.ComparablePracticesIn(GeographyLevel.Cluster, SamplePlantedSignals.MergedClusterCode));
        Assert.DoesNotContain(after.Clusters, c => c.Code == SamplePlantedSignals.MergedClusterCode);
        Assert.Equal(before.Clusters.Count - 1, after.Clusters.Count);
        Assert.All(moved, code => Assert.Equal(SamplePlantedSignals.MergedIntoClusterCode, after.AreaCode(code, GeographyLevel.Cluster)));
        Assert.Equal(8, after.ComparablePracticesIn(GeographyLevel.Cluster, SamplePlantedSignals.MergedIntoClusterCode).Count);
    }

    [Fact]
    public void Exclusions_PseudoAndClosedPractices_ReportedWithReasons()
    {
        var end = Lookup.AsAt(new DateOnly(2025, 12, 31));
        Assert.Equal(
            [
                (SamplePlantedSignals.ClosedPracticeCode, ExclusionReason.Closed, "closed since 2025-04-01: patients re-registered with neighbouring practices"),
                (SamplePlantedSignals.MergedPracticeCode, ExclusionReason.Closed, "closed since 2024-07-01: merged into 82101"),
                ("99996", ExclusionReason.PseudoPractice, "pseudo-practice 99996 (pharmacy): no registered list"),
                ("99997", ExclusionReason.PseudoPractice, "pseudo-practice 99997 (unallocated): no registered list"),
                ("99998", ExclusionReason.PseudoPractice, "pseudo-practice 99998 (hospital): no registered list"),
                ("99999", ExclusionReason.PseudoPractice, "pseudo-practice 99999 (dental): no registered list"),
            ],
            end.Exclusions.Select(e => (e.PracticeCode, e.Reason, e.Detail)).ToList());
        Assert.False(end.IsComparable(SamplePlantedSignals.ClosedPracticeCode));
        Assert.NotNull(end.Practice(SamplePlantedSignals.ClosedPracticeCode));
        Assert.Equal(end.Practices.Count, end.ComparablePractices.Count + end.Exclusions.Count);
    }

    [Fact]
    public void AsAt_BeforeClosure_ClosedPracticeIsStillComparable()
    {
        var before = Lookup.AsAt(SamplePlantedSignals.ClosedOn.AddDays(-1));
        Assert.True(before.IsComparable(SamplePlantedSignals.ClosedPracticeCode));
        Assert.DoesNotContain(before.Exclusions, e => e.PracticeCode == SamplePlantedSignals.ClosedPracticeCode);
    }

    [Fact]
    public void AreaCode_EachLevel_FollowsTheLookupRow()
    {
        var hierarchy = Lookup.AsAt(new DateOnly(2024, 1, 1));
        var code = SamplePlantedSignals.ShiftPracticeCode;
        Assert.Equal(code, hierarchy.AreaCode(code, GeographyLevel.Practice));
        Assert.Equal("GPC060", hierarchy.AreaCode(code, GeographyLevel.Cluster));
        Assert.Equal("S37000012", hierarchy.AreaCode(code, GeographyLevel.Hscp));
        Assert.Equal("S08000024", hierarchy.AreaCode(code, GeographyLevel.Board));
        Assert.Equal("S92000003", hierarchy.AreaCode(code, GeographyLevel.Scotland));
        Assert.Null(hierarchy.AreaCode("12345", GeographyLevel.Board));
        Assert.Null(hierarchy.AreaCode("99997", GeographyLevel.Cluster));
        Assert.False(hierarchy.IsComparable("12345"));
    }

    [Fact]
    public void AsAt_PopulationDate_IsLatestQuarterOnOrBeforeEffectiveDate()
    {
        var practice = Lookup.AsAt(new DateOnly(2024, 3, 31)).Practice(SamplePlantedSignals.ShiftPracticeCode)!;
        Assert.Equal(new DateOnly(2024, 1, 1), practice.Population!.Date);
        Assert.Null(Lookup.AsAt(new DateOnly(2022, 12, 31)).Practice(SamplePlantedSignals.ShiftPracticeCode));
    }

    [Fact]
    public void AsAt_AfterPracticeMerger_AbsorbingPracticeListIncludesMergedList()
    {
        // The merged practice's last population is 2024-04-01; the absorbing practice's list jumps at the 2024-07-01 quarter.
        var april = Lookup.AsAt(new DateOnly(2024, 4, 1));
        var july = Lookup.AsAt(new DateOnly(2024, 7, 1));
        var absorbedBefore = april.Practice(SamplePlantedSignals.MergedIntoPracticeCode)!.ListSize!.Value;
        var mergedBefore = april.Practice(SamplePlantedSignals.MergedPracticeCode)!.ListSize!.Value;
        var absorbedAfter = july.Practice(SamplePlantedSignals.MergedIntoPracticeCode)!.ListSize!.Value;
        Assert.InRange(absorbedAfter, (int)((absorbedBefore + mergedBefore) * 0.97), (int)((absorbedBefore + mergedBefore) * 1.03));
    }
}
