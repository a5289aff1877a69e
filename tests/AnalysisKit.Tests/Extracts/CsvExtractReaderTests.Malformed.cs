using System.Text;
using AnalysisKit.Extracts;
using Microsoft.Data.Analysis;
using static AnalysisKit.Tests.Extracts.ExtractTestData;

namespace AnalysisKit.Tests.Extracts;

/// <summary>The bad-input corpus in TestData/Extracts/Malformed (see its README.md): one test per file.</summary>
public sealed partial class CsvExtractReaderTests
{
    private static Extract LoadFile(string file, ExtractSchema? schema = null, ExtractLoadOptions? options = null) =>
        CsvExtractReader.Load(Malformed(file), schema ?? Monthly, options);

    private static ExtractLoadException FailsFile(string file, ExtractSchema? schema = null, ExtractLoadOptions? options = null) =>
        Fails(() => LoadFile(file, schema, options));

    [Fact]
    public void Malformed01_EmptyFile_SaysNoHeader()
    {
        var e = FailsFile("01-empty.csv");
        Assert.Equal("01-empty.csv is empty or has no header row; expected a first row naming the columns.", e.Message);
    }

    [Fact]
    public void Malformed02_HeaderOnly_LoadsNoRowsWithTypedColumns()
    {
        var extract = LoadFile("02-header-only.csv");
        Assert.Equal(0, extract.Data.Rows.Count);
        Assert.IsType<Int64DataFrameColumn>(extract.Data.Columns["items"]);
        Assert.IsType<DoubleDataFrameColumn>(extract.Data.Columns["cost"]);
        Assert.Empty(extract.Problems);
    }

