using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace AnalysisKit.Cli.Tests;

/// <summary>The release file of <c>akit suppress</c> holds no hidden value anywhere; the not-for-release file holds them all.</summary>
public sealed partial class SuppressCommandTests
{
    // Every count in this table is different (checked by hand: 1, 2, 3, 11, 12, 15, 17, 20, 23, 24, 25, 26, 28, 29, 30,
    // 31, 43, 45, 54, 56, 99), so a hidden value found anywhere in the release file can only be a leak. Rows add up:
    // C1 a 3 + 17 = 20, b 12 + 11 = 23; C2 a 24 + 1 = 25, b 2 + 29 = 31; H1 a 20 + 25 = 45, b 23 + 31 = 54; each Total = a + b.
    private const string DistinctCsv =
        "hscp,cluster,practice,a,b,Total\n" +
        "H1,Total,Total,45,54,99\n" +
        "H1,C1,Total,20,23,43\n" +
        "H1,C1,P1,3,12,15\n" +
        "H1,C1,P2,17,11,28\n" +
        "H1,C2,Total,25,31,56\n" +
        "H1,C2,P3,24,2,26\n" +
        "H1,C2,P4,1,29,30\n";

    private static readonly string[][] DistinctRows = DistinctCsv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(',')).ToArray();

    [Fact]
    public void Xlsx_ReleaseWorkbook_HoldsNoHiddenValueInAnyPart_AndTheAuditWorkbookHoldsThemAll()
    {
        var input = Write("distinct.csv", DistinctCsv);
        var release = Path.Combine(directory, "release.xlsx");

        var (code, output, error) = Run("--input", input, "--out", release, "--hierarchy", "hscp,cluster,practice", "--total-column", "Total");

        Assert.True(code == 0, error);
        var audit = Path.Combine(directory, "release.AUDIT-NOT-FOR-RELEASE.xlsx");
        Assert.Contains($"NOT for release (audit and review hold the hidden values; keep them with the analyst): {audit}", output);
        var hidden = HiddenValues(ReadSheets(release)["Table"]);
        Assert.Superset(new HashSet<string> { "1", "2", "3" }, hidden.ToHashSet()); // the primary cells
        Assert.True(hidden.Count > 3, "secondary suppression should hide more than the three small counts");

        using (var document = SpreadsheetDocument.Open(release, isEditable: false))
        {
            var workbook = document.WorkbookPart!;
            var sheets = workbook.Workbook.Sheets!.Elements<Sheet>().ToList();
            Assert.Equal(["Table", "Notes"], sheets.Select(s => s.Name!.Value!));
            Assert.All(sheets, s => Assert.True(s.State is null || s.State.Value == SheetStateValues.Visible, $"sheet '{s.Name}' is hidden"));
            Assert.Null(workbook.Workbook.DefinedNames);
            Assert.All(workbook.WorksheetParts, w => Assert.Null(w.WorksheetCommentsPart));
            var everyText = document.GetAllParts().Where(p => p.RootElement is not null)
                .SelectMany(p => p.RootElement!.Descendants().Where(e => !e.HasChildren).Select(e => (Part: p.Uri.ToString(), e.InnerText)))
                .ToList();
            Assert.Contains(everyText, t => t.InnerText == "*"); // the scan does see the table's cells
            foreach (var (part, text) in everyText)
            {
                Assert.False(hidden.Contains(text.Trim()), $"release file part {part} holds the hidden value {text}");
                Assert.DoesNotContain("hidden_value", text, StringComparison.Ordinal);
            }
        }

        var auditSheets = ReadSheets(audit);
        var hiddenColumn = auditSheets["Audit"][0].IndexOf("hidden_value");
        Assert.Equal(hidden.Order(StringComparer.Ordinal), auditSheets["Audit"].Skip(1).Select(r => r[hiddenColumn]).Order(StringComparer.Ordinal));
        var reviewCount = auditSheets["Review"][0].IndexOf("count");
        Assert.Equal(["1", "2", "3"], auditSheets["Review"].Skip(1).Select(r => r[reviewCount]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Csv_ReleaseFiles_HoldNoHiddenValue_AndTheAuditFileHoldsThemAll()
    {
        var input = Write("distinct.csv", DistinctCsv);
        var release = Path.Combine(directory, "release.csv");

        Assert.Equal(0, Run("--input", input, "--out", release, "--hierarchy", "hscp,cluster,practice", "--total-column", "Total").Code);

        var table = File.ReadAllLines(release).Select(l => l.Split(',').ToList()).ToList();
        var hidden = HiddenValues(table);
        Assert.Superset(new HashSet<string> { "1", "2", "3" }, hidden.ToHashSet());
        foreach (var file in new[] { release, Path.Combine(directory, "release.notes.csv") })
        {
            var fields = File.ReadAllLines(file).SelectMany(l => l.Split(',')).Select(f => f.Trim('"', ' '));
            Assert.DoesNotContain(fields, f => hidden.Contains(f));
        }

        var audit = File.ReadAllLines(Path.Combine(directory, "release.AUDIT-NOT-FOR-RELEASE.csv")).Select(l => l.Split(',')).ToList();
        var hiddenColumn = Array.IndexOf(audit[0], "hidden_value");
        Assert.Equal(hidden.Order(StringComparer.Ordinal), audit.Skip(1).Select(r => r[hiddenColumn]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void NotForReleaseFileThatWouldOverwriteTheInput_IsRefused()
    {
        var input = Write("t.AUDIT-NOT-FOR-RELEASE.csv", PracticeCsv);
        var before = Hash(input);

        var (code, _, error) = Run("--input", input, "--out", Path.Combine(directory, "t.csv"), "--hierarchy", "hscp,cluster,practice");

        Assert.Equal(1, code);
        Assert.Equal($"akit suppress: --out '{Path.Combine(directory, "t.csv")}' would write '{input}', which is the input file; the input is never overwritten. " +
                     "Choose another output path.", error.Trim());
        Assert.Equal(before, Hash(input));
        Assert.False(File.Exists(Path.Combine(directory, "t.csv")));
    }

    /// <summary>The input values behind the release table's markers (the table's rows and columns are the input's).</summary>
    private static List<string> HiddenValues(List<List<string>> releaseTable)
    {
        Assert.Equal(DistinctRows[0], releaseTable[0]);
        var hidden = new List<string>();
        for (var r = 1; r < releaseTable.Count; r++)
        {
            for (var c = 3; c < releaseTable[r].Count; c++)
            {
                if (releaseTable[r][c] == "*")
                {
                    hidden.Add(DistinctRows[r][c]);
                }
                else
                {
                    Assert.Equal(DistinctRows[r][c], releaseTable[r][c]);
                }
            }
        }

        return hidden;
    }

    /// <summary>Every sheet of a workbook as rows of cell text (inline, shared or number), read with OpenXml.</summary>
    private static Dictionary<string, List<List<string>>> ReadSheets(string path)
    {
        using var document = SpreadsheetDocument.Open(path, isEditable: false);
        var workbook = document.WorkbookPart!;
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        var sheets = new Dictionary<string, List<List<string>>>(StringComparer.Ordinal);
        foreach (var sheet in workbook.Workbook.Sheets!.Elements<Sheet>())
        {
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
            sheets[sheet.Name!] = part.Worksheet.Descendants<Row>().Select(row => row.Elements<Cell>().Select(cell =>
                cell.DataType?.Value == CellValues.SharedString ? shared[int.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)]
                : cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText
                : cell.CellValue?.Text ?? string.Empty).ToList()).ToList();
        }

        return sheets;
    }
}
