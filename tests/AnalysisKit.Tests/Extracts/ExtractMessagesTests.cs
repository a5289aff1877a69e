using AnalysisKit.Extracts;
using static AnalysisKit.Tests.Extracts.ExtractTestData;

namespace AnalysisKit.Tests.Extracts;

/// <summary>The text of each message not already pinned by a corpus or reader test.</summary>
public sealed class ExtractMessagesTests
{
    [Fact]
    public void FileNotFound_NamesThePath()
    {
        var e = Fails(() => CsvExtractReader.Load("/no/such/extract.csv", Monthly));
        Assert.Equal("The extract file '/no/such/extract.csv' does not exist.", e.Message);
    }

    [Fact]
    public void SchemaHasNoColumns_SaysAtLeastOne()
    {
        var e = Assert.Throws<ArgumentException>(() => new ExtractSchema("empty", []));
        Assert.StartsWith("Schema 'empty' declares no columns; expected at least one.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SchemaDuplicateColumn_IgnoresCase()
    {
        var e = Assert.Throws<ArgumentException>(() => new ExtractSchema("twice", [ExtractColumn.Code("Practice"), ExtractColumn.Code("practice")]));
        Assert.StartsWith("Schema 'twice' declares column 'Practice' twice; expected each name once (names are compared ignoring case).", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SchemaUnknownColumn_NamesRoleAndDeclaredColumns()
    {
        var schema = new ExtractSchema("keyed", [ExtractColumn.Code("practice")]) { Key = ["month"] };
        var e = Assert.Throws<ArgumentException>(() => LoadText("practice\n10002\n", schema));
        Assert.Equal("The key column 'month' is not declared in schema 'keyed' (declared: practice).", e.Message);
    }

    [Fact]
    public void RulesNeedPractice_WhenKnownPracticesGivenWithoutPracticeColumn()
    {
        var options = new ExtractLoadOptions { Rules = new ExtractRules { KnownPractices = new HashSet<string>() } };
        var e = Assert.Throws<ArgumentException>(() => LoadText("practice,name,month,items,cost\n", Named, options));
        Assert.Equal("Known-practice checks need schema 'named practices' to name its practice column (ExtractSchema.Practice).", e.Message);
    }

    [Fact]
    public void UnknownColumnAndRowOutOfRange_NameWhatIsLoaded()
    {
        var extract = LoadText("practice,month,items,cost\n10002,2024-01,1,2\n", Monthly);
        var unknown = Assert.Throws<ArgumentException>(() => extract.Reason("list", 0));
        Assert.StartsWith("test.csv has no loaded column 'list' (loaded: practice, month, items, cost).", unknown.Message, StringComparison.Ordinal);
        var range = Assert.Throws<ArgumentOutOfRangeException>(() => extract.Reason("items", 1));
        Assert.StartsWith("row must be in 0..0, the rows of the loaded data; got 1.", range.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RowErrors_CountsRowsAndPointsToQuarantine()
    {
        var first = new ExtractProblem(ExtractProblemKind.NegativeCount, true, "f.csv", 2, "items", "-1", "a count ≥ 0 of items");
        Assert.Equal(
            "f.csv: 1,234 row(s) have errors, so the extract was not loaded (first: f.csv, row 2, column 'items': found '-1'; expected a count ≥ 0 of items (NegativeCount).). " +
            "1,000 problem(s) are listed on the exception. Fix the file, or load with QuarantineBadRows = true to set those rows aside with their reasons.",
            ExtractMessages.RowErrors("f.csv", 1234, 1000, first));
    }

    [Fact]
    public void Problem_LongValue_Shortened()
    {
        var problem = new ExtractProblem(ExtractProblemKind.Unparseable, true, "f.csv", 0, string.Empty, new string('9', 100), "a count");
        Assert.Equal($"f.csv: found '{new string('9', 77)}...'; expected a count (Unparseable).", problem.Message);
    }

    [Fact]
    public void SheetIndexAndHeaderRowOutOfRange_GiveTheValidRange()
    {
        Assert.Equal("w.xlsx: sheet index 5 is out of range; expected 0..2 (0 is the first sheet).", ExtractMessages.SheetIndexOutOfRange("w.xlsx", 5, 3));
        Assert.Equal("w.xlsx [Data]: header row 9 is outside the sheet, which has 4 row(s); expected 1..4.", ExtractMessages.HeaderRowOutOfRange("w.xlsx [Data]", 9, 4));
    }

    [Fact]
    public void DuckDbAndTimeSeriesMessages_SayWhatToDo()
    {
        Assert.Equal("Query result column 'x' has type Guid, which has no DataFrame column; cast it in the query (e.g. to VARCHAR or DOUBLE).",
            ExtractMessages.UnsupportedResultType("x", "Guid"));
        Assert.Equal("A time series needs schema 's' to name its Practice column and a Month Period column.", ExtractMessages.TimeSeriesNeedsPracticeAndMonth("s"));
        Assert.Equal("practice 10002 has two rows for 2024-01; declare Key = [practice, month] so duplicates are reported on load.",
            ExtractMessages.TimeSeriesDuplicate("10002", "2024-01"));
    }

    [Fact]
    public void ExpectedKnownPractice_WithoutLookup_SaysKnownSet()
    {
        Assert.Equal("a practice code in the known set", ExtractMessages.ExpectedKnownPractice(null));
        Assert.Equal("a list size > 0 (a rate per patient is undefined for an empty list)", ExtractMessages.ExpectedPositiveListSize);
    }

    [Fact]
    public void SheetMessages_NameBothSheetsAndTheFix()
    {
        Assert.Equal("sheets must name at least one sheet (ExcelSheet.Named or ExcelSheet.At).", ExtractMessages.NoSheetsGiven);
        Assert.Equal(
            "w.xls [B]: the table's header ('Code', 'List') differs from w.xls [A]'s ('Code', 'Register'); expected the same columns on every sheet.",
            ExtractMessages.SheetHeaderDiffers("w.xls [B]", "w.xls [A]", ["Code", "List"], ["Code", "Register"]));
    }

    [Fact]
    public void StreamTooManyKeys_NamesColumnAndLimit() =>
        Assert.Equal("Column 'bnf_code' has more than 2,097,152 distinct values to group by; expected fewer (group by practice or month, not by row).",
            ExtractMessages.StreamTooManyKeys("bnf_code", 1 << 21));
}
