using AnalysisKit.Extracts;
using AnalysisKit.Geography;
using AnalysisKit.Testing;
using Microsoft.Data.Analysis;
using static AnalysisKit.Tests.Extracts.ExtractTestData;

namespace AnalysisKit.Tests.Extracts;

/// <summary>
/// Real published files from ../shared/open-data. Expected marker counts are the figures verified in
/// ../shared/open-data/scot-qof-isd-2009-2016/README.md ("Data-quality quirks (verified)"), counted there independently
/// of this code (and re-counted with Python's csv module when these tests were written).
/// </summary>
public sealed partial class CsvExtractReaderTests
{
    private static ExtractSchema QofSchema(string path)
    {
        var header = File.ReadLines(path).First().Split(',');
        var columns = new List<ExtractColumn> { ExtractColumn.Code("practice"), ExtractColumn.Count("pop", "patients") };
        foreach (var name in header)
        {
            if (name.EndsWith("reg", StringComparison.Ordinal))
            {
                columns.Add(ExtractColumn.Count(name, "patients"));
            }
            else if (name.EndsWith("prev", StringComparison.Ordinal) || name.EndsWith("adpf", StringComparison.Ordinal))
            {
                columns.Add(ExtractColumn.Number(name, name.EndsWith("prev", StringComparison.Ordinal) ? "per 100 patients" : "ratio"));
            }
        }

        return new ExtractSchema("QOF prevalence", columns) { Key = ["practice"], Practice = "practice" };
    }

    private static long Total(Extract extract, MissingReason reason) =>
        extract.Schema.Columns.Sum(c => extract.Count(c.Name, reason));

    [Fact]
    public void Load_Qof201516_StarsLoadAsSuppressedNeverZero()
    {
        var path = QofCsv("qof_scot_201516_practice_prevalence_Data_sheet.csv");
        var extract = CsvExtractReader.Load(path, QofSchema(path));
        Assert.Equal(966, extract.Data.Rows.Count);
        Assert.Equal(1058, Total(extract, MissingReason.Suppressed));
        Assert.Equal(0, Total(extract, MissingReason.NotApplicable) + Total(extract, MissingReason.NotAvailable) + Total(extract, MissingReason.Blank));
        Assert.All(extract.Schema.Columns.Where(c => c.Type == ExtractColumnType.Count),
            c => Assert.IsType<Int64DataFrameColumn>(extract.Data.Columns[c.Name]));
    }

    [Fact]
    public void Load_Qof201314_StarsSuppressedAndXNotAvailable()
    {
        var path = QofCsv("qof_scot_201314_practice_prevalence_Data_sheet.csv");
        var extract = CsvExtractReader.Load(path, QofSchema(path));
        Assert.Equal(2168, Total(extract, MissingReason.Suppressed));
        Assert.Equal(214, Total(extract, MissingReason.NotAvailable));
    }

