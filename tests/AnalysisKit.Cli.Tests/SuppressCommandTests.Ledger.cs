using System.Text.Json;
using AnalysisKit.Cli.Suppression;
using AnalysisKit.Tests.Disclosure.Attack;

namespace AnalysisKit.Cli.Tests;

/// <summary>
/// <c>akit suppress --ledger</c>: a cluster file and a practice file of the same counts released one after the other
/// (issue #14 case 3 through the command), attacked together from the files written; the ledger holds no hidden
/// value; the notes say what was checked against what.
/// </summary>
public sealed partial class SuppressCommandTests
{
    // C01 = 3 is small. Alone, the cluster file hides C00 (30) as C01's partner against the Total, while the practice
    // file (no totals) publishes C00's practices 10 and 20: C01 = 73 − 30 − 40 = 3.
    private const string ClusterCsv = "cluster,items\nC00,30\nC01,3\nC02,40\nTotal,73\n";
    private const string PracticeCsv2 = "cluster,practice,items\nC00,P0,10\nC00,P1,20\nC01,P2,1\nC01,P3,2\nC02,P4,15\nC02,P5,25\n";

    [Fact]
    public void ClusterThenPracticeFiles_WithoutTheLedger_AttackerGetsC01Back()
    {
        var (clusters, practices) = ReleaseBoth(clusterFirst: true, ledger: null);

        var leaks = AttackClusterAndPractices(clusters, practices);

        Assert.Contains(leaks, l => l.StartsWith("hidden 'C:C01' in [3, 3]", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void ClusterAndPracticeFiles_ThroughTheLedger_AttackerRecoversNothing_AndTheNotesSaySo(bool clusterFirst)
    {
        var ledger = Path.Combine(directory, "project.ledger.json");

        var (clusters, practices) = ReleaseBoth(clusterFirst, ledger);

        Assert.Empty(AttackClusterAndPractices(clusters, practices));
        var (earlier, later) = clusterFirst ? ("clusters", "practices") : ("practices", "clusters");
        var notes = File.ReadAllText(Path.Combine(directory, later + ".notes.csv"));
        Assert.Contains($"\"Release '{later}', period 2025-01..2025-12, recorded in the release ledger 'project.ledger.json'", notes, StringComparison.Ordinal);
        Assert.Contains($"Checked against earlier release '{earlier}' (2025-01..2025-12, policy phs-practice-under-5)", notes, StringComparison.Ordinal);
        Assert.Contains("No earlier release in the ledger shares counts with this one.", File.ReadAllText(Path.Combine(directory, earlier + ".notes.csv")), StringComparison.Ordinal);
        Assert.Equal([earlier, later], Ledger(ledger).RootElement.GetProperty("releases").EnumerateArray().Select(r => r.GetProperty("name").GetString()));
    }

    [Fact]
    public void Ledger_HoldsEveryPublishedCellAndNoHiddenValue()
    {
        var ledger = Path.Combine(directory, "project.ledger.json");
        ReleaseBoth(clusterFirst: true, ledger);

        foreach (var release in Ledger(ledger).RootElement.GetProperty("releases").EnumerateArray())
        {
            var name = release.GetProperty("name").GetString()!;
            var published = File.ReadAllLines(Path.Combine(directory, name + ".csv")).Skip(1).Select(l => l.Split(',')[^1]).ToList();
            var cells = release.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("cells")[0]).ToList();
            Assert.Equal(published, cells.Select(c => c.ValueKind == JsonValueKind.String ? c.GetString() : c.GetRawText()));
            var hidden = File.ReadAllLines(Path.Combine(directory, name + ".AUDIT-NOT-FOR-RELEASE.csv")).Skip(1).Select(l => l.Split(',')[4]).ToHashSet();
            Assert.NotEmpty(hidden);
            Assert.DoesNotContain(cells, c => c.ValueKind == JsonValueKind.Number && published[cells.IndexOf(c)] == "*");
        }

        Assert.Contains("no hidden value is ever written here", File.ReadAllText(ledger), StringComparison.Ordinal);
    }

    [Fact]
    public void Ledger_SameReleaseAgain_ChangesNothing_ChangedReleaseUnderTheSameName_IsRefusedBeforeWriting()
    {
        var ledger = Path.Combine(directory, "l.json");
        var clusters = Write("clusters.csv", ClusterCsv);
        string[] common = ["--hierarchy", "cluster", "--ledger", ledger, "--period", "2025-01..2025-12", "--release", "clusters"];
        Assert.Equal(0, Run(["--input", clusters, "--out", Path.Combine(directory, "c.csv"), .. common]).Code);
        var before = File.ReadAllText(ledger);
        Assert.Equal(0, Run(["--input", clusters, "--out", Path.Combine(directory, "c.csv"), .. common]).Code);
        Assert.Equal(before, File.ReadAllText(ledger));

        var changed = Write("clusters2.csv", ClusterCsv.Replace("40", "41", StringComparison.Ordinal).Replace("73", "74", StringComparison.Ordinal));
        var (code, _, error) = Run(["--input", changed, "--out", Path.Combine(directory, "c2.csv"), .. common]);

        Assert.Equal(1, code);
        Assert.Equal($"akit suppress: Release 'clusters' is already in the ledger '{ledger}' with different cells. If that version was never published, " +
                     "replace it (--replace-release); otherwise give this release a new name.", error.Trim());
        Assert.False(File.Exists(Path.Combine(directory, "c2.csv")));
        Assert.Equal(before, File.ReadAllText(ledger));
        Assert.Equal(0, Run(["--input", changed, "--out", Path.Combine(directory, "c2.csv"), "--replace-release", .. common]).Code);
        Assert.NotEqual(before, File.ReadAllText(ledger));
    }

    [Fact]
    public void Ledger_OptionsChecked_PeriodRequiredOptionsNeedTheLedgerLedgerIsJson()
    {
        var clusters = Write("clusters.csv", ClusterCsv);
        var outPath = Path.Combine(directory, "c.csv");

        Assert.Equal("akit suppress: " + SuppressMessages.PeriodRequired,
            Run("--input", clusters, "--out", outPath, "--hierarchy", "cluster", "--ledger", Path.Combine(directory, "l.json")).Error.Trim());
        Assert.Equal("akit suppress: " + SuppressMessages.LedgerOptionsWithoutLedger,
            Run("--input", clusters, "--out", outPath, "--hierarchy", "cluster", "--period", "2025-01").Error.Trim());
        Assert.Equal("akit suppress: " + SuppressMessages.LedgerNotJson("l.csv"),
            Run("--input", clusters, "--out", outPath, "--hierarchy", "cluster", "--period", "2025-01", "--ledger", "l.csv").Error.Trim());
        Assert.StartsWith("akit suppress: Release period '2025-13' is not understood",
            Run("--input", clusters, "--out", outPath, "--hierarchy", "cluster", "--period", "2025-13", "--ledger", Path.Combine(directory, "l.json")).Error.Trim(), StringComparison.Ordinal);
        Assert.False(File.Exists(outPath));
    }

    [Fact]
    public void WithoutALedger_NotesSayNoEarlierReleaseWasChecked()
    {
        ReleaseBoth(clusterFirst: true, ledger: null);

        Assert.Contains("Not checked against earlier releases: no release ledger was given.", File.ReadAllText(Path.Combine(directory, "clusters.notes.csv")), StringComparison.Ordinal);
        Assert.Contains(DisclosureNotesNoTotals, File.ReadAllText(Path.Combine(directory, "practices.notes.csv")), StringComparison.Ordinal);
    }

    private (Dictionary<string, string> Clusters, Dictionary<string, string> Practices) ReleaseBoth(bool clusterFirst, string? ledger)
    {
        var clusterInput = Write("cluster-input.csv", ClusterCsv);
        var practiceInput = Write("practice-input.csv", PracticeCsv2);
        string[] Ledger(string name) => ledger is null ? [] : ["--ledger", ledger, "--period", "2025-01..2025-12", "--release", name];
        void Clusters() => Assert.Equal(0, Run(["--input", clusterInput, "--out", Path.Combine(directory, "clusters.csv"), "--hierarchy", "cluster", .. Ledger("clusters")]).Code);
        void Practices() => Assert.Equal(0, Run(["--input", practiceInput, "--out", Path.Combine(directory, "practices.csv"), "--hierarchy", "cluster,practice", .. Ledger("practices")]).Code);
        if (clusterFirst)
        {
            Clusters();
            Practices();
        }
        else
        {
            Practices();
            Clusters();
        }

        Dictionary<string, string> Read(string file) => File.ReadAllLines(Path.Combine(directory, file)).Skip(1).Select(l => l.Split(','))
            .ToDictionary(f => string.Join(" / ", f[..^1]), f => f[^1], StringComparer.Ordinal);
        return (Read("clusters.csv"), Read("practices.csv"));
    }

    /// <summary>Both files as the attacker reads them: Total = Σ clusters, each cluster = Σ its practices (the lookup is public).</summary>
    private static List<string> AttackClusterAndPractices(Dictionary<string, string> clusters, Dictionary<string, string> practices)
    {
        var attacker = new ReleaseAttacker();
        var hidden = new List<string>();
        foreach (var (prefix, cells) in new[] { ("C", clusters), ("P", practices) })
        {
            foreach (var (key, text) in cells)
            {
                if (text == "*")
                {
                    attacker.Hidden($"{prefix}:{key}");
                    hidden.Add($"{prefix}:{key}");
                }
                else
                {
                    attacker.Published($"{prefix}:{key}", long.Parse(text, System.Globalization.CultureInfo.InvariantCulture));
                }
            }
        }

        attacker.Sum("C:Total", ["C:C00", "C:C01", "C:C02"]);
        foreach (var cluster in new[] { "C00", "C01", "C02" })
        {
            attacker.Sum($"C:{cluster}", practices.Keys.Where(k => k.StartsWith(cluster + " / ", StringComparison.Ordinal)).Select(k => "P:" + k));
        }

        return attacker.Leaks(5, hidden, []);
    }

    private const string DisclosureNotesNoTotals = "This table publishes no totals, so only primary suppression applies within it";

    private static JsonDocument Ledger(string path) => JsonDocument.Parse(File.ReadAllText(path));
}