    [Fact]
    public void Malformed03_SemicolonDelimiter_NamesMissingColumnsAndSuggestsDelimiter()
    {
        var e = FailsFile("03-semicolon-delimiter.csv");
        Assert.Contains("lacks column(s) 'practice', 'month', 'items', 'cost'", e.Message, StringComparison.Ordinal);
        Assert.Contains("is the delimiter not ','?", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed03_SemicolonDelimiter_LoadsWhenDelimiterGiven()
    {
        var extract = LoadFile("03-semicolon-delimiter.csv", options: new ExtractLoadOptions { Delimiter = ';' });
        Assert.Equal(12L, extract.Data.Columns["items"][0]);
    }

    [Fact]
    public void Malformed04_TabDelimitedReadAsComma_FailsThenLoadsWithTab()
    {
        var e = FailsFile("04-tab-delimited.tsv");
        Assert.Contains("is the delimiter not ','?", e.Message, StringComparison.Ordinal);
        var extract = LoadFile("04-tab-delimited.tsv", options: new ExtractLoadOptions { Delimiter = '\t' });
        Assert.Equal(2, extract.Data.Rows.Count);
    }

    [Fact]
    public void Malformed05_ShortRow_ReportsRaggedRowWithRowAndCount()
    {
        var e = FailsFile("05-ragged-short-row.csv");
        var problem = Assert.Single(e.Problems);
        Assert.Equal(ExtractProblemKind.RaggedRow, problem.Kind);
        Assert.Equal(2, problem.Row);
        Assert.Equal("05-ragged-short-row.csv, row 2: found '3 fields'; expected 4 fields, as in the header (RaggedRow).", problem.Message);
    }

    [Fact]
    public void Malformed06_LongRow_QuarantinedWithExtraFieldKept()
    {
        var extract = LoadFile("06-ragged-long-row.csv", options: new ExtractLoadOptions { QuarantineBadRows = true });
        Assert.Equal(1, extract.Data.Rows.Count);
        Assert.Equal(1, extract.Quarantine.Rows.Count);
        Assert.Equal("extra", extract.Quarantine.Columns["ExtraFields"][0]);
        Assert.Equal(2L, extract.RowsRead);
    }

    [Fact]
    public void Malformed07_UnterminatedQuote_IsAnErrorNotASilentMerge()
    {
        var e = FailsFile("07-unterminated-quote.csv");
        Assert.Equal(
            "07-unterminated-quote.csv, row 3: the CSV is malformed (A quoted field at the end of the input ends without a closing quote.); expected RFC 4180 quoting.",
            e.Message);
    }

    [Fact]
    public void Malformed08_InvalidUtf8_NamesEncodingAndFix()
    {
        var e = FailsFile("08-invalid-utf8.csv");
        Assert.StartsWith("08-invalid-utf8.csv is not valid utf-8", e.Message, StringComparison.Ordinal);
        Assert.Contains("ExtractLoadOptions.Windows1252", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed09_Windows1252_FailsAsUtf8AndLoadsAs1252()
    {
        FailsFile("09-windows-1252.csv", Named);
        var extract = LoadFile("09-windows-1252.csv", Named, new ExtractLoadOptions { Encoding = ExtractLoadOptions.Windows1252 });
        Assert.Equal("Caf\u00e9 Surgery", extract.Data.Columns["name"][0]);
    }

    [Fact]
    public void Malformed10_Utf8Bom_FirstColumnStillFound()
    {
        var extract = LoadFile("10-utf8-bom.csv");
        Assert.Equal("10002", extract.Data.Columns["practice"][0]);
    }

    [Fact]
    public void Malformed11_ThousandsSeparator_RejectedWithHint()
    {
        var problem = Assert.Single(FailsFile("11-thousands-separators.csv").Problems);
        Assert.Equal(
            "11-thousands-separators.csv, row 2, column 'items': found '1,234'; expected a whole number (count) without thousands separators (Unparseable).",
            problem.Message);
    }

    [Fact]
    public void Malformed12_TrailingSpaces_TrimmedFromHeaderAndValues()
    {
        var extract = LoadFile("12-trailing-spaces.csv");
        Assert.Equal("10002", extract.Data.Columns["practice"][0]);
        Assert.Equal(12L, extract.Data.Columns["items"][0]);
        Assert.Equal(30.5, extract.Data.Columns["cost"][0]);
    }

    [Fact]
    public void Malformed13_IsoDate_Loads()
    {
        Assert.Equal(new DateTime(2024, 4, 1), LoadFile("13-dates-iso.csv", Dated).Data.Columns["date"][0]);
    }

    [Fact]
    public void Malformed14_DayMonthYearDate_RejectedNamingAcceptedFormats()
    {
        var problem = Assert.Single(FailsFile("14-dates-day-month-year.csv", Dated).Problems);
        Assert.Equal(
            "14-dates-day-month-year.csv, row 2, column 'date': found '01/04/2024'; expected a date as yyyy-MM-dd or yyyyMMdd (Unparseable).",
            problem.Message);
    }

    [Fact]
    public void Malformed15_PhsCompactDate_Loads()
    {
        Assert.Equal(new DateTime(2024, 4, 1), LoadFile("15-dates-phs-yyyymmdd.csv", Dated).Data.Columns["date"][0]);
    }

    [Fact]
    public void Malformed16_MixedDates_QuarantinesOnlyTheAmbiguousRow()
    {
        var extract = LoadFile("16-dates-mixed.csv", Dated, new ExtractLoadOptions { QuarantineBadRows = true });
        Assert.Equal(2, extract.Data.Rows.Count);
        Assert.Equal(3L, extract.Quarantine.Columns["SourceRow"][0]);
        Assert.Equal("01/04/2024", extract.Quarantine.Columns["date"][0]);
    }

    [Fact]
    public void Malformed17_Markers_LoadAsMissingWithTheirReasons()
    {
        var extract = LoadFile("17-suppression-markers.csv");
        MissingReason[] items = [MissingReason.Suppressed, MissingReason.Suppressed, MissingReason.NotAvailable, MissingReason.Present, MissingReason.Blank];
        MissingReason[] cost = [MissingReason.Present, MissingReason.NotAvailable, MissingReason.NotApplicable, MissingReason.NotApplicable, MissingReason.NotAvailable];
        Assert.Equal(items, Enumerable.Range(0, 5).Select(r => extract.Reason("items", r)));
        Assert.Equal(cost, Enumerable.Range(0, 5).Select(r => extract.Reason("cost", r)));
        Assert.Equal(0L, extract.Data.Columns["items"][3]);
        Assert.Null(extract.Data.Columns["items"][0]);
    }

    [Fact]
    public void Malformed18_QualifierColumns_GiveReasonsAndAreKept()
    {
        var extract = LoadFile("18-qf-columns.csv");
        MissingReason[] expected = [MissingReason.Suppressed, MissingReason.NotAvailable, MissingReason.NotApplicable, MissingReason.Present, MissingReason.Present];
        Assert.Equal(expected, Enumerable.Range(0, 5).Select(r => extract.Reason("items", r)));
        Assert.Equal("d", extract.Data.Columns["itemsQF"][3]);
        Assert.Equal(0L, extract.Data.Columns["items"][4]);
    }

    [Fact]
    public void Malformed19_QualifierFlagsAPresentValue_IsAnError()
    {
        var problem = Assert.Single(FailsFile("19-qf-flag-with-value.csv").Problems);
        Assert.Equal(
            "19-qf-flag-with-value.csv, row 2, column 'items': found '5'; expected an empty cell because itemsQF flags it Suppressed (FlaggedValuePresent).",
            problem.Message);
    }

    [Fact]
    public void Malformed20_NegativeCount_IsAnError()
    {
        var problem = Assert.Single(FailsFile("20-negative-count.csv").Problems);
        Assert.Equal("20-negative-count.csv, row 2, column 'items': found '-3'; expected a count ≥ 0 of items (NegativeCount).", problem.Message);
    }

    [Fact]
    public void Malformed21_FractionalCount_IsAnErrorNotATruncation()
    {
        var problem = Assert.Single(FailsFile("21-decimal-count.csv").Problems);
        Assert.Equal("a whole number (count) (counts are never fractional)", problem.Expected);
    }

    [Fact]
    public void Malformed22_DuplicateKey_SecondRowReported()
    {
        var problem = Assert.Single(FailsFile("22-duplicate-key.csv").Problems);
        Assert.Equal(
            "22-duplicate-key.csv, row 4, column 'practice+month': found '10002+2024-01'; expected each key once (an earlier row has the same key) (DuplicateKey).",
            problem.Message);
    }

    [Fact]
    public void Malformed23_BlankRequiredCode_IsAnError()
    {
        var problem = Assert.Single(FailsFile("23-missing-required.csv").Problems);
        Assert.Equal(ExtractProblemKind.RequiredBlank, problem.Kind);
        Assert.Equal("practice", problem.Column);
    }

    [Fact]
    public void Malformed24_MissingColumn_NamedWithTheHeaderFound()
    {
        var e = FailsFile("24-missing-column.csv");
        Assert.Equal(
            "24-missing-column.csv lacks column(s) 'cost' that the 'monthly prescribing' schema requires; the header has 'practice', 'month', 'items'.",
            e.Message);
    }

    [Fact]
    public void Malformed25_DuplicateHeader_NamesBothPositions()
    {
        var e = FailsFile("25-duplicate-header.csv");
        Assert.Equal(
            "25-duplicate-header.csv: column 'items' appears twice in the header (columns 3 and 4); expected each declared column once.",
            e.Message);
    }

    [Fact]
    public void Malformed26_EmbeddedNewlineAndEscapedQuotes_Load()
    {
        var extract = LoadFile("26-embedded-newline.csv", Named);
        Assert.Equal("Line one\nline two", extract.Data.Columns["name"][0]);
        Assert.Equal("Quoted \"name\"", extract.Data.Columns["name"][1]);
    }

    [Fact]
    public void Malformed27_CrLfLineEndings_Load()
    {
        var extract = LoadFile("27-crlf-line-endings.csv");
        Assert.Equal(2, extract.Data.Rows.Count);
        Assert.Equal(12.25, extract.Data.Columns["cost"][1]);
    }

    [Fact]
    public void Malformed28_BlankLine_ReportedNotSkippedSilently()
    {
        var extract = LoadFile("28-blank-line.csv", options: new ExtractLoadOptions { QuarantineBadRows = true });
        Assert.Equal(2 + extract.Quarantine.Rows.Count, extract.RowsRead);
        Assert.Equal(2, extract.Data.Rows.Count);
    }

    [Fact]
    public void Malformed29_NaNAndInfinity_AreNotNumbers()
    {
        var e = FailsFile("29-nan-infinity.csv");
        Assert.Equal(["NaN", "Infinity"], e.Problems.Select(p => p.Value));
    }

    [Fact]
    public void Malformed30_ImpossibleMonth_IsAnError()
    {
        var problem = Assert.Single(FailsFile("30-impossible-month.csv").Problems);
        Assert.Equal("a month as yyyy-MM or yyyyMM", problem.Expected);
    }

    [Fact]
    public void Malformed31_CommaDecimal_RejectedWithHint()
    {
        var problem = Assert.Single(FailsFile("31-comma-decimal.csv", options: new ExtractLoadOptions { Delimiter = ';' }).Problems);
        Assert.Equal("a number with '.' as the decimal point without thousands separators", problem.Expected);
    }

    [Fact]
    public void Malformed33_NumeratorAboveDenominator_IsAnError()
    {
        var options = new ExtractLoadOptions { Rules = new ExtractRules { NumeratorDenominator = [("register", "listsize")] } };
        var problem = Assert.Single(FailsFile("33-numerator-above-denominator.csv", Register, options).Problems);
        Assert.Equal(
            "33-numerator-above-denominator.csv, row 2, column 'register': found '120'; expected at most listsize = 100 (NumeratorAboveDenominator).",
            problem.Message);
    }

    [Fact]
    public void Malformed34_ListSizeZero_IsAnError()
    {
        var options = new ExtractLoadOptions { Rules = new ExtractRules { ListSize = "listsize" } };
        var problem = Assert.Single(FailsFile("34-list-size-zero.csv", Register, options).Problems);
        Assert.Equal(ExtractProblemKind.ListSizeZero, problem.Kind);
        Assert.Equal(2, problem.Row);
    }

    [Fact]
    public void Malformed35_UnknownPractice_QuarantinedAndCounted()
    {
        var options = new ExtractLoadOptions
        {
            QuarantineBadRows = true,
            Rules = new ExtractRules { KnownPractices = new HashSet<string>(StringComparer.Ordinal) { "10002" } },
        };
        var extract = LoadFile("35-unknown-practice.csv", options: options);
        Assert.Equal(1, extract.Data.Rows.Count);
        Assert.Equal(
            "35-unknown-practice.csv, row 3, column 'practice': found '99999'; expected a practice code in the known set (UnknownPractice).",
            extract.Quarantine.Columns["Problems"][0]);
    }

    [Fact]
    public void Malformed36_WhitespaceOnly_SaysNoHeader()
    {
        var e = FailsFile("36-whitespace-only.csv");
        Assert.StartsWith("36-whitespace-only.csv is empty or has no header row", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed37_QuoteInsideUnquotedField_KeptAsText()
    {
        var extract = LoadFile("37-quote-inside-unquoted-field.csv", Named);
        Assert.Equal("Dr \"Smith\" Practice", extract.Data.Columns["name"][0]);
    }

    [Fact]
    public void Malformed38_CountBeyondInt64_IsAnErrorNotAnOverflow()
    {
        var problem = Assert.Single(FailsFile("38-huge-count.csv").Problems);
        Assert.Equal(ExtractProblemKind.Unparseable, problem.Kind);
        Assert.Equal("99999999999999999999", problem.Value);
    }

    [Fact]
    public void Malformed39_TenMegabyteField_StopsWithRecordTooLarge()
    {
        var path = Path.Combine(Path.GetTempPath(), "akit-10mb-field-" + Environment.ProcessId + ".csv");
        try
        {
            using (var writer = new StreamWriter(path, false, new UTF8Encoding(false)))
            {
                writer.Write("practice,name,month,items,cost\n10002,\"");
                writer.Write(new string('a', 10 * 1024 * 1024));
                writer.Write("\",2024-01,12,30.50\n");
            }

            var e = Fails(() => CsvExtractReader.Load(path, Named));
            Assert.Contains("row 2: a record is longer than 1,048,576 characters", e.Message, StringComparison.Ordinal);
            var extract = CsvExtractReader.Load(path, Named, new ExtractLoadOptions { MaxFieldLength = 16 * 1024 * 1024 });
            Assert.Equal(10 * 1024 * 1024, ((string)extract.Data.Columns["name"][0]).Length);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