    [Fact]
    public void Load_Qof201415_TwoRepeatedPracticesStopTheLoad()
    {
        var path = QofCsv("qof_scot_201415_practice_prevalence_Data_sheet.csv");
        var e = Fails(() => CsvExtractReader.Load(path, QofSchema(path)));
        Assert.Equal(2, e.Problems.Count);
        Assert.All(e.Problems, p => Assert.Equal(ExtractProblemKind.DuplicateKey, p.Kind));
        Assert.StartsWith("qof_scot_201415_practice_prevalence_Data_sheet.csv: 2 row(s) have errors, so the extract was not loaded", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_Qof201415Quarantined_EveryRowAccountedFor()
    {
        var path = QofCsv("qof_scot_201415_practice_prevalence_Data_sheet.csv");
        var extract = CsvExtractReader.Load(path, QofSchema(path), new ExtractLoadOptions { QuarantineBadRows = true });
        Assert.Equal(978, extract.Data.Rows.Count);
        Assert.Equal(2, extract.Quarantine.Rows.Count);
        Assert.Equal(980L, extract.RowsRead);
    }

    [Fact]
    public void Load_Qof201415DashesWithYearMarkers_LoadAsSuppressed()
    {
        var path = QofCsv("qof_scot_201415_practice_prevalence_Data_sheet.csv");
        var options = new ExtractLoadOptions
        {
            QuarantineBadRows = true,
            Markers = new Dictionary<string, MissingReason> { ["-"] = MissingReason.Suppressed },
        };
        var defaults = CsvExtractReader.Load(path, QofSchema(path), options with { Markers = null });
        var yearAware = CsvExtractReader.Load(path, QofSchema(path), options);

        // 3,538 dash cells in the file; the 2 quarantined duplicate rows hold none of them (both loads agree on the total).
        Assert.Equal(3538, Total(defaults, MissingReason.NotApplicable));
        Assert.Equal(3538, Total(yearAware, MissingReason.Suppressed));
    }

    [Fact]
    public void Load_PhsPopulationSample_QualifierColumnsKeptAndDerivedRowsPresent()
    {
        var path = RepoPaths.SharedOrSkip("open-data/scot-gp-practice-populations-sample/example_gp_data.csv");
        var schema = new ExtractSchema("GP practice populations",
        [
            ExtractColumn.Date("Date"), ExtractColumn.Code("PracticeCode"), ExtractColumn.Code("Sex"),
            ExtractColumn.Count("AllAges", "patients"), ExtractColumn.Count("Ages0to4", "patients"), ExtractColumn.Count("Ages85plus", "patients"),
        ])
        {
            Key = ["Date", "PracticeCode", "Sex"],
        };
        var extract = CsvExtractReader.Load(path, schema);
        Assert.Equal(18, extract.Data.Rows.Count);
        Assert.Equal(["Date", "PracticeCode", "Sex", "SexQF", "AllAges", "AllAgesQF", "Ages0to4", "Ages0To4QF", "Ages85plus", "Ages85PlusQF"],
            extract.Data.Columns.Select(c => c.Name));
        Assert.Equal("d", extract.Data.Columns["SexQF"][2]);
        Assert.Equal(8251L, extract.Data.Columns["AllAges"][2]);
        Assert.Equal(new DateTime(2024, 4, 1), extract.Data.Columns["Date"][0]);
        Assert.Contains("datasetID", extract.IgnoredColumns);
    }

    [Fact]
    public void Load_OpenPrescribingManchester_ZeroListSizesQuarantinedAndCounted()
    {
        var path = RepoPaths.SharedOrSkip("open-data/eng-openprescribing-antibacterials-manchester-ccg/items_for_antibacterial_drugs_per_1000_patients_on_list.csv");
        var schema = new ExtractSchema("antibacterial items",
        [
            ExtractColumn.Date("date"), ExtractColumn.Code("id"), ExtractColumn.Count("y_items", "items"),
            ExtractColumn.Number("y_actual_cost", "GBP"), ExtractColumn.Count("total_list_size", "patients"),
        ])
        {
            Key = ["id", "date"],
        };
        var options = new ExtractLoadOptions { QuarantineBadRows = true, Rules = new ExtractRules { ListSize = "total_list_size" } };
        var extract = CsvExtractReader.Load(path, schema, options);

        // Independent count: rows whose last field is exactly "0", read line by line without the loader.
        var zeroLists = File.ReadLines(path).Skip(1).Count(l => l.EndsWith(",0", StringComparison.Ordinal));
        Assert.True(zeroLists > 0);
        Assert.Equal(zeroLists, extract.Quarantine.Rows.Count);
        Assert.Equal(File.ReadLines(path).Count() - 1, extract.RowsRead);
        Assert.All(extract.Problems, p => Assert.Equal(ExtractProblemKind.ListSizeZero, p.Kind));
    }

    [Fact]
    public void Load_GeographyLookup_UnknownPracticeNamesLookupDate()
    {
        var options = new ExtractLoadOptions { Rules = new ExtractRules { Geography = new OnePracticeLookup("10002") } };
        var e = Fails(() => LoadText("practice,month,items,cost\n10002,2024-01,1,1\n10017,2024-01,1,1\n", Monthly, options));
        Assert.Equal(
            "test.csv, row 3, column 'practice': found '10017'; expected a practice code in the geography lookup effective 2024-04-01 (UnknownPractice).",
            Assert.Single(e.Problems).Message);
    }

    [Fact]
    public void Load_MissingMonthAndJump_AreWarningsNotErrors()
    {
        var options = new ExtractLoadOptions { Rules = new ExtractRules { JumpColumns = ["items"] } };
        var csv = "practice,month,items,cost\n10002,2024-01,20,1\n10002,2024-02,100,1\n10002,2024-04,90,1\n10017,2024-01,5,1\n10017,2024-02,14,1\n10017,2024-03,12,1\n10017,2024-04,11,1\n";
        var extract = LoadText(csv, Monthly, options);
        Assert.Equal(7, extract.Data.Rows.Count);
        Assert.Equal(
        [
            "test.csv, column 'month': found '10002 2024-03'; expected a row for every month 2024-01 to 2024-04 (MissingMonth).",
            "test.csv, row 3, column 'items': found '100'; expected practice 10002 to change by less than 3× from the previous month's 20 (ImplausibleJump).",
        ], extract.Warnings.Select(w => w.Message));

        // 5 → 14 is 2.8× (below 3×); 20 → 100 is 5×; 100 → 90 spans a missing month so is not compared.
    }

    private sealed class OnePracticeLookup(string code) : IGeographyLookup
    {
        public DateOnly EffectiveDate => new(2024, 4, 1);

        public string? AreaCode(string practiceCode, GeographyLevel level) => practiceCode == code ? "S99" : null;

        public bool IsComparable(string practiceCode) => practiceCode == code;
    }
}
