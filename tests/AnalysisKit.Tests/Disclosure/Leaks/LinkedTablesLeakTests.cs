using AnalysisKit.Disclosure;
using AnalysisKit.Tests.Disclosure.Attack;

namespace AnalysisKit.Tests.Disclosure.Leaks;

/// <summary>
/// Issue case 3: a practice file and a cluster file of the same counts released separately. The practice file has no
/// total rows, so on its own nothing protects its suppressed cells against a cluster total; the cluster file hides a
/// cluster as a partner while the practice file publishes all of that cluster's practices. The attacker knows which
/// practices make up each cluster (the lookup is public). Before: each file suppressed on its own. After: the second is
/// suppressed against the first through the ledger, in either order.
/// </summary>
public sealed class LinkedTablesLeakTests
{
    private const int Pairs = 80;

    [Fact]
    public void PracticeAndClusterFiles_EachOnItsOwn_AttackerRecoversHiddenCellsInManyPairs()
    {
        var leaking = Enumerable.Range(0, Pairs).Count(seed => Attack(seed, practiceFirst: true, ledger: null).Count > 0);

        Assert.True(leaking >= 10, $"{leaking} of {Pairs} pairs leak");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void PracticeAndClusterFiles_ThroughTheLedger_AttackerRecoversNothing(bool practiceFirst)
    {
        for (var seed = 0; seed < Pairs; seed++)
        {
            var leaks = Attack(seed, practiceFirst, ReleaseLedger.Empty);
            Assert.True(leaks.Count == 0, $"seed {seed}: {string.Join("; ", leaks)}");
        }
    }

    [Fact]
    public void PracticeFileWithoutTotals_NotesDoNotClaimProtectionItCannotGive()
    {
        var (practices, _) = Tables(3);

        var result = Suppressor.Apply(practices, SuppressionPolicy.PhsPracticeUnder5);

        Assert.Empty(practices.Constraints);
        Assert.Empty(result.EarlierReleases);
        Assert.Null(result.History);
    }

    /// <summary>What the attacker finds in the two files of pair <paramref name="seed"/>.</summary>
    internal static List<string> Attack(int seed, bool practiceFirst, ReleaseLedger? ledger)
    {
        var (practices, clusters) = Tables(seed);
        var period = ReleasePeriod.Parse("2025-01..2025-12");
        var policy = SuppressionPolicy.PhsPracticeUnder5;
        SuppressionResult practiceResult, clusterResult;
        if (practiceFirst)
        {
            practiceResult = Releases.Release(ref ledger, practices, policy, "practices", period);
            clusterResult = Releases.Release(ref ledger, clusters, policy, "clusters", period);
        }
        else
        {
            clusterResult = Releases.Release(ref ledger, clusters, policy, "clusters", period);
            practiceResult = Releases.Release(ref ledger, practices, policy, "practices", period);
        }

        var attacker = new ReleaseAttacker();
        var hidden = Releases.Publish(attacker, "P", practiceResult).Concat(Releases.Publish(attacker, "C", clusterResult)).ToList();
        var clusterCodes = clusters.Rows.Select(r => r.Keys[0]).Where(k => k != "Total").ToList();
        attacker.Sum(Releases.Name("C", "Total", "items"), clusterCodes.Select(c => Releases.Name("C", c, "items")));
        foreach (var cluster in clusterCodes)
        {
            attacker.Sum(Releases.Name("C", cluster, "items"),
                practices.Rows.Where(r => r.Keys[0] == cluster).Select(r => Releases.Name("P", string.Join(" / ", r.Keys), "items")));
        }

        return attacker.Leaks(policy.ProtectionWidth, hidden, []);
    }

    /// <summary>2–4 clusters of 2–5 practices; many small counts. Practice file: no totals. Cluster file: a Total row.</summary>
    internal static (DisclosureTable Practices, DisclosureTable Clusters) Tables(int seed)
    {
        var random = new Random(seed);
        var practiceRows = new List<TableRow>();
        var clusterRows = new List<TableRow>();
        for (var c = 0; c < random.Next(2, 5); c++)
        {
            var code = $"C{c:00}";
            long sum = 0;
            for (var p = 0; p < random.Next(2, 6); p++)
            {
                long count = random.Next(10) switch { < 2 => 0, < 5 => random.Next(1, 5), _ => random.Next(5, 40) };
                sum += count;
                practiceRows.Add(new TableRow([code, $"{code}P{p}"], [count], []));
            }

            clusterRows.Add(new TableRow([code], [sum], []));
        }

        clusterRows.Add(new TableRow(["Total"], [clusterRows.Sum(r => r.Counts[0]!.Value)], []));
        return (new DisclosureTable("practices", ["cluster", "practice"], "Total", ["items"], null, [], practiceRows),
            new DisclosureTable("clusters", ["cluster"], "Total", ["items"], null, [], clusterRows));
    }
}
