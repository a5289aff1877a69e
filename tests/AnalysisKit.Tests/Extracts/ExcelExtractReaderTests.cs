using System.Globalization;
using AnalysisKit.Extracts;
using AnalysisKit.Testing;
using Microsoft.Data.Analysis;
using static AnalysisKit.Tests.Extracts.ExtractTestData;

namespace AnalysisKit.Tests.Extracts;

public sealed class ExcelExtractReaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("akit-xlsx-").FullName;

    private static readonly ExtractSchema Prevalence = new("QOF prevalence",
    [
        ExtractColumn.Code("practice"),
        ExtractColumn.Count("pop", "patients"),
        ExtractColumn.Count("asthmareg", "patients"),
        ExtractColumn.Number("asthmaprev", "per 100 patients"),
    ])
    {
        Key = ["practice"],
        Practice = "practice",
    };

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Load_Qof201516DataSheet_FindsHeaderOnRow2AndMatchesTheCsvExtract()
    {
        var extract = ExcelExtractReader.Load(QofXls("20161116_amended_QOF_Scot_201516_Practice_prevalence.xls"), ExcelSheet.Named("Data"), Prevalence);

        // Independent reference: the lossless CSV extract of the same sheet, read as plain text by the test helper.
        var reference = ReferenceCsv.Read(QofCsv("qof_scot_201516_practice_prevalence_Data_sheet.csv"));
        Assert.Equal(reference.Rows.Count, extract.Data.Rows.Count);
        Assert.Equal(966, extract.Data.Rows.Count);
        var expectedPop = reference.Rows.Sum(r => long.Parse(r.Text("pop"), CultureInfo.InvariantCulture));
        Assert.Equal(expectedPop, ((Int64DataFrameColumn)extract.Data.Columns["pop"]).Sum());
        var suppressed = reference.Rows.Count(r => r.Text("asthmareg") == "*");
        Assert.Equal(suppressed, extract.Count("asthmareg", MissingReason.Suppressed));
        Assert.Equal("20161116_amended_QOF_Scot_201516_Practice_prevalence.xls [Data]", extract.Source);
    }

    [Fact]
    public void Load_Qof201213DataSheet_FindsHeaderOnRow1()
    {
        var schema = new ExtractSchema("QOF 2012/13", [ExtractColumn.Code("practice"), ExtractColumn.Count("pop", "patients")]);
        var extract = ExcelExtractReader.Load(QofXls("QOF_Scot_201213_Practice_prevalencev2.xls"), ExcelSheet.Named("Data"), schema);
        var reference = ReferenceCsv.Read(QofCsv("qof_scot_201213_practice_prevalence_Data_sheet.csv"));
        Assert.Equal(reference.Rows.Count, extract.Data.Rows.Count);
        Assert.Equal(reference.Rows[0].Text("practice"), extract.Data.Columns["practice"][0]);
    }

    [Fact]
    public void Load_UnknownSheet_ListsTheWorkbooksSheets()
    {
        var path = QofXls("20161116_amended_QOF_Scot_201516_Practice_prevalence.xls");
        var e = Fails(() => ExcelExtractReader.Load(path, ExcelSheet.Named("Board A"), Prevalence));
        Assert.StartsWith("20161116_amended_QOF_Scot_201516_Practice_prevalence.xls has no sheet 'Board A'; its sheets are 'Notes'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NotesSheetByIndex_SaysHeaderNotFound()
    {
        var path = QofXls("20161116_amended_QOF_Scot_201516_Practice_prevalence.xls");
        var e = Fails(() => ExcelExtractReader.Load(path, ExcelSheet.At(0), Prevalence));
        Assert.Contains("no row among the first 20 names all declared columns", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SussexLookup_ReadsOnlyTheRightHandTable()
    {
        var path = RepoPaths.SharedOrSkip("open-data/eng-pcn-lookup-west-sussex-and-epraccur-2019/GP_PCN_CCG l-up (002).xlsx");
        var schema = new ExtractSchema("PCN lookup", [ExtractColumn.Code("GP code"), ExtractColumn.Code("PCN"), ExtractColumn.Code("CCG")]);
        var extract = ExcelExtractReader.Load(path, ExcelSheet.At(0), schema);
        Assert.Equal(["GP code", "PCN", "CCG"], extract.Data.Columns.Select(c => c.Name));
        Assert.DoesNotContain("Raw data", extract.IgnoredColumns);
        Assert.All(Enumerable.Range(0, (int)extract.Data.Rows.Count), r => Assert.Matches("^[A-Z][0-9]{5}$", (string)extract.Data.Columns["GP code"][r]));
    }

    [Fact]
    public void Load_HeaderOnRow2WithTitleAbove_FoundAndRowsNumberedFromTheSheet()
    {
        var path = Path.Combine(_folder, "title.xlsx");
        TinyXlsx.Write(path, "Data", [["Practice prescribing, 2024"], ["practice", "month", "items", "cost"], ["10002", "2024-01", 12.0, 30.5], ["10017", "2024-01", 12.5, 1.0]]);
        var e = Fails(() => ExcelExtractReader.Load(path, ExcelSheet.Named("data"), Monthly));
        var problem = Assert.Single(e.Problems);
        Assert.Equal("title.xlsx [Data], row 4, column 'items': found '12.5'; expected a whole number (count) (counts are never fractional) (Unparseable).", problem.Message);
    }

    [Fact]
    public void Load_FootnotesBelowTable_CountedInNotes()
    {
        var path = Path.Combine(_folder, "footnote.xlsx");
        TinyXlsx.Write(path, "Data", [["practice", "month", "items", "cost"], ["10002", "2024-01", 12.0, 30.5], [], ["Source: PHS"], ["* suppressed"]]);
        var extract = ExcelExtractReader.Load(path, ExcelSheet.At(0), Monthly);
        Assert.Equal(1, extract.Data.Rows.Count);
        Assert.Equal(["rows 3–5 lie below the table's first blank row and were not read (footnotes?)"], extract.Notes);
    }

    [Fact]
    public void Malformed40_MergedHeaderCell_ExplainsWhyTheHeaderIsNotFound()
    {
        var path = Path.Combine(_folder, "merged.xlsx");
        TinyXlsx.Write(path, "Data",
            [["practice", "prescribing", null, null], [null, "month", "items", "cost"], ["10002", "2024-01", 12.0, 30.5]],
            "A1:A2", "B1:D1");
        var e = Fails(() => ExcelExtractReader.Load(path, ExcelSheet.At(0), Monthly));
        Assert.Equal(
            "merged.xlsx [Data]: no row among the first 3 names all declared columns; the closest is row 2, which lacks 'practice'. " +
            "Merged header cells keep their text only in the first cell: give HeaderRow and name the columns as the first cell reads, or unmerge them.",
            e.Message);
    }

    [Fact]
    public void Malformed32_NotAWorkbook_SaysSo()
    {
        var e = Fails(() => ExcelExtractReader.Load(Malformed("32-not-a-workbook.xlsx"), ExcelSheet.At(0), Monthly));
        Assert.StartsWith("32-not-a-workbook.xlsx could not be read as an Excel workbook (.xlsx or .xls):", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadSheets_Qof201112OneSheetPerBoard_TwoRowHeaderAndEveryPracticeOnce()
    {
        var path = QofXls("QOF_Scot_201112_practices_prevalencev2.xls");
        var schema = new ExtractSchema("QOF 2011/12 by board",
        [
            ExtractColumn.Code("Practice / Code2"),
            ExtractColumn.Count("Practice / List size at 1st Jan 20124", "patients"),
            ExtractColumn.Count("Asthma / Register size6", "patients"),
            ExtractColumn.Code("Sheet"),
        ])
        {
            Key = ["Practice / Code2"],
        };
        var sheets = ExcelExtractReader.SheetNames(path).Select(ExcelSheet.Named).Select(s => s with { HeaderRows = 2 });
        var extract = ExcelExtractReader.LoadSheets(path, sheets, schema, new ExtractLoadOptions { QuarantineBadRows = true });

        var lookup = ReferenceCsv.Read(QofCsv("qof_scot_201112_practice_lookup.csv"));
        // Independent reference: the same year's practice lookup. Every practice loaded is in it (the lookup also lists
        // 34 practices with no prevalence row), and nothing was quarantined or lost: the 22 footnote rows under each
        // board's table are reported in Notes.
        var known = lookup.Rows.Select(r => r.Text("Practice Code")).ToHashSet(StringComparer.Ordinal);
        Assert.All(extract.Data.Columns["Practice / Code2"].Cast<string>(), code => Assert.Contains(code, known));
        Assert.Equal(0, extract.Quarantine.Rows.Count);
        Assert.Equal(14, extract.Notes.Count);
        Assert.Equal(14, extract.Data.Columns["Sheet"].Cast<string>().Distinct().Count());
        Assert.Equal("80626", extract.Data.Columns["Practice / Code2"][0]);
        Assert.Equal(6128L, extract.Data.Columns["Practice / List size at 1st Jan 20124"][0]);
        Assert.Equal(383L, extract.Data.Columns["Asthma / Register size6"][0]);
        Assert.Equal("Ayrshire & Arran", extract.Data.Columns["Sheet"][0]);
    }
}
