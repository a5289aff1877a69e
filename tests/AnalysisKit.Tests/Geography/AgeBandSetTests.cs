using AnalysisKit.Geography;

namespace AnalysisKit.Tests.Geography;

public sealed class AgeBandSetTests
{
    [Fact]
    public void Esp2013_Labels_AreExactlyTheNineteenPublishedBands()
    {
        // Eurostat (2013) Revision of the European Standard Population, table 3.1: 0-4, 5-9, …, 85-89, 90+.
        string[] expected =
            ["0-4", "5-9", "10-14", "15-19", "20-24", "25-29", "30-34", "35-39", "40-44", "45-49",
             "50-54", "55-59", "60-64", "65-69", "70-74", "75-79", "80-84", "85-89", "90+"];
        Assert.Equal(expected, AgeBandSet.Esp2013.Bands.Select(b => b.Label));
        Assert.Equal("Ages90plus", AgeBandSet.Esp2013.Bands[^1].ColumnName);
        Assert.Equal("Ages45to49", AgeBandSet.Esp2013.Bands[9].ColumnName);
    }

    [Fact]
    public void PhsOpenData_Columns_AreThePublishedValueColumns()
    {
        string[] expected = ["Ages0to4", "Ages5to14", "Ages15to24", "Ages25to44", "Ages45to64", "Ages65to74", "Ages75to84", "Ages85plus"];
        Assert.Equal(expected, AgeBandSet.PhsOpenData.Bands.Select(b => b.ColumnName));
    }

    [Theory]
    [InlineData(0, "0-4")]
    [InlineData(4, "0-4")]
    [InlineData(5, "5-9")]
    [InlineData(89, "85-89")]
    [InlineData(90, "90+")]
    [InlineData(107, "90+")]
    public void IndexOfAge_BandEdges_FallInTheRightBand(int age, string label) =>
        Assert.Equal(label, AgeBandSet.Esp2013.Bands[AgeBandSet.Esp2013.IndexOfAge(age)].Label);

    [Fact]
    public void Bands_AreContiguousFromZero()
    {
        foreach (var set in new[] { AgeBandSet.Esp2013, AgeBandSet.PhsOpenData })
        {
            Assert.Equal(0, set.Bands[0].LowerAge);
            for (var i = 1; i < set.Count; i++)
            {
                Assert.Equal(set.Bands[i - 1].UpperAge + 1, set.Bands[i].LowerAge);
            }

            Assert.Null(set.Bands[^1].UpperAge);
        }
    }

    [Fact]
    public void IndexOf_UnknownLabel_ListsTheLabels()
    {
        var error = Assert.Throws<ArgumentException>(() => AgeBandSet.PhsOpenData.IndexOf("85-89"));
        Assert.StartsWith(
            "Age band '85-89' is not in PHS open data (8 bands). Expected one of 0-4, 5-14, 15-24, 25-44, 45-64, 65-74, 75-84, 85+.",
            error.Message);
    }

    [Fact]
    public void PracticePopulation_WrongNumberOfBands_SaysHowMany()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            new PracticePopulation("10002", new DateOnly(2024, 1, 1), AgeBandSet.PhsOpenData, [1, 2, 3], [1, 2, 3, 4, 5, 6, 7, 8]));
        Assert.StartsWith("female has 3 counts but PHS open data (8 bands) has 8 bands.", error.Message);
        var negative = Assert.Throws<ArgumentException>(() =>
            new PracticePopulation("10002", new DateOnly(2024, 1, 1), AgeBandSet.PhsOpenData, [1, 2, 3, 4, 5, 6, 7, -8], [1, 2, 3, 4, 5, 6, 7, 8]));
        Assert.StartsWith("Practice '10002' has a negative count of patients; list sizes are 0 or more.", negative.Message);
    }
}
