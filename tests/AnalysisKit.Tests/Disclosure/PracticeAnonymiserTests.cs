using System.Security.Cryptography;
using System.Text;
using AnalysisKit.Disclosure;

namespace AnalysisKit.Tests.Disclosure;

public class PracticeAnonymiserTests
{
    private static readonly byte[] Key = Encoding.ASCII.GetBytes("0123456789abcdef0123456789abcdef");

    private static readonly string[] Codes = ["80015", "80016", "80017", "80018", "80019", "80020", "80021"];

    /// <summary>The expected order, by hand: HMAC-SHA256 over "len:scope\nlen:variant\nlen:code\n", hex, ordinal.</summary>
    private static List<string> ByHand(byte[] key, string scope, string variant, IEnumerable<string> codes) =>
        codes.OrderBy(c => Convert.ToHexString(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{scope.Length}:{scope}\n{variant.Length}:{variant}\n{c.Length}:{c}\n"))), StringComparer.Ordinal).ToList();

    [Fact]
    public void Labels_LettersFollowTheKeyedHashOrder()
    {
        var labels = new PracticeAnonymiser(Key).Labels("cluster GPC082 2025", Codes);

        var order = ByHand(Key, "cluster GPC082 2025", "", Codes);
        Assert.Equal(order.Select((c, i) => "Practice " + (char)('A' + i)), order.Select(c => labels[c]));
    }

    [Fact]
    public void Labels_SameKeyAndScope_SameLettersWhateverTheInputOrder()
    {
        var anonymiser = new PracticeAnonymiser(Key);
        Assert.Equal(anonymiser.Labels("s", Codes), anonymiser.Labels("s", Codes.Reverse()));
    }

    [Fact]
    public void Labels_AnotherScopeOrKey_AnotherOrder()
    {
        var a = new PracticeAnonymiser(Key).Labels("cluster GPC082 2025", Codes);
        Assert.NotEqual(a, new PracticeAnonymiser(Key).Labels("cluster GPC082 2026", Codes));
        Assert.NotEqual(a, new PracticeAnonymiser(Encoding.ASCII.GetBytes(new string('k', 32))).Labels("cluster GPC082 2025", Codes));
    }

    [Fact]
    public void Labels_NamedVariant_NamesThatPracticeAndDrawsTheOthersAnew()
    {
        var labels = new PracticeAnonymiser(Key).Labels("s", Codes, "80017", "80017 Victoria Medical Practice");

        Assert.Equal("80017 Victoria Medical Practice", labels["80017"]);
        var others = Codes.Where(c => c != "80017").ToList();
        var order = ByHand(Key, "s", "80017", others);
        Assert.Equal(order.Select((c, i) => "Practice " + (char)('A' + i)), order.Select(c => labels[c]));
    }

    [Fact]
    public void Letter_PastZ_ContinuesAaAb()
    {
        Assert.Equal(["A", "Z", "AA", "AB", "AZ", "BA"], new[] { 0, 25, 26, 27, 51, 52 }.Select(PracticeAnonymiser.Letter));
    }

    [Fact]
    public void FromUnpublishedFiles_ContentNotPathKeysTheLetters()
    {
        var folder = Directory.CreateTempSubdirectory("akit-anonymiser-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "a.csv"), "x,y\n1,2\n");
            File.WriteAllText(Path.Combine(folder.FullName, "b.csv"), "x,y\n1,2\n");
            File.WriteAllText(Path.Combine(folder.FullName, "c.csv"), "x,y\n1,3\n");
            Labels("a.csv");
            Assert.Equal(Labels("a.csv"), Labels("b.csv"));
            Assert.NotEqual(Labels("a.csv"), Labels("c.csv"));

            IReadOnlyDictionary<string, string> Labels(string file) =>
                PracticeAnonymiser.FromUnpublishedFiles([Path.Combine(folder.FullName, file)]).Labels("s", Codes);
        }
        finally
        {
            folder.Delete(true);
        }
    }

    [Fact]
    public void Constructor_ShortKey_RefusedSayingHowToMakeOne()
    {
        var error = Assert.Throws<ArgumentException>(() => new PracticeAnonymiser(new byte[16]));
        Assert.StartsWith(DisclosureMessages.AnonymiserKeyTooShort(16, 32), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromKeyFile_MissingOrShort_RefusedNamingTheFile()
    {
        var folder = Directory.CreateTempSubdirectory("akit-anonymiser-");
        try
        {
            var missing = Path.Combine(folder.FullName, "none.key");
            Assert.StartsWith(DisclosureMessages.AnonymiserKeyFileMissing(missing), Assert.Throws<FileNotFoundException>(() => PracticeAnonymiser.FromKeyFile(missing)).Message, StringComparison.Ordinal);
            var shortKey = Path.Combine(folder.FullName, "short.key");
            File.WriteAllText(shortKey, "abc");
            Assert.StartsWith(DisclosureMessages.AnonymiserKeyFileTooShort(shortKey, 3, 32), Assert.Throws<ArgumentException>(() => PracticeAnonymiser.FromKeyFile(shortKey)).Message, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(true);
        }
    }

    [Fact]
    public void Labels_RepeatedOrUnlistedCode_Refused()
    {
        var anonymiser = new PracticeAnonymiser(Key);
        Assert.StartsWith(DisclosureMessages.AnonymiserDuplicateCode("80015"), Assert.Throws<ArgumentException>(() => anonymiser.Labels("s", ["80015", "80015"])).Message, StringComparison.Ordinal);
        Assert.StartsWith(DisclosureMessages.AnonymiserNamedNotListed("99999"), Assert.Throws<ArgumentException>(() => anonymiser.Labels("s", Codes, "99999", "x")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Messages_SayWhatIsWrongAndTheFix()
    {
        Assert.Equal("The practice anonymiser's release key has 16 bytes; it needs at least 32 (e.g. 64 hex characters from `openssl rand -hex 32`), one key per release, kept out of the published files.",
            DisclosureMessages.AnonymiserKeyTooShort(16, 32));
        Assert.Equal("The release key file 'k' does not exist; write one with `openssl rand -hex 32 > k` outside the published folder, or leave the key out to key the letters by the unpublished input files.",
            DisclosureMessages.AnonymiserKeyFileMissing("k"));
        Assert.Equal("The release key file 'k' holds 3 bytes; it needs at least 32 (e.g. `openssl rand -hex 32` writes 64 hex characters).",
            DisclosureMessages.AnonymiserKeyFileTooShort("k", 3, 32));
        Assert.Equal("Practice code '80015' is listed twice; each practice gets one letter.", DisclosureMessages.AnonymiserDuplicateCode("80015"));
        Assert.Equal("The named practice '9' is not one of the practices being labelled.", DisclosureMessages.AnonymiserNamedNotListed("9"));
    }
}
