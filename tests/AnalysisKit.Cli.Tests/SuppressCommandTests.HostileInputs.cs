using System.Diagnostics;
using System.Text;
using AnalysisKit.Cli.Suppression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace AnalysisKit.Cli.Tests;

/// <summary>
/// The corpus of hostile inputs to <c>akit suppress</c>: each is refused with exit code 1 and one line that names the
/// file, the line and the column (or cell) and says what was expected — no stack trace, no library's own wording, and
/// nothing written. Before this, two counts of 2^63 − 1 ended in an unhandled OverflowException, an empty file gave
/// Sylvan's message without the file name, a malformed quote gave no line, and a header-only file wrote an empty release.
/// </summary>
public sealed partial class SuppressCommandTests
{
    private const string Max = "9223372036854775807";

    /// <summary>Name, file name, content (bytes), expected error after "akit suppress: " with {0} for the input path.</summary>
    public static TheoryData<string, string, byte[], string> HostileCsv => new()
    {
        { "empty file", "e.csv", [], "Input file '{0}' is empty: expected a header row naming the columns, then one line per table row." },
        { "only a byte-order mark", "e.csv", [0xEF, 0xBB, 0xBF], "Input file '{0}' is empty: expected a header row naming the columns, then one line per table row." },
        { "only new lines", "e.csv", Bytes("\n\n\r\n"), "Input file '{0}' is empty: expected a header row naming the columns, then one line per table row." },
        { "only spaces", "e.csv", Bytes("   \n  "), "Input file '{0}' is empty: expected a header row naming the columns, then one line per table row." },
        { "header only", "h.csv", Bytes("practice,a\n"), "Input file '{0}' has a header but no data rows: there is nothing to suppress, and an empty release is not written." },
        { "header only, no new line", "h.csv", Bytes("practice,a"), "Input file '{0}' has a header but no data rows: there is nothing to suppress, and an empty release is not written." },
        { "header and blank lines", "h.csv", Bytes("practice,a\n\n\n"), "Input file '{0}' has a header but no data rows: there is nothing to suppress, and an empty release is not written." },
        { "quote never closed", "q.csv", Bytes("practice,a\n\"P1,12\n"), "Input file '{0}', line 2, column 1 ('practice'): a quoted field starts here and is never closed (no matching \" before the end of the file)." },
        { "quote never closed, second column", "q.csv", Bytes("practice,a\nP1,\"12\nP2,13\n"), "Input file '{0}', line 2, column 2 ('a'): a quoted field starts here and is never closed (no matching \" before the end of the file)." },
        { "quote inside a field", "q.csv", Bytes("practice,a\nP\"1,12\n"), "Input file '{0}', line 2, column 1 ('practice'): a quote inside a field that does not start with one; quote the whole field (\"…\") and double each quote inside it (\"\")." },
        { "text after a closing quote", "q.csv", Bytes("practice,a\n\"P1\"x,12\n"), "Input file '{0}', line 2, column 1 ('practice'): text after the closing quote of a quoted field; a quote inside a quoted field is written twice (\"\")." },
        { "quoted label over two lines, then a broken quote", "q.csv", Bytes("practice,a\n\"P\n1\",12\nP2,\"13\n"), "Input file '{0}', line 4, column 2 ('a'): a quoted field starts here and is never closed (no matching \" before the end of the file)." },
        { "old Mac line ends", "q.csv", Bytes("practice,a\rP1,12\rP2,\"13\r"), "Input file '{0}', line 3, column 2 ('a'): a quoted field starts here and is never closed (no matching \" before the end of the file)." },
        { "row with too few fields", "r.csv", Bytes("practice,a,b\nP1,12\n"), "Input file '{0}', line 2: 2 fields, but the header has 3." },
        { "row with too many fields", "r.csv", Bytes("practice,a\nP1,12,5\n"), "Input file '{0}', line 2: 3 fields, but the header has 2." },
        { "blank line between rows", "b.csv", Bytes("practice,a\nP1,12\n\nP2,13\n"), "Input file '{0}', line 3: a blank line between rows; remove it (a row of missing values is written with its commas)." },
        { "NUL character", "n.csv", Bytes("practice,a\nP1,1\0 2\n"), "Input file '{0}', line 2, column 2 ('a'): a NUL character; the file may be binary or UTF-16. Save it as CSV UTF-8." },
        { "UTF-16", "u.csv", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("practice,a\nP1,12\n")], "Input file '{0}' is UTF-16 text; save it as CSV UTF-8." },
        { "not UTF-8", "u.csv", [.. Bytes("practice,a\nP1,12\nP"), 0xFF, .. Bytes(",13\n")], "Input file '{0}', line 3: bytes that are not UTF-8 text; save the file as CSV UTF-8." },
        { "empty column name", "c.csv", Bytes("practice,,a\nP1,1,12\n"), "Input file '{0}', line 1, column 2: the header is empty; name every column." },
        { "duplicate column", "c.csv", Bytes("practice,a,a\nP1,12,13\n"), "Input file '{0}': column 'a' appears twice in the header." },
        { "two counts of 2^63 − 1", "o.csv", Bytes($"practice,a\nP1,{Max}\nP2,{Max}\n"), $"Input file '{{0}}', line 2, column 'a': with '{Max}' the table's counts add up to more than 9,007,199,254,740,992, the largest total whose sums and suppression intervals are exact; check the value, or split the table." },
        { "a total past 2^53", "o.csv", Bytes("practice,a,b\nP1,9007199254740990,12\n"), "Input file '{0}', line 2, column 'b': with '12' the table's counts add up to more than 9,007,199,254,740,992, the largest total whose sums and suppression intervals are exact; check the value, or split the table." },
        { "2^63", "o.csv", Bytes("practice,a\nP1,9223372036854775808\n"), "Input file '{0}', line 2, column 'a': '9223372036854775808' is not a count; expected a whole number ≥ 0, or empty or NA for missing." },
        { "negative count", "v.csv", Bytes("practice,a\nP1,-3\n"), "Input file '{0}', line 2, column 'a': '-3' is not a count; expected a whole number ≥ 0, or empty or NA for missing." },
        { "thousands separator", "v.csv", Bytes("practice,a\nP1,\"1,234\"\n"), "Input file '{0}', line 2, column 'a': '1,234' is not a count; expected a whole number ≥ 0, or empty or NA for missing." },
        { "plus sign", "v.csv", Bytes("practice,a\nP1,+3\n"), "Input file '{0}', line 2, column 'a': '+3' is not a count; expected a whole number ≥ 0, or empty or NA for missing." },
        { "exponent", "v.csv", Bytes("practice,a\nP1,1e3\n"), "Input file '{0}', line 2, column 'a': '1e3' is not a count; expected a whole number ≥ 0, or empty or NA for missing." },
        { "NaN", "v.csv", Bytes("practice,a\nP1,NaN\n"), "Input file '{0}', line 2, column 'a': 'NaN' is not a count; expected a whole number ≥ 0, or empty or NA for missing." },
        { "Infinity", "v.csv", Bytes("practice,a\nP1,Infinity\n"), "Input file '{0}', line 2, column 'a': 'Infinity' is not a count; expected a whole number ≥ 0, or empty or NA for missing." },
        { "full-width digit", "v.csv", Bytes("practice,a\nP1,３\n"), "Input file '{0}', line 2, column 'a': '３' is not a count; expected a whole number ≥ 0, or empty or NA for missing." },
        { "hexadecimal", "v.csv", Bytes("practice,a\nP1,0x10\n"), "Input file '{0}', line 2, column 'a': '0x10' is not a count; expected a whole number ≥ 0, or empty or NA for missing." },
        { "n/a", "v.csv", Bytes("practice,a\nP1,n/a\n"), "Input file '{0}', line 2, column 'a': 'n/a' is not a count; expected a whole number ≥ 0, or empty or NA for missing." },
        { "a count on the line after a two-line label", "v.csv", Bytes("practice,a\n\"P\n1\",x\n"), "Input file '{0}', line 2, column 'a': 'x' is not a count; expected a whole number ≥ 0, or empty or NA for missing." },
    };

    [Theory]
    [MemberData(nameof(HostileCsv))]
    public void HostileCsv_IsRefusedNamingFileLineAndColumn_AndNothingIsWritten(string name, string file, byte[] content, string expected)
    {
        var input = Path.Combine(directory, file);
        File.WriteAllBytes(input, content);
        var outPath = Path.Combine(directory, "out.csv");

        var (code, output, error) = Run("--input", input, "--out", outPath, "--hierarchy", "practice");

        Assert.True(code == 1, $"{name}: exit {code}\n{output}\n{error}");
        Assert.Equal("akit suppress: " + string.Format(System.Globalization.CultureInfo.InvariantCulture, expected, input), error.TrimEnd('\n'));
        Assert.False(File.Exists(outPath), $"{name}: a release was written");
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Corpus_HasAtLeastFortyHostileInputs() =>
        Assert.True(HostileCsv.Count + HostileXlsxCount + HostileLinkCount >= 40, $"{HostileCsv.Count} CSV + {HostileXlsxCount} xlsx + {HostileLinkCount} link cases");

    private const int HostileXlsxCount = 5;

    private const int HostileLinkCount = 5;

    [Fact]
    public void HostileXlsx_EachIsRefusedNamingFileAndRowOrCell()
    {
        var notAWorkbook = Path.Combine(directory, "renamed.xlsx");
        File.WriteAllText(notAWorkbook, "practice,a\nP1,12\n");
        var empty = Path.Combine(directory, "empty.xlsx");
        File.WriteAllBytes(empty, []);
        var headerOnly = Workbook("header.xlsx", [["practice", "a"]]);
        var errorCell = Workbook("error.xlsx", [["practice", "a"], ["P1", "#DIV/0!"]]);
        var noHeader = Workbook("extra.xlsx", [["practice", "a"], ["P1", "12", "5"]]);

        Assert.StartsWith($"akit suppress: Input file '{notAWorkbook}' cannot be read as an Excel workbook (", Refusal(notAWorkbook), StringComparison.Ordinal);
        Assert.EndsWith("); save it again from Excel as .xlsx, or as CSV UTF-8.", Refusal(notAWorkbook), StringComparison.Ordinal);
        Assert.StartsWith($"akit suppress: Input file '{empty}' cannot be read as an Excel workbook (", Refusal(empty), StringComparison.Ordinal);
        Assert.Equal($"akit suppress: Input file '{headerOnly}' has a header but no data rows: there is nothing to suppress, and an empty release is not written.", Refusal(headerOnly));
        Assert.Equal($"akit suppress: Input file '{errorCell}', cell B2: the cell holds the Excel error #DIV/0!, not a value; fix the formula or enter the value.", Refusal(errorCell));
        Assert.Equal($"akit suppress: Input file '{noHeader}', line 2, column 3: a value in a column with no header; name the column or remove the value (nothing is dropped silently).", Refusal(noHeader));

        string Refusal(string input)
        {
            var (code, _, error) = Run("--input", input, "--out", Path.Combine(directory, "x.csv"), "--hierarchy", "practice");
            Assert.Equal(1, code);
            return error.TrimEnd('\n');
        }
    }

    [Fact]
    public void OutThroughAnyLinkToTheInput_IsRefused_AndTheInputIsUntouched()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS(), "symbolic and hard links are made with ln");
        var input = Write("input.csv", PracticeCsv);
        var before = Hash(input);
        var symbolic = Path.Combine(directory, "symbolic.csv");
        File.CreateSymbolicLink(symbolic, input);
        var hard = Path.Combine(directory, "hard.csv");
        Ln(input, hard);
        var notesLink = Path.Combine(directory, "other.notes.csv"); // --out other.csv would write other.notes.csv: a link to the input
        File.CreateSymbolicLink(notesLink, input);
        var linkedFolder = Path.Combine(directory, "through");
        Directory.CreateSymbolicLink(linkedFolder, directory);
        var auditLink = Path.Combine(directory, "x.AUDIT-NOT-FOR-RELEASE.xlsx");
        Ln(input, auditLink);

        string[] common = ["--hierarchy", "hscp,cluster,practice"];
        var viaSymbolic = Run(["--input", input, "--out", symbolic, .. common]);
        var viaHard = Run(["--input", input, "--out", hard, .. common]);
        var viaNotes = Run(["--input", input, "--out", Path.Combine(directory, "other.csv"), .. common]);
        var viaFolder = Run(["--input", input, "--out", Path.Combine(linkedFolder, "input.csv"), .. common]);
        var viaAudit = Run(["--input", input, "--out", Path.Combine(directory, "x.xlsx"), .. common]);

        Assert.Equal($"akit suppress: --out '{symbolic}' is a symbolic link to the input file '{input}'; the input is never overwritten. Choose another output path.", viaSymbolic.Error.TrimEnd('\n'));
        Assert.Equal($"akit suppress: --out '{hard}' is the input file '{input}' under another name (a hard link, or a folder reached through a link); the input is never overwritten. Choose another output path.", viaHard.Error.TrimEnd('\n'));
        Assert.Equal($"akit suppress: --out '{Path.Combine(directory, "other.csv")}' would write '{notesLink}', which is a symbolic link to the input file '{input}'; the input is never overwritten. Choose another output path.", viaNotes.Error.TrimEnd('\n'));
        Assert.StartsWith($"akit suppress: --out '{Path.Combine(linkedFolder, "input.csv")}' is the input file", viaFolder.Error, StringComparison.Ordinal);
        Assert.StartsWith($"akit suppress: --out '{Path.Combine(directory, "x.xlsx")}' would write '{auditLink}', which is the input file", viaAudit.Error, StringComparison.Ordinal);
        Assert.All(new[] { viaSymbolic, viaHard, viaNotes, viaFolder, viaAudit }, r => Assert.Equal(1, r.Code));
        Assert.Equal(before, Hash(input));
        Assert.False(File.Exists(Path.Combine(directory, "other.csv")), "the release was written although its notes would have gone through the link");
    }

    [Fact]
    public void OutIsALinkToAnotherFile_TheLinkIsReplaced_TheFileItPointsToIsNotWrittenThrough()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS(), "symbolic links");
        var input = Write("input.csv", PracticeCsv);
        var elsewhere = Write("precious.csv", "do not overwrite\n");
        var link = Path.Combine(directory, "release.csv");
        File.CreateSymbolicLink(link, elsewhere);

        var (code, _, error) = Run("--input", input, "--out", link, "--hierarchy", "hscp,cluster,practice");

        Assert.True(code == 0, error);
        Assert.Equal("do not overwrite\n", File.ReadAllText(elsewhere));
        Assert.Null(new FileInfo(link).LinkTarget); // a plain file now
        Assert.StartsWith("hscp,cluster,practice,a,b,Total\n", File.ReadAllText(link), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(directory, ".*.tmp"));
    }

    [Fact]
    public void FileIdentity_SeesHardLinksThatThePathDoesNot()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "device and inode numbers are read with stat(2) on Linux");
        var input = Write("input.csv", "x\n");
        var hard = Path.Combine(directory, "hard.csv");
        Ln(input, hard);
        var copy = Write("copy.csv", "x\n");

        Assert.True(FileIdentity.SameFile(input, hard));
        Assert.False(FileIdentity.SameFile(input, copy));
        Assert.False(FileIdentity.SameFile(input, Path.Combine(directory, "missing.csv")));
        Assert.Equal(FileIdentity.Of(input), FileIdentity.Of(hard));
        Assert.NotEqual(FileIdentity.Of(input), FileIdentity.Of(copy));
    }

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    private static void Ln(string target, string link)
    {
        using var process = Process.Start(new ProcessStartInfo("ln", [target, link]) { UseShellExecute = false })!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }

    /// <summary>A one-sheet workbook made with OpenXml: each cell a number when it parses, an error when it starts with #, else inline text.</summary>
    private string Workbook(string name, string[][] rows)
    {
        var path = Path.Combine(directory, name);
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var sheet = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        for (var r = 0; r < rows.Length; r++)
        {
            var row = new Row { RowIndex = (uint)(r + 1) };
            for (var c = 0; c < rows[r].Length; c++)
            {
                var reference = (char)('A' + c) + (r + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                var text = rows[r][c];
                row.Append(text.StartsWith('#')
                    ? new Cell { CellReference = reference, DataType = CellValues.Error, CellValue = new CellValue(text) }
                    : long.TryParse(text, out _)
                        ? new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(text) }
                        : new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text)) });
            }

            data.Append(row);
        }

        sheet.Worksheet = new Worksheet(data);
        workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "Sheet1" }));
        return path;
    }
}
