using AnalysisKit.Briefings;
using AnalysisKit.Definitions;
using AnalysisKit.Disclosure;
using AnalysisKit.Tests.Disclosure.Attack;

namespace AnalysisKit.Tests.Briefings;

/// <summary>
/// Issue #14: a briefing suppressed against the release ledger and recorded in it. On a small geography (one board,
/// <see cref="SmallBriefingData"/>): nested periods (Jan–Dec after Jan–Nov) difference to a small December count when the
/// briefing ignores the ledger, and to nothing when it uses it; the ledger holds what the briefing publishes and no
/// hidden value; briefings of other clusters are the same release; the same briefing twice gives the same bytes.
/// </summary>
public sealed class BriefingLedgerTests : IDisposable
{
    private static readonly PeriodDefinition Year = PeriodDefinition.Months(new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 1));
    private static readonly PeriodDefinition ToNovember = PeriodDefinition.Months(new DateOnly(2025, 1, 1), new DateOnly(2025, 11, 1));

    private readonly SmallBriefingData data = new();
    private readonly string folder = Directory.CreateTempSubdirectory("akit-briefing-ledger-").FullName;

    private string LedgerPath => Path.Combine(folder, "project.ledger.json");

    public void Dispose()
    {
        data.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void NestedPeriods_BriefingIgnoresTheLedger_AttackerGetsPractice80015sDecemberBack()
    {
        var shorter = Brief("GPC083", ToNovember, new BriefingRelease(LedgerPath, "to-november"));
        var longer = Brief("GPC082", Year, release: null);

        var leaks = NestedPeriodAttack(shorter.Release!, longer.Disclosure.Result.ToLedgerRelease("year-2025", ReleasePeriod.Parse("2025-01..2025-12"), []));

        // Practice 80015 (SIMD quintile 3): Jan–Dec and Jan–Nov both published, December 2 = the planted count.
        Assert.Contains(leaks, l => l.StartsWith("unpublished 'Dec:S08000029/S37000032/GPC082/3/80015:high-risk' in [2, 2]", StringComparison.Ordinal));
    }

    [Fact]
    public void NestedPeriods_BriefingSuppressedAgainstTheLedger_AttackerRecoversNothing_AndTheMethodsNameTheEarlierRelease()
    {
        var shorter = Brief("GPC083", ToNovember, new BriefingRelease(LedgerPath, "to-november"));
        var longer = Brief("GPC082", Year, new BriefingRelease(LedgerPath, "year-2025"));

        Assert.Empty(NestedPeriodAttack(shorter.Release!, longer.Release!));
        // Published on its own (the attack above), practice 80015's year is suppressed against the ledger.
        var highRisk = longer.Release!.Columns.ToList().IndexOf("high-risk");
        Assert.True(longer.Release.Rows.Single(r => r.Keys.Count == 5 && r.Keys[4] == "80015").Cells[highRisk].Suppressed);
        // ... and the notes count the cells suppressed to protect December (a part in no earlier cell) against it.
        var link = Assert.Single(longer.EarlierReleases);
        Assert.True(link.CellsSuppressedBecause >= 1, $"{link.CellsSuppressedBecause} cells counted");
        var methods = longer.Methods[^1];
        Assert.DoesNotContain("0 cells were suppressed here because of it", methods, StringComparison.Ordinal);
        Assert.StartsWith("Earlier releases: Protection: no suppressed count, of this table or of the earlier releases listed below", methods, StringComparison.Ordinal);
        Assert.Contains("Release 'year-2025', period 2025-01..2025-12, recorded in the release ledger 'project.ledger.json'", methods, StringComparison.Ordinal);
        Assert.Contains("Checked against earlier release 'to-november' (2025-01..2025-11, policy phs-practice-under-5)", methods, StringComparison.Ordinal);
        Assert.Contains("No earlier release in the ledger shares counts with this one.", shorter.Methods[^1], StringComparison.Ordinal);
        Assert.Equal(["to-november", "year-2025"], ReleaseLedger.Load(LedgerPath).Releases.Select(r => r.Name));
    }

    [Fact]
    public void WithoutALedger_TheMethodsSayNoEarlierReleaseWasChecked()
    {
        var briefing = ClusterBriefing.Build(Options("GPC082", Year, release: null));

        Assert.Null(briefing.Ledger);
        Assert.EndsWith("Not checked against earlier releases: no release ledger was given. A release of the same counts at another level, for another period or under another policy may difference to a hidden cell.",
            briefing.Methods[^1], StringComparison.Ordinal);
        Assert.Contains(briefing.Methods[^1], NotesSheetText(WriteWorkbook(briefing)));
    }

    [Fact]
    public void Ledger_HoldsEveryCellOfTheSuppressedTable_SuppressedAsStar_NoHiddenValue_AndTheFunnelsWithheldCluster()
    {
        var options = Options("GPC082", Year, new BriefingRelease(LedgerPath, "year-2025"));
        var briefing = ClusterBriefing.Build(options);
        var funnelBriefing = ClusterBriefing.Build(options with { Headline = "high-risk", Release = new BriefingRelease(Path.Combine(folder, "other.json"), "high-risk") });
        BriefingWriter.Write(funnelBriefing, folder, pdf: false);

        var result = briefing.Disclosure.Result;
        var release = briefing.Release!;
        Assert.Equal(result.Table.Rows.Count, release.Rows.Count);
        for (var r = 0; r < release.Rows.Count; r++)
        {
            for (var c = 0; c < release.Columns.Count; c++)
            {
                var cell = release.Rows[r].Cells[c];
                Assert.Equal(result.State(r, c) == CellState.Suppressed, cell.Suppressed);
                Assert.Equal(cell.Suppressed ? null : result.PublishedCount(r, c), cell.Value);
            }
        }

        // The planted cluster count of GPC087's high-risk items is 3: suppressed in the table (GPC084 is its partner
        // there), "*" in the ledger, and neither is drawn on the funnel; the funnel's own partner (a third cluster it
        // withholds so that Scotland minus the plotted ones is not their sum) is published in the table, so the ledger
        // records its count as published there — the ledger holds at least everything the funnel shows.
        var recorded = ReleaseLedger.Load(Path.Combine(folder, "other.json")).Find("high-risk")!;
        var highRisk = recorded.Columns.ToList().IndexOf("high-risk");
        var clusters = recorded.Rows.Where(r => r.Keys.Count == 3).ToDictionary(r => r.Keys[2], r => r.Cells[highRisk]);
        Assert.Equal(8, clusters.Count);
        Assert.Equal(["GPC084", "GPC087"], clusters.Where(c => c.Value.Suppressed).Select(c => c.Key).Order(StringComparer.Ordinal));
        Assert.Equal(data.Practices("GPC082").Sum(p => data.HighRisk(p)), clusters["GPC082"].Value);
        Assert.EndsWith("3 of the 8 clusters not plotted: their counts are suppressed by disclosure control.",
            funnelBriefing.Charts.Single(c => c.Name == ClusterBriefing.FunnelChartName).AltText, StringComparison.Ordinal);
    }

    [Fact]
    public void BriefingsOfTwoClusters_SameDefinitionAndPeriod_AreOneRelease_RecordedInEitherOrderToTheSameBytes()
    {
        var first = Path.Combine(folder, "first.json");
        var second = Path.Combine(folder, "second.json");

        foreach (var (ledger, clusters) in new[] { (first, new[] { "GPC082", "GPC083" }), (second, ["GPC083", "GPC082"]) })
        {
            foreach (var cluster in clusters)
            {
                BriefingWriter.Write(ClusterBriefing.Build(Options(cluster, Year, new BriefingRelease(ledger, "year-2025"))), folder, pdf: false);
            }
        }

        var release = Assert.Single(ReleaseLedger.Load(first).Releases);
        Assert.Equal(["briefing-GPC082.html", "briefing-GPC082.xlsx", "briefing-GPC083.html", "briefing-GPC083.xlsx"], release.Files);
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
    }

    [Fact]
    public void SameBriefingTwice_SameLedgerBytes_AndRecordingItAgainChangesNothing()
    {
        var other = Path.Combine(folder, "again.json");
        BriefingWriter.Write(ClusterBriefing.Build(Options("GPC082", Year, new BriefingRelease(LedgerPath, "year-2025"))), folder, pdf: false);
        BriefingWriter.Write(ClusterBriefing.Build(Options("GPC082", Year, new BriefingRelease(other, "year-2025"))), folder, pdf: false);
        var bytes = File.ReadAllBytes(LedgerPath);
        Assert.Equal(bytes, File.ReadAllBytes(other));

        BriefingWriter.Write(ClusterBriefing.Build(Options("GPC082", Year, new BriefingRelease(LedgerPath, "year-2025"))), folder, pdf: false);

        Assert.Equal(bytes, File.ReadAllBytes(LedgerPath));
    }

    [Fact]
    public void LedgerIsSavedOnlyWhenTheFilesAreWritten()
    {
        var briefing = ClusterBriefing.Build(Options("GPC082", Year, new BriefingRelease(LedgerPath, "year-2025")));
        Assert.False(File.Exists(LedgerPath));

        // A PDF printer that does not exist: the page and workbook are written, the PDF is not, the ledger is not saved.
        Assert.ThrowsAny<Exception>(() => BriefingWriter.Write(briefing, folder, pdf: true, chromium: Path.Combine(folder, "no-chromium")));

        Assert.False(File.Exists(LedgerPath));
    }

    [Fact]
    public void AnotherPeriodUnderTheSameName_IsRefusedBeforeSuppressing_NamingTheLedgerAndRelease()
    {
        BriefingWriter.Write(ClusterBriefing.Build(Options("GPC082", Year, new BriefingRelease(LedgerPath, "briefings"))), folder, pdf: false);

        var e = Assert.Throws<ArgumentException>(() => ClusterBriefing.Build(Options("GPC083", ToNovember, new BriefingRelease(LedgerPath, "briefings"))));

        Assert.Equal(BriefingMessages.ReleaseForAnotherPeriod("briefings", LedgerPath, "2025-01..2025-12", "2025-01..2025-11"), e.Message);
    }

    [Fact]
    public void OtherCellsUnderTheSameName_AreRefusedNamingTheLedgerAndRelease_UnlessReplaced()
    {
        BriefingWriter.Write(ClusterBriefing.Build(Options("GPC082", Year, new BriefingRelease(LedgerPath, "briefings"))), folder, pdf: false);
        using var under10 = new SmallBriefingData("under-10");
        var definition = BriefingDefinition.Load(under10.Definition);

        var e = Assert.Throws<ArgumentException>(() => ClusterBriefing.Build(new BriefingOptions(definition, AreaLevel.Cluster, "GPC082") { Period = Year, Release = new BriefingRelease(LedgerPath, "briefings") }));

        Assert.Equal($"Release 'briefings' is already in the ledger '{LedgerPath}' with different cells. If that version was never published, replace it (--replace-release); otherwise give this release a new name.", e.Message);
        var replaced = ClusterBriefing.Build(new BriefingOptions(definition, AreaLevel.Cluster, "GPC082") { Period = Year, Release = new BriefingRelease(LedgerPath, "briefings", Replace: true) });
        Assert.Equal("under-10", Assert.Single(replaced.Ledger!.Releases).Policy);
    }

    [Fact]
    public void BadLedgerFile_IsRefusedNamingTheFile_AndTheReleaseWhenOneIsBroken()
    {
        File.WriteAllText(LedgerPath, "{ not json");
        var e = Assert.Throws<ArgumentException>(() => ClusterBriefing.Build(Options("GPC082", Year, new BriefingRelease(LedgerPath, "r"))));
        Assert.StartsWith($"Release ledger '{LedgerPath}' is not valid: ", e.Message, StringComparison.Ordinal);

        BriefingWriter.Write(ClusterBriefing.Build(Options("GPC082", Year, new BriefingRelease(Path.Combine(folder, "good.json"), "r"))), folder, pdf: false);
        var good = File.ReadAllText(Path.Combine(folder, "good.json"));
        var first = good.IndexOf("\"cells\": [", StringComparison.Ordinal) + "\"cells\": [".Length;
        File.WriteAllText(LedgerPath, good[..first] + "\"x\"" + good[good.IndexOf(',', first)..]);
        e = Assert.Throws<ArgumentException>(() => ClusterBriefing.Build(Options("GPC082", Year, new BriefingRelease(LedgerPath, "r"))));
        Assert.Equal($"Release ledger '{LedgerPath}', release 'r', is not valid: cell \"x\" is neither a count ≥ 0, \"*\" (suppressed) nor null (missing).", e.Message);
    }

    [Fact]
    public void Messages_SayWhatIsWrongAndWhatToDo()
    {
        Assert.Equal("--ledger 'ledger.csv' must end in .json (so it can never be one of the briefing's input or output files).", BriefingMessages.LedgerNotJson("ledger.csv"));
        Assert.Equal("The period '2014/15' of isd.json has no months (an annual publication), so the briefing cannot be recorded in the release ledger, which links releases by their months (a financial year's months are not assumed). Leave out --ledger for this briefing.",
            BriefingMessages.PeriodWithoutMonths("2014/15", "isd.json"));
        Assert.Equal("Release 'r' is already in the ledger 'l.json' for 2025-01..2025-12; this briefing covers 2025-01..2025-11. A briefing for another period is another release: give it a new name (--release). If the recorded version was never published, replace it (--replace-release).",
            BriefingMessages.ReleaseForAnotherPeriod("r", "l.json", "2025-01..2025-12", "2025-01..2025-11"));
    }

    [Fact]
    public void LedgerNotJson_IsRefusedBeforeAnythingIsRead()
    {
        var e = Assert.Throws<ArgumentException>(() => ClusterBriefing.Build(Options("GPC082", Year, new BriefingRelease(Path.Combine(folder, "ledger.html")))));

        Assert.Equal(BriefingMessages.LedgerNotJson(Path.Combine(folder, "ledger.html")), e.Message);
    }

    [Fact]
    public void ReleaseName_DefaultsToTheDefinitionFilesName()
    {
        var briefing = ClusterBriefing.Build(Options("GPC082", Year, new BriefingRelease(LedgerPath)));

        Assert.Equal("briefing", briefing.Release!.Name);
    }

    /// <summary>
    /// The two releases and what the attacker knows links them: a cell of the longer period (Jan–Dec) is the same
    /// row's cell of the shorter one (Jan–Nov) plus its December, which nobody published.
    /// </summary>
    private static List<string> NestedPeriodAttack(LedgerRelease shorter, LedgerRelease longer)
    {
        var attacker = new ReleaseAttacker();
        var hidden = LedgerReleases.Publish(attacker, shorter, "S").Concat(LedgerReleases.Publish(attacker, longer, "L")).ToList();
        var rows = shorter.Rows.Select(r => string.Join("/", r.Keys)).ToHashSet(StringComparer.Ordinal);
        var derived = new List<string>();
        foreach (var row in longer.Rows.Where(r => rows.Contains(string.Join("/", r.Keys))))
        {
            foreach (var column in longer.Columns)
            {
                var december = LedgerReleases.Name("Dec", row.Keys, column);
                attacker.Sum(LedgerReleases.Name("L", row.Keys, column), [LedgerReleases.Name("S", row.Keys, column), december]);
                derived.Add(december);
            }
        }

        return attacker.Leaks(5, hidden, derived);
    }

    private ClusterBriefing Brief(string cluster, PeriodDefinition period, BriefingRelease? release)
    {
        var briefing = ClusterBriefing.Build(Options(cluster, period, release));
        BriefingWriter.Write(briefing, folder, pdf: false);
        return briefing;
    }

    private BriefingOptions Options(string cluster, PeriodDefinition period, BriefingRelease? release) =>
        new(BriefingDefinition.Load(data.Definition), AreaLevel.Cluster, cluster) { Period = period, Release = release };

    private static List<string> NotesSheetText(string path)
    {
        using var workbook = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(path, false);
        var part = workbook.WorkbookPart!;
        var notes = part.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Single(s => s.Name == BriefingWorkbook.NotesSheet);
        return ((DocumentFormat.OpenXml.Packaging.WorksheetPart)part.GetPartById(notes.Id!)).Worksheet
            .Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>().Select(c => c.InnerText).ToList();
    }

    private string WriteWorkbook(ClusterBriefing briefing) => BriefingWriter.Write(briefing, folder, pdf: false).Single(p => p.EndsWith(".xlsx", StringComparison.Ordinal));
}
