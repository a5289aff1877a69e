using System.CommandLine;
using System.Security.Cryptography;
using AnalysisKit.Cli.Commands;
using ExcelDataReader;

namespace AnalysisKit.Cli.Tests;

/// <summary><c>akit suppress</c> run in-process: exit codes, outputs, errors, and the input left untouched.</summary>
public sealed partial class SuppressCommandTests : IDisposable
{
    // A made-up practice table: two clusters in one HSCP, an HSCP total row, and a Total column. Counts < 5 are
    // 3 (P1 a), 2 (P3 b) and 1 (P4 a); everything adds up.
    private const string PracticeCsv =
        "hscp,cluster,practice,a,b,Total\n" +
        "H1,Total,Total,40,45,85\n" +
        "H1,C1,Total,18,22,40\n" +
        "H1,C1,P1,3,12,15\n" +
        "H1,C1,P2,15,10,25\n" +
        "H1,C2,Total,22,23,45\n" +
        "H1,C2,P3,21,2,23\n" +
        "H1,C2,P4,1,21,22\n";

    private readonly string directory = Directory.CreateTempSubdirectory("akit-suppress-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void Suppress_IsDiscoveredAsATopLevelCommand() => Assert.Contains(AkitCommands.All(), c => c.Name == "suppress");

    [Fact]
    public void Csv_WritesTableAndNotesForRelease_AuditAndReviewToFilesMarkedNotForRelease_AndLeavesInputUnchanged()
    {
        var input = Write("practices.csv", PracticeCsv);
        var before = Hash(input);
        var outPath = Path.Combine(directory, "out.csv");

        var (code, output, error) = Run("--input", input, "--out", outPath, "--hierarchy", "hscp,cluster,practice", "--total-column", "Total");

        Assert.Equal(0, code);
        Assert.Equal(Suppression.SuppressMessages.Warning(Suppression.SuppressMessages.NoLedger), error.Trim());
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Suppressed 3 cells by primary and ", lines[0]);
        Assert.Equal($"For release (suppressed table and footnote): {outPath}, {Path.Combine(directory, "out.notes.csv")}", lines[1]);
        Assert.Equal("NOT for release (audit and review hold the hidden values; keep them with the analyst): " +
                     $"{Path.Combine(directory, "out.AUDIT-NOT-FOR-RELEASE.csv")}, {Path.Combine(directory, "out.REVIEW-NOT-FOR-RELEASE.csv")}", lines[2]);
        Assert.Equal(["out.AUDIT-NOT-FOR-RELEASE.csv", "out.REVIEW-NOT-FOR-RELEASE.csv", "out.csv", "out.notes.csv", "practices.csv"],
            Directory.GetFiles(directory).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(before, Hash(input));
        var table = File.ReadAllLines(outPath).Select(l => l.Split(',')).ToList();
        Assert.Equal("hscp,cluster,practice,a,b,Total", string.Join(',', table[0]));
        Assert.Equal("*", table[3][3]); // P1 a = 3
        Assert.Equal("*", table[6][4]); // P3 b = 2
        Assert.Equal("*", table[7][3]); // P4 a = 1
        var stars = table.Skip(1).Sum(r => r.Count(f => f == "*"));
        var audit = File.ReadAllLines(Path.Combine(directory, "out.AUDIT-NOT-FOR-RELEASE.csv"));
        Assert.Equal("step,data_row,row,column,hidden_value,reason,because", audit[0]);
        Assert.Equal(stars, audit.Length - 1);
        var review = File.ReadAllLines(Path.Combine(directory, "out.REVIEW-NOT-FOR-RELEASE.csv"));
        Assert.Equal(3, review.Length - 1); // 3, 2 and 1 are the only counts under 10
        Assert.Contains("Statistical disclosure control has been applied to protect patient confidentiality.", File.ReadAllText(Path.Combine(directory, "out.notes.csv")));
    }

    [Fact]
    public void Xlsx_WritesTableAndNotesForRelease_AuditAndReviewToAWorkbookMarkedNotForRelease_SameBytesEveryTime()
    {
        var csv = Write("practices.csv", PracticeCsv);
        var first = Path.Combine(directory, "first.xlsx");
        var second = Path.Combine(directory, "second.xlsx");
        string[] common = ["--hierarchy", "hscp,cluster,practice", "--total-column", "Total", "--policy", "under-10"];

        Assert.Equal(0, Run(["--input", csv, "--out", first, .. common]).Code);
        Assert.Equal(0, Run(["--input", csv, "--out", second, .. common]).Code);

        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        Assert.Equal(File.ReadAllBytes(Path.Combine(directory, "first.AUDIT-NOT-FOR-RELEASE.xlsx")), File.ReadAllBytes(Path.Combine(directory, "second.AUDIT-NOT-FOR-RELEASE.xlsx")));
        Assert.Equal(["Table", "Notes"], SheetNames(first));
        Assert.Equal(["Audit", "Review"], SheetNames(Path.Combine(directory, "first.AUDIT-NOT-FOR-RELEASE.xlsx")));
    }

    [Fact]
    public void Xlsx_Input_IsReadAndLeftUnchanged()
    {
        // An xlsx input made by the command itself from a table with no small counts (so its Table sheet holds numbers).
        var csv = Write("big.csv", "practice,a,b\nP1,12,15\nP2,20,30\n");
        var xlsx = Path.Combine(directory, "big.xlsx");
        Assert.Equal(0, Run("--input", csv, "--out", xlsx, "--hierarchy", "practice").Code);
        var before = Hash(xlsx);

        var (code, _, error) = Run("--input", xlsx, "--out", Path.Combine(directory, "again.csv"), "--hierarchy", "practice");

        Assert.True(code == 0, error);
        Assert.Equal(before, Hash(xlsx));
        Assert.Equal("practice,a,b\nP1,12,15\nP2,20,30\n", File.ReadAllText(Path.Combine(directory, "again.csv")));
    }

    [Fact]
    public void PolicyFile_IsLoadedFromJson()
    {
        var input = Write("practices.csv", PracticeCsv);
        var policy = Write("policy.json", """
            { "name": "open-data", "threshold": 5, "comparison": "LessThan", "showTrueZeros": true, "marker": "c",
              "qualifierColumns": true, "roundingBase": 1, "roundingRule": "HalfUp", "keepStandardisedRates": false, "secondary": "Complete" }
            """);
        var outPath = Path.Combine(directory, "open.csv");

        var (code, output, _) = Run("--input", input, "--out", outPath, "--hierarchy", "hscp,cluster,practice", "--total-column", "Total", "--policy", policy);

        Assert.Equal(0, code);
        Assert.Contains("policy 'open-data'", output);
        var lines = File.ReadAllLines(outPath);
        Assert.Equal("hscp,cluster,practice,a,aQF,b,bQF,Total,TotalQF", lines[0]);
        Assert.StartsWith("H1,C1,P1,,c,", lines[3]);
    }

    [Fact]
    public void NotACount_ExitsOneNamingFileLineColumnAndValue()
    {
        var input = Write("bad.csv", "practice,a\nP1,12\nP2,3.5\n");

        var (code, _, error) = Run("--input", input, "--out", Path.Combine(directory, "x.csv"), "--hierarchy", "practice");

        Assert.Equal(1, code);
        Assert.Equal($"akit suppress: Input file '{input}', line 3, column 'a': '3.5' is not a count; expected a whole number ≥ 0, or empty or NA for missing.", error.Trim());
    }

    [Fact]
    public void TotalsThatDoNotAddUp_ExitOneSayingWhere()
    {
        var input = Write("sum.csv", "practice,a,b,Total\nP1,12,15,28\n");

        var (code, _, error) = Run("--input", input, "--out", Path.Combine(directory, "x.csv"), "--hierarchy", "practice", "--total-column", "Total");

        Assert.Equal(1, code);
        Assert.Equal("akit suppress: The totals do not add up at table 'sum.csv', data row 1 ('P1'), column 'Total': row 'P1' adds up to its 'Total' column, " +
                     "but the total is 28 and the parts sum to 27 (missing parts read as 0). Fix the input or do not name it as a total.", error.Trim());
    }

    [Fact]
    public void OutIsInput_IsRefusedAndInputUntouched()
    {
        var input = Write("same.csv", PracticeCsv);
        var before = Hash(input);

        var (code, _, error) = Run("--input", input, "--out", input, "--hierarchy", "hscp,cluster,practice");

        Assert.Equal(1, code);
        Assert.Equal($"akit suppress: --out '{input}' is the input file; the input is never overwritten. Choose another output path.", error.Trim());
        Assert.Equal(before, Hash(input));
    }

    [Fact]
    public void UnknownHierarchyColumn_ListsTheHeader()
    {
        var input = Write("p.csv", "practice,a\nP1,12\n");

        var (code, _, error) = Run("--input", input, "--out", Path.Combine(directory, "x.csv"), "--hierarchy", "cluster");

        Assert.Equal(1, code);
        Assert.Equal($"akit suppress: Input file '{input}': --hierarchy names column 'cluster', which is not in the header (practice, a).", error.Trim());
    }

    [Fact]
    public void MissingInput_And_UnknownPolicy_AreClearErrors()
    {
        var missing = Path.Combine(directory, "none.csv");
        Assert.Equal($"akit suppress: Input file '{missing}' does not exist.",
            Run("--input", missing, "--out", Path.Combine(directory, "x.csv"), "--hierarchy", "practice").Error.Trim());

        var input = Write("p.csv", "practice,a\nP1,12\n");
        Assert.StartsWith("akit suppress: Suppression policy 'under-7' is neither a preset",
            Run("--input", input, "--out", Path.Combine(directory, "x.csv"), "--hierarchy", "practice", "--policy", "under-7").Error);
    }

    [Fact]
    public void BadMeasure_ExplainsTheForm()
    {
        var input = Write("p.csv", "practice,a,rate\nP1,12,3.1\n");

        var error = Run("--input", input, "--out", Path.Combine(directory, "x.csv"), "--hierarchy", "practice", "--measure", "rate=a").Error;

        Assert.Equal("akit suppress: --measure 'rate=a' is not understood; write column=countColumn:kind with kind % (percentage), cr (crude rate) or " +
                     "sr (standardised rate), e.g. rate=deaths:cr.", error.Trim());
    }

    [Fact]
    public void CrudeRate_IsBlankedWithItsCount()
    {
        var input = Write("rates.csv", "practice,deaths,rate\nP1,3,52.1\nP2,40,61.0\n");
        var outPath = Path.Combine(directory, "rates-out.csv");

        Assert.Equal(0, Run("--input", input, "--out", outPath, "--hierarchy", "practice", "--measure", "rate=deaths:cr").Code);

        Assert.Equal("practice,deaths,rate\nP1,*,*\nP2,40,61.0\n", File.ReadAllText(outPath));
    }

    private static List<string> SheetNames(string path)
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        using var stream = File.OpenRead(path);
        using var reader = ExcelReaderFactory.CreateReader(stream);
        var names = new List<string>();
        do
        {
            names.Add(reader.Name);
        }
        while (reader.NextResult());

        return names;
    }

    private (int Code, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var command = new SuppressCommand().Create();
        var code = command.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(directory, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
}
