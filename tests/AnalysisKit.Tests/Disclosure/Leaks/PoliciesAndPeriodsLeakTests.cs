using AnalysisKit.Disclosure;
using AnalysisKit.Tests.Disclosure.Attack;

namespace AnalysisKit.Tests.Disclosure.Leaks;

/// <summary>
/// Issue cases 4 and 5: the same counts released twice — under two policies, or for nested periods. The attacker has
/// both releases and knows they are the same counts (same table, or a period that is the other plus some months).
/// Before: each release suppressed on its own. After: the second is suppressed against the first through the ledger.
/// </summary>
public sealed class PoliciesAndPeriodsLeakTests
{
    private static readonly ReleasePeriod Year = ReleasePeriod.Parse("2025-01..2025-12");

    [Fact]
    public void TwoPolicies_EachOnItsOwn_AttackerGetsB3034Back()
    {
        ReleaseLedger? none = null;
        var under5 = Releases.Release(ref none, TotalsLeakTests.TrainingWithTotalRow("Total"), SuppressionPolicy.PhsPracticeUnder5, "u5", Year);
        var under10 = Releases.Release(ref none, TotalsLeakTests.TrainingWithTotalRow("Total"), SuppressionPolicy.Under10, "u10", Year);

        var (attacker, hidden5, hidden10) = TwoPolicies(under5, under10);

        // B:30-34 = 37 − 14 − 19 = 4: one release hides the partners the other publishes.
        Assert.Equal("4", attacker.Intervals()[Releases.Name("u5", "Sensitive B", "30-34")].Upper!.Value.ToString());
        Assert.NotEmpty(attacker.Leaks(5, hidden5, []).Concat(attacker.Leaks(10, hidden10, [])));
    }

    [Fact]
    public void TwoPolicies_Under10ThenUnder5ThroughTheLedger_AttackerRecoversNothing()
    {
        ReleaseLedger? ledger = ReleaseLedger.Empty;
        var under10 = Releases.Release(ref ledger, TotalsLeakTests.TrainingWithTotalRow("Total"), SuppressionPolicy.Under10, "u10", Year);
        var under5 = Releases.Release(ref ledger, TotalsLeakTests.TrainingWithTotalRow("Total"), SuppressionPolicy.PhsPracticeUnder5, "u5", Year);

        var (attacker, hidden5, hidden10) = TwoPolicies(under5, under10);

        Assert.Empty(attacker.Leaks(5, hidden5, []).Concat(attacker.Leaks(10, hidden10, [])));
        Assert.Contains(under5.Audit, a => a.Reason == SuppressionReason.EarlierRelease);
        var link = Assert.Single(under5.EarlierReleases);
        Assert.Equal(("u10", "under-10"), (link.Name, link.Policy));
        Assert.True(link.CellsSuppressedBecause > 0);
    }

