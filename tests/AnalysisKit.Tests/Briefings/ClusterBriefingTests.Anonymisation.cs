using System.Globalization;
using AnalysisKit.Briefings;
using AnalysisKit.Disclosure;
using AnalysisKit.Geography;
using AnalysisKit.Samples;

namespace AnalysisKit.Tests.Briefings;

/// <summary>
/// Anonymisation that holds: the letters are a keyed shuffle, and an attacker holding the public practice list and
/// both the anonymous and a named-practice briefing (<see cref="PracticeDecoder"/>) cannot match any other practice to
/// a letter with certainty.
/// </summary>
public partial class ClusterBriefingTests
{
    private static readonly string[] Indicators = ["AnticholinergicItems", "AntibacterialItems", "HighRiskItems", "Referrals", "AeAttendances", "EmergencyAdmissions"];

    private static string FileOf(string measure) => Array.IndexOf(Indicators, measure) < 3 ? "prescribing-monthly.csv" : "activity-monthly.csv";

    /// <summary>The outlier cluster's practices as the public list gives them, with each one's exact patient-years (stronger than the public list sizes).</summary>
    private static readonly Lazy<List<PracticeDecoder.PublicPractice>> PublicList = new(() =>
        Hierarchy!.Value.ComparablePracticesIn(GeographyLevel.Cluster, SamplePlantedSignals.OutlierClusterCode).OrderBy(p => p.Code, StringComparer.Ordinal)
            .Select(p => new PracticeDecoder.PublicPractice(p.Code, p.SimdQuintile, SumByHand("prescribing-monthly.csv", "AntibacterialItems", (code, _) => code == p.Code).PatientYears))
            .ToList());

    private static PracticeDecoder Decoder(ClusterBriefing briefing, IReadOnlyList<PracticeDecoder.Letter> letters)
    {
        var summary = briefing.Tables.Single(t => t.Name == ClusterBriefing.SummaryTableName);
        var counts = summary.Rows.Select(r => r[1] == "*" ? (long?)null : ParseCount(r[1])).ToList();
        var groups = briefing.Tables.Single(t => t.Name == ClusterBriefing.QuintileTableName).Rows.Where(r => r[2] != "*").Select(r =>
        {
            var label = r[0].Split(' ')[0];
            var ends = label.Split('–').Select(q => int.Parse(q, CultureInfo.InvariantCulture)).ToList();
            return new PracticeDecoder.Group(Enumerable.Range(ends[0], ends[^1] - ends[0] + 1).ToList(), ParseCount(r[2]));
        }).ToList();
        return new PracticeDecoder(PublicList.Value, letters, counts, briefing.Indicators.Select(i => i.Area.Value).ToList(), groups, briefing.HeadlineIndex, 1000);
    }

    private static List<PracticeDecoder.Letter> Letters(ClusterBriefing briefing) =>
        PracticeDecoder.Read(briefing.Tables.Single(t => t.Name == ClusterBriefing.UnitTableName), briefing.Indicators.Count);

    private static int TruthOf(ClusterBriefing briefing, string label) =>
        PublicList.Value.FindIndex(p => briefing.PracticeLabels[p.Code] == label);

    [Fact]
    public void Decoder_AnonymousBriefing_MatchesNoLetterToAPracticeWithCertainty()
    {
        var briefing = Default.Value;
        var letters = Letters(briefing);
        var assignments = Decoder(briefing, letters).Assignments();

        // The decoder is sound: the true assignment is among those it keeps.
        Assert.Contains(assignments, a => a.SequenceEqual(letters.Select(l => TruthOf(briefing, l.Label))));
        var candidates = PracticeDecoder.Candidates(assignments, letters.Count);
        foreach (var (candidate, letter) in candidates.Zip(letters))
        {
            Assert.True(candidate.Count >= 2, $"{letter.Label} can only be {string.Join(", ", candidate.Select(c => PublicList.Value[c].Code))}");
        }
    }

    [Fact]
    public void Decoder_AnonymousAndEachNamedVariant_MatchNoOtherPracticeWithCertainty()
    {
        var anonymous = Default.Value;
        var anonymousLetters = Letters(anonymous);
        var anonymousCandidates = PracticeDecoder.Candidates(Decoder(anonymous, anonymousLetters).Assignments(), anonymousLetters.Count);
        foreach (var (practice, index) in PublicList.Value.Select((p, i) => (p, i)))
        {
            var named = ClusterBriefing.Build(Options(practice.Code));
            var letters = Letters(named);
            var namedRow = letters.FindIndex(l => !l.Label.StartsWith("Practice ", StringComparison.Ordinal));
            var assignments = Decoder(named, letters).Assignments(new Dictionary<int, int> { [namedRow] = index });
            Assert.Contains(assignments, a => a.SequenceEqual(letters.Select(l => l.Label == letters[namedRow].Label ? index : TruthOf(named, l.Label))));
            var candidates = PracticeDecoder.Candidates(assignments, letters.Count);

            // Rows of the two variants are linked by their published numbers; an anonymous letter can only be what every linked named row can be.
            for (var a = 0; a < anonymousLetters.Count; a++)
            {
                var linked = Enumerable.Range(0, letters.Count).Where(n => Same(anonymousLetters[a], letters[n])).ToList();
                var combined = anonymousCandidates[a].Intersect(linked.SelectMany(n => candidates[n])).ToHashSet();
                Assert.True(combined.Count >= 2 || combined.SetEquals([index]),
                    $"named {practice.Code}: anonymous {anonymousLetters[a].Label} can only be {string.Join(", ", combined.Select(c => PublicList.Value[c].Code))}");
            }

            for (var n = 0; n < letters.Count; n++)
            {
                Assert.True(n == namedRow || candidates[n].Count >= 2, $"named {practice.Code}: {letters[n].Label} can only be {string.Join(", ", candidates[n].Select(c => PublicList.Value[c].Code))}");
            }
        }
    }

