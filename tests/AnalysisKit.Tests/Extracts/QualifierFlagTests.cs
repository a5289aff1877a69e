using AnalysisKit.Extracts;

namespace AnalysisKit.Tests.Extracts;

/// <summary>An unexpected …QF flag is an error naming file, row and column, never read as "present".</summary>
public class QualifierFlagTests
{
    private static readonly ExtractSchema Schema = new("populations", [ExtractColumn.Code("PracticeCode"), ExtractColumn.Count("AllAges", "patients")]);

    [Fact]
    public void Load_UnexpectedQualifierFlag_RowErrorNamingFileRowAndColumn()
    {
        var error = Assert.Throws<ExtractLoadException>(() => CsvExtractReader.Load(new StringReader("PracticeCode,AllAges,AllAgesQF\n10002,8251,\n10017,7272,q\n"), "pop.csv", Schema));

        var problem = Assert.Single(error.Problems);
        Assert.Equal((ExtractProblemKind.UnknownQualifier, 3L, "AllAgesQF", "q"), (problem.Kind, problem.Row, problem.Column, problem.Value));
        Assert.Equal("pop.csv, row 3, column 'AllAgesQF': found 'q'; expected " + ExtractMessages.ExpectedQualifier + " (UnknownQualifier).", problem.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("d")]
    [InlineData("p")]
    [InlineData("r")]
    [InlineData("e")]
    public void Load_QualifierOfAPresentValue_Loads(string flag)
    {
        var extract = CsvExtractReader.Load(new StringReader($"PracticeCode,AllAges,AllAgesQF\n10002,8251,{flag}\n"), "pop.csv", Schema);
        Assert.Equal(8251L, extract.Data.Columns["AllAges"][0]);
    }
}
