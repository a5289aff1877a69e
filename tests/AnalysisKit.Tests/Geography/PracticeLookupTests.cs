using AnalysisKit.Geography;
using FsCheck;
using FsCheck.Fluent;

namespace AnalysisKit.Tests.Geography;

public sealed class PracticeLookupTests
{
    private static readonly DateOnly Start = new(2023, 1, 1);

    private static PracticeMembership Row(string cluster, DateOnly from, DateOnly? to, int line) =>
        new("10002", "Muirhead", cluster, cluster, "S37000007", "S08000030", 2, PracticeStatus.Open, from, to, string.Empty, "test.csv", line);

    /// <summary>Consecutive periods of the given lengths (days), each in cluster C0, C1, …; the last one open-ended.</summary>
    private static List<PracticeMembership> History(int[] lengths)
    {
        var rows = new List<PracticeMembership>();
        var from = Start;
        for (var i = 0; i < lengths.Length; i++)
        {
            DateOnly? to = i == lengths.Length - 1 ? null : from.AddDays(lengths[i] - 1);
            rows.Add(Row($"C{i}", from, to, i + 2));
            from = from.AddDays(lengths[i]);
        }

        return rows;
    }

    [Fact]
    public void AsAt_AnyDayOfAnyConsecutiveHistory_GivesTheClusterOfThePeriodHoldingThatDay()
    {
        var lengths = Gen.ArrayOf(Gen.Choose(1, 400)).Where(a => a.Length is > 0 and < 8);
        Check.QuickThrowOnFailure(Prop.ForAll(lengths.ToArbitrary(), Gen.Choose(0, 3000).ToArbitrary(), (days, offset) =>
        {
            var lookup = new PracticeLookup(History(days), []);
            var date = Start.AddDays(offset);
            var elapsed = 0;
            var expected = days.Length - 1;
            for (var i = 0; i < days.Length; i++)
            {
                elapsed += days[i];
                if (offset < elapsed)
                {
                    expected = i;
                    break;
                }
            }

            return lookup.AsAt(date).AreaCode("10002", GeographyLevel.Cluster) == $"C{expected}";
        }));
    }

    [Fact]
    public void Constructor_AnyHistoryWithOnePeriodStretchedByADay_IsRejectedAsTwoClusters()
    {
        var lengths = Gen.ArrayOf(Gen.Choose(1, 400)).Where(a => a.Length is > 1 and < 8);
        Check.QuickThrowOnFailure(Prop.ForAll(lengths.ToArbitrary(), Gen.Choose(0, 6).ToArbitrary(), (days, pick) =>
        {
            var rows = History(days);
            var i = pick % (days.Length - 1);
            rows[i] = rows[i] with { ValidTo = rows[i].ValidTo!.Value.AddDays(1) };
            var error = Assert.Throws<LookupFileException>(() => new PracticeLookup(rows, []));
            return error.Line == i + 3 && error.Column == "GPCluster";
        }));
    }

    [Fact]
    public void ChangeDates_TwoPeriods_ListsEachStartOnce()
    {
        // Periods 2023-01-01..2023-01-31 and 2023-02-01 onwards: the end of the first and start of the second coincide.
        var lookup = new PracticeLookup(History([31, 29]), []);
        Assert.Equal([Start, new DateOnly(2023, 2, 1)], lookup.ChangeDates);
        Assert.Equal(2, lookup.History("10002").Count);
        Assert.Empty(lookup.History("99999"));
    }
}