    /// <summary>Two published rows that could be the same practice: every value interval overlaps and the comparisons agree.</summary>
    private static bool Same(PracticeDecoder.Letter a, PracticeDecoder.Letter b) =>
        a.Values.Zip(b.Values).All(v => v.First is not { } x || v.Second is not { } y || (x.Low <= y.High && y.Low <= x.High))
        && a.Comparisons.SequenceEqual(b.Comparisons);

    [Fact]
    public void Decoder_GivenValuesToOneDecimal_WouldMatchLettersWithCertainty()
    {
        // The same attacker against the values as the page used to print them (one decimal, no comparison used): with
        // the public list sizes and the cluster's counts it pins most practices, which is why anonymised values are
        // rounded to two significant figures of the cluster's. Values by hand from the extracts.
        var letters = PublicList.Value.Select(p => new PracticeDecoder.Letter(p.Code,
            Indicators.Select(m =>
            {
                var (count, years) = SumByHand(FileOf(m), m, (code, _) => code == p.Code);
                var value = Math.Round(count / years * 1000, 1, MidpointRounding.AwayFromZero);
                return ((double, double)?)(value - 0.05, value + 0.05);
            }).ToList(),
            Indicators.Select(_ => "").ToList())).ToList();
        var decoder = Decoder(Default.Value, letters);

        var assignments = decoder.Assignments();
        Assert.Contains(assignments, a => a.SequenceEqual(Enumerable.Range(0, letters.Count)));
        var certain = PracticeDecoder.Candidates(assignments, letters.Count).Count(c => c.Count == 1);
        Assert.True(certain >= 3, $"only {certain} letters pinned");
    }

    [Fact]
    public void Labels_NotInPracticeCodeOrder_AndTheNamedVariantDrawsItsOwnLetters()
    {
        var codes = PublicList.Value.Select(p => p.Code).ToList();
        var anonymous = codes.Select(c => Default.Value.PracticeLabels[c]).ToList();
        Assert.NotEqual(anonymous.Order(StringComparer.Ordinal), anonymous);

        // Over the seven named variants, every other practice's letter changes in at least one of them.
        var changed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var code in codes)
        {
            var named = ClusterBriefing.Build(Options(code)).PracticeLabels;
            changed.UnionWith(codes.Where(c => c != code && named[c] != Default.Value.PracticeLabels[c]));
        }

        Assert.Equal(codes.Order(StringComparer.Ordinal), changed.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Labels_ReleaseKeyFile_KeysTheLettersAndTwoKeysGiveDifferentOrders()
    {
        var folder = Directory.CreateTempSubdirectory("akit-release-key-");
        try
        {
            var first = Path.Combine(folder.FullName, "a.key");
            var second = Path.Combine(folder.FullName, "b.key");
            File.WriteAllText(first, new string('a', 64));
            File.WriteAllText(second, new string('b', 64));
            var a1 = ClusterBriefing.Build(Options() with { ReleaseKeyFile = first }).PracticeLabels;
            var a2 = ClusterBriefing.Build(Options() with { ReleaseKeyFile = first }).PracticeLabels;
            var b = ClusterBriefing.Build(Options() with { ReleaseKeyFile = second }).PracticeLabels;

            Assert.Equal(a1, a2);
            Assert.NotEqual(a1, b);
            // The letters are exactly HMAC-SHA256(key, scope ‖ variant ‖ code) order (fields length-prefixed), computed here by hand.
            var scope = $"cluster {SamplePlantedSignals.OutlierClusterCode} January 2025 to December 2025";
            var order = PublicList.Value.Select(p => p.Code).OrderBy(c => Convert.ToHexString(System.Security.Cryptography.HMACSHA256.HashData(
                System.Text.Encoding.UTF8.GetBytes(new string('a', 64)),
                System.Text.Encoding.UTF8.GetBytes($"{scope.Length}:{scope}\n0:\n{c.Length}:{c}\n"))), StringComparer.Ordinal).ToList();
            Assert.Equal(order.Select((c, i) => (c, "Practice " + (char)('A' + i))), order.Select(c => (c, a1[c])));
        }
        finally
        {
            folder.Delete(true);
        }
    }
}