    [Fact]
    public void TwoPolicies_Under5ThenUnder10ThroughTheLedger_IsRefusedNamingTheEarlierRelease()
    {
        ReleaseLedger? ledger = ReleaseLedger.Empty;
        Releases.Release(ref ledger, TotalsLeakTests.TrainingWithTotalRow("Total"), SuppressionPolicy.PhsPracticeUnder5, "u5", Year);

        var e = Assert.Throws<ArgumentException>(() =>
            Releases.Release(ref ledger, TotalsLeakTests.TrainingWithTotalRow("Total"), SuppressionPolicy.Under10, "u10", Year));

        // Line A's 20-24 is 5: small under < 10, but the under-5 release published it.
        Assert.StartsWith("Refused: table 'training', data row 1 ('Sensitive A'), column '20-24' is small under policy 'under-10', but earlier release 'u5' (2025-01..2025-12, phs-practice-under-5) already publish it", e.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, bool> Periods => new()
    {
        { "2025-11..2025-12", "2025-11", true },
        { "2025-11..2025-12", "2025-11", false },
        { "2025-01..2025-12", "2025-01..2025-11", true },
        { "2025-01..2025-12", "2025-01..2025-11", false },
    };

    [Theory]
    [MemberData(nameof(Periods))]
    public void NestedPeriods_EachOnItsOwn_DifferenceGivesASmallDecemberCount(string longer, string shorter, bool longerFirst)
    {
        var leaks = Periods_(ReleasePeriod.Parse(longer), ReleasePeriod.Parse(shorter), longerFirst, ledger: null);

        Assert.Contains(leaks, l => l.StartsWith("unpublished 'Dec:P2:items' in [2, 2]", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Periods))]
    public void NestedPeriods_ThroughTheLedger_NothingRecovered(string longer, string shorter, bool longerFirst)
    {
        var leaks = Periods_(ReleasePeriod.Parse(longer), ReleasePeriod.Parse(shorter), longerFirst, ReleaseLedger.Empty);

        Assert.Empty(leaks);
    }

    [Fact]
    public void RollingPeriods_TwelveMonthsToNovemberThenToDecember_NothingRecoveredAndNothingRefused()
    {
        // Rolling years overlap in 11 months; the difference is December 2025 minus December 2024, which no
        // non-negativity pins: only the ledger's own check can say so, and it must not refuse the common case.
        ReleaseLedger? ledger = ReleaseLedger.Empty;
        var first = ReleasePeriod.Parse("2024-12..2025-11");
        var second = ReleasePeriod.Parse("2025-01..2025-12");
        var a = Releases.Release(ref ledger, ClusterTable(first), SuppressionPolicy.PhsPracticeUnder5, "to-nov", first);
        var b = Releases.Release(ref ledger, ClusterTable(second), SuppressionPolicy.PhsPracticeUnder5, "to-dec", second);

        var attacker = new ReleaseAttacker();
        var hidden = Releases.Publish(attacker, "A", a).Concat(Releases.Publish(attacker, "B", b)).ToList();
        var derived = new List<string>();
        foreach (var row in a.Table.Rows.Select((_, r) => a.Table.RowLabel(r)))
        {
            // A = Dec24 + Jan–Nov; B = Jan–Nov + Dec25.
            attacker.Sum(Releases.Name("A", row, "items"), [$"Dec24:{row}", $"JanNov:{row}"]);
            attacker.Sum(Releases.Name("B", row, "items"), [$"JanNov:{row}", $"Dec25:{row}"]);
            derived.AddRange([$"Dec24:{row}", $"JanNov:{row}", $"Dec25:{row}"]);
        }

        Assert.Empty(attacker.Leaks(5, hidden, derived));
    }

    private static List<string> Periods_(ReleasePeriod longer, ReleasePeriod shorter, bool longerFirst, ReleaseLedger? ledger)
    {
        SuppressionResult l, s;
        if (longerFirst)
        {
            l = Releases.Release(ref ledger, ClusterTable(longer), SuppressionPolicy.PhsPracticeUnder5, "longer", longer);
            s = Releases.Release(ref ledger, ClusterTable(shorter), SuppressionPolicy.PhsPracticeUnder5, "shorter", shorter);
        }
        else
        {
            s = Releases.Release(ref ledger, ClusterTable(shorter), SuppressionPolicy.PhsPracticeUnder5, "shorter", shorter);
            l = Releases.Release(ref ledger, ClusterTable(longer), SuppressionPolicy.PhsPracticeUnder5, "longer", longer);
        }

        var attacker = new ReleaseAttacker();
        var hidden = Releases.Publish(attacker, "L", l).Concat(Releases.Publish(attacker, "S", s)).ToList();
        var derived = new List<string>();
        for (var r = 0; r < l.Table.Rows.Count; r++)
        {
            // The longer period is the shorter one plus December, row by row (a practice, or the cluster's total).
            var row = l.Table.RowLabel(r);
            attacker.Sum(Releases.Name("L", row, "items"), [Releases.Name("S", row, "items"), $"Dec:{row.Replace("C1 / ", "", StringComparison.Ordinal)}:items"]);
            derived.Add($"Dec:{row.Replace("C1 / ", "", StringComparison.Ordinal)}:items");
        }

        return attacker.Leaks(5, hidden, derived);
    }

    /// <summary>
    /// One cluster's practices for a period, with the cluster total row: monthly items per practice, made up; in
    /// December 2025 the practices have 1, 0, 2 and 0 items (3 for the cluster), other months 6 to 20.
    /// </summary>
    internal static DisclosureTable ClusterTable(ReleasePeriod period)
    {
        long[] december = [1, 0, 2, 0];
        var practices = Enumerable.Range(0, 4).Select(p =>
        {
            long sum = 0;
            for (var month = period.First; month <= period.Last; month = month.AddMonths(1))
            {
                sum += month == new DateOnly(2025, 12, 1) ? december[p] : 6 + ((p * 7) + (month.Month * 3) + month.Year) % 15;
            }

            return new TableRow(["C1", $"P{p}"], [sum], []);
        }).ToList();
        return new DisclosureTable("cluster", ["cluster", "practice"], "Total", ["items"], null, [],
            [new TableRow(["C1", "Total"], [practices.Sum(p => p.Counts[0]!.Value)], []), .. practices]);
    }

    private static (ReleaseAttacker Attacker, List<string> Hidden5, List<string> Hidden10) TwoPolicies(SuppressionResult under5, SuppressionResult under10)
    {
        var attacker = new ReleaseAttacker();
        var hidden5 = Releases.Publish(attacker, "u5", under5);
        var hidden10 = Releases.Publish(attacker, "u10", under10);
        var table = under5.Table;
        foreach (var prefix in new[] { "u5", "u10" })
        {
            for (var r = 0; r < table.Rows.Count; r++)
            {
                attacker.Sum(Releases.Name(prefix, table.RowLabel(r), "Total"), SdcTables.AgeBands.Select(c => Releases.Name(prefix, table.RowLabel(r), c)));
            }

            foreach (var column in table.CountColumns)
            {
                attacker.Sum(Releases.Name(prefix, "Total", column), Enumerable.Range(0, 3).Select(r => Releases.Name(prefix, table.RowLabel(r), column)));
            }
        }

        for (var r = 0; r < table.Rows.Count; r++)
        {
            foreach (var column in table.CountColumns)
            {
                attacker.Sum(Releases.Name("u5", table.RowLabel(r), column), [Releases.Name("u10", table.RowLabel(r), column)]);
            }
        }

        return (attacker, hidden5, hidden10);
    }
}
