using AnalysisKit.Briefings;
using AnalysisKit.Cli.Commands;
using AnalysisKit.Disclosure;
using AnalysisKit.Tests.Briefings;
using AnalysisKit.Tests.Disclosure.Attack;

namespace AnalysisKit.Cli.Tests;

/// <summary>
/// <c>akit briefing --ledger F --release NAME [--replace-release]</c> on the sample cut to one board
/// (<see cref="SmallBriefingData"/>): briefings of two clusters are one release; another period needs another name;
/// a later <c>akit suppress</c> of an overlapping table under another policy is suppressed against the briefing;
/// refusals name the ledger and release.
/// </summary>
public sealed class BriefingCommandLedgerTests : IDisposable
{
    private readonly SmallBriefingData data = new();
    private readonly string folder = Directory.CreateTempSubdirectory("akit-cli-briefing-ledger-").FullName;

    private string LedgerPath => Path.Combine(folder, "project.ledger.json");

    public void Dispose()
    {
        data.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void TwoClustersUnderOneRelease_BothRecordedAsOneRelease_AnotherPeriodNeedsAnotherName()
    {
        var first = Brief(data, "GPC082", "--release", "fife-2025");
        var second = Brief(data, "GPC083", "--release", "fife-2025");

        Assert.True(first.Code == 0, first.Error);
        Assert.True(second.Code == 0, second.Error);
        Assert.Contains($"Recorded release 'fife-2025' (2025-01..2025-12) in the ledger {LedgerPath}; checked against 0 earlier releases sharing its counts.", second.Output, StringComparison.Ordinal);
        var release = Assert.Single(ReleaseLedger.Load(LedgerPath).Releases);
        Assert.Equal(["briefing-GPC082.html", "briefing-GPC082.xlsx", "briefing-GPC083.html", "briefing-GPC083.xlsx"], release.Files);

        var before = File.ReadAllText(LedgerPath);
        var sameName = Brief(data, "GPC084", "--release", "fife-2025", "--period", "2025-01:2025-11");
        Assert.Equal(1, sameName.Code);
        Assert.Equal(BriefingMessages.ReleaseForAnotherPeriod("fife-2025", LedgerPath, "2025-01..2025-12", "2025-01..2025-11"), sameName.Error.Trim());
        Assert.False(File.Exists(Path.Combine(folder, "briefing-GPC084.html")));
        Assert.Equal(before, File.ReadAllText(LedgerPath));

        var newName = Brief(data, "GPC084", "--release", "fife-to-november", "--period", "2025-01:2025-11");
        Assert.True(newName.Code == 0, newName.Error);
        Assert.Contains("checked against 1 earlier release sharing its counts.", newName.Output, StringComparison.Ordinal);
        Assert.Equal(["fife-2025", "fife-to-november"], ReleaseLedger.Load(LedgerPath).Releases.Select(r => r.Name));
    }

    [Fact]
    public void WithoutLedger_TheSampleCommandStillWorks_AndReleaseOptionsAreRefused()
    {
        var plain = Akit.Invoke("briefing", "--spec", data.Definition, "--cluster", "GPC082", "--out", folder);
        Assert.True(plain.ExitCode == 0, plain.Error);
        Assert.DoesNotContain("Recorded release", plain.Output, StringComparison.Ordinal);

        var (code, _, error) = Akit.Invoke("briefing", "--spec", data.Definition, "--cluster", "GPC082", "--out", folder, "--release", "r");

        Assert.Equal(1, code);
        Assert.Equal("--release and --replace-release only apply with --ledger (the release ledger file).", BriefingCommandMessages.ReleaseWithoutLedger);
        Assert.Equal(BriefingCommandMessages.ReleaseWithoutLedger, error.Trim());
        Assert.Equal(1, Akit.Invoke("briefing", "--spec", data.Definition, "--cluster", "GPC082", "--out", folder, "--replace-release").ExitCode);
    }

    [Fact]
    public void BadLedgerFile_ExitCodeOne_MessageNamesTheFile_NothingWritten()
    {
        File.WriteAllText(LedgerPath, "{ \"format\": \"something-else\", \"releases\": [] }");

        var (code, _, error) = Brief(data, "GPC082", "--release", "r");

        Assert.Equal(1, code);
        Assert.Equal($"Release ledger '{LedgerPath}' is not valid: it is not a release ledger (no \"format\": \"akit-release-ledger-1\").", error.Trim());
        Assert.False(File.Exists(Path.Combine(folder, "briefing-GPC082.html")));
    }

    [Fact]
    public void ReleaseWithOtherCells_ExitCodeOne_MessageNamesTheLedgerAndTheRelease()
    {
        Assert.Equal(0, Brief(data, "GPC082", "--release", "r").Code);
        using var under10 = new SmallBriefingData("under-10");

        var (code, _, error) = Brief(under10, "GPC082", "--release", "r");

        Assert.Equal(1, code);
        Assert.Equal($"Release 'r' is already in the ledger '{LedgerPath}' with different cells. If that version was never published, replace it (--replace-release); otherwise give this release a new name.", error.Trim());
        Assert.Equal(0, Brief(under10, "GPC082", "--release", "r", "--replace-release").Code);
        Assert.Equal("under-10", Assert.Single(ReleaseLedger.Load(LedgerPath).Releases).Policy);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void BriefingUnder10_ThenAkitSuppressOfTheClustersPracticesUnder5(bool ledger)
    {
        // The briefing (policy < 10) hides practice 80016's 7 high-risk items; a practice table of cluster GPC082 under
        // < 5 would publish it. Through the ledger the table is suppressed against the briefing.
        using var under10 = new SmallBriefingData("under-10");
        var briefing = Brief(under10, "GPC082", "--release", "fife-briefing");
        Assert.True(briefing.Code == 0, briefing.Error);
        var practices = under10.Practices("GPC082");
        var input = Path.Combine(folder, "practices-input.csv");
        File.WriteAllLines(input, ["cluster,practice,high-risk", $"GPC082,Total,{practices.Sum(p => under10.HighRisk(p))}", .. practices.Select(p => $"GPC082,{p},{under10.HighRisk(p)}")]);
        Assert.Equal(7, under10.HighRisk("80016"));
        var output = Path.Combine(folder, "practices.csv");
        string[] withLedger = ledger ? ["--ledger", LedgerPath, "--period", "2025-01..2025-12", "--release", "gpc082-practices"] : [];

        var suppress = Akit.Invoke(["suppress", "--input", input, "--out", output, "--hierarchy", "cluster,practice", "--policy", "phs-practice-under-5", .. withLedger]);

        Assert.True(suppress.ExitCode == 0, suppress.Error);
        var recorded = ReleaseLedger.Load(LedgerPath).Find("fife-briefing")!;
        var attacker = new ReleaseAttacker();
        var hiddenBriefing = LedgerReleases.Publish(attacker, recorded, "B");
        var hiddenTable = new List<string>();
        var rows = File.ReadAllLines(output).Skip(1).Select(l => l.Split(',')).ToList();
        foreach (var row in rows)
        {
            var name = $"S:{row[1]}";
            if (row[2] == "*")
            {
                attacker.Hidden(name);
                hiddenTable.Add(name);
            }
            else
            {
                attacker.Published(name, long.Parse(row[2], System.Globalization.CultureInfo.InvariantCulture));
            }

            // The same count in the briefing's table: the cluster's row, or the practice's (under its SIMD quintile).
            var same = recorded.Rows.Single(r => row[1] == "Total" ? r.Keys.Count == 3 && r.Keys[2] == "GPC082" : r.Keys.Count == 5 && r.Keys[4] == row[1]);
            attacker.Sum(name, [LedgerReleases.Name("B", same.Keys, "high-risk")]);
        }

        attacker.Sum("S:Total", rows.Where(r => r[1] != "Total").Select(r => $"S:{r[1]}"));
        var leaks = attacker.Leaks(10, hiddenBriefing, []).Concat(attacker.Leaks(5, hiddenTable, [])).ToList();
        if (ledger)
        {
            Assert.Empty(leaks);
            Assert.Contains("S:80016", hiddenTable);
            Assert.Contains("Checked against earlier release 'fife-briefing' (2025-01..2025-12, policy under-10)", File.ReadAllText(Path.Combine(folder, "practices.notes.csv")), StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains(leaks, l => l.StartsWith("hidden 'B:S08000029/S37000032/GPC082/", StringComparison.Ordinal) && l.EndsWith("/80016:high-risk' in [7, 7]", StringComparison.Ordinal));
        }
    }

    private (int Code, string Output, string Error) Brief(SmallBriefingData source, string cluster, params string[] options) =>
        Akit.Invoke(["briefing", "--spec", source.Definition, "--cluster", cluster, "--out", folder, "--ledger", LedgerPath, .. options]);
}
