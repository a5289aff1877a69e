using System.Globalization;
using AnalysisKit.Geography;
using AnalysisKit.Testing;

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

    [Fact]
    public void Create_Defaults_AreTheEsp2013Bands()
    {
        // phsmethods' defaults (from 0, to 90, by 5) are documented as the European Standard Population groups.
        var groups = AgeBandSet.Create();
        Assert.Equal(AgeBandSet.Esp2013.Labels, groups.Labels);
        Assert.Equal(AgeBandSet.Esp2013.Bands.Select(b => b.ColumnName), groups.Bands.Select(b => b.ColumnName));
    }

    [Fact]
    public void Create_ReproducesPhsmethodsCreateAgeGroups()
    {
        // Expected: phsmethods' own create_age_groups run by TestData/Derivations/phsmethods.R (see PROVENANCE.md in
        // TestData/Geography): groups for 23 ages under 8 settings, and the as_factor levels.
        var rows = ReferenceCsv.Read(Path.Combine(AppContext.BaseDirectory, "TestData", "Geography", "phsmethods_create_age_groups.csv")).Rows;
        foreach (var setting in rows.GroupBy(r => (From: (int)r.Double("from"), To: (int)r.Double("to"), By: (int)r.Double("by"))))
        {
            var set = AgeBandSet.Create(setting.Key.From, setting.Key.To, setting.Key.By);
            Assert.Equal(setting.First().Text("levels").Split('|'), set.Labels);
            foreach (var row in setting)
            {
                var age = row.Text("age") == "NA" ? (double?)null : double.Parse(row.Text("age"), CultureInfo.InvariantCulture);
                var expected = row.Text("group") == "NA" ? null : row.Text("group");
                Assert.True(expected == set.GroupOf(age)?.Label, $"{setting.Key} age {row.Text("age")}: expected {expected ?? "NA"}, got {set.GroupOf(age)?.Label ?? "NA"}");
            }
        }
    }

    [Fact]
    public void Create_PhsmethodsOwnTestCases()
    {
        // phsmethods tests/testthat/test-create_age_groups.R, "Return correct age groups" (expected values restated).
        Assert.Equal(new string?[] { "0-9", "50-59", "20-29", "80+" }.AsEnumerable(), Groups(AgeBandSet.Create(0, 80, 10), 4, 51, 21, 89));
        Assert.Equal(new string?[] { "5-9", "90+", "40-44", "55-59", "10-14" }.AsEnumerable(), Groups(AgeBandSet.Create(0, 90, 5), 8, 94, 44, 55, 14));
        Assert.Equal(new string?[] { "79-81", "82+", "31-33", "10-12" }.AsEnumerable(), Groups(AgeBandSet.Create(4, 84, 3), 81, 86, 33, 11));
        Assert.Equal(new string?[] { null, "90+", "90+", "5-9", "5-9" }.AsEnumerable(), Groups(AgeBandSet.Create(5, 90, 5), 0, 99, 1000, 5, 5));
    }

    [Fact]
    public void Create_InvalidArguments_ErrorSaysWhatIsAllowed()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => AgeBandSet.Create(10, 5, 5));
        Assert.Equal("to", error.ParamName);
        Assert.StartsWith("create_age_groups(from = 10, to = 5, by = 5) is not valid: from must be ≥ 0, to ≥ from and by ≥ 1 (whole years).",
            error.Message);
        Assert.Equal("by", Assert.Throws<ArgumentOutOfRangeException>(() => AgeBandSet.Create(0, 90, 0)).ParamName);
    }

    [Fact]
    public void GroupOf_NegativeAge_IsRefused_AndBelowTheYoungestBandIndexOfAgeSaysSo()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => AgeBandSet.Esp2013.GroupOf(-1));
        Assert.StartsWith("age = -1 is not an age; give a finite number of years ≥ 0, or null when missing.", error.Message);
        var below = Assert.Throws<ArgumentOutOfRangeException>(() => AgeBandSet.Create(18, 64, 1).IndexOfAge(16));
        Assert.StartsWith("Age 16 is below the youngest band (18-18) of ages 18 to 64 by 1 (47 bands).", below.Message);
    }

    private static IEnumerable<string?> Groups(AgeBandSet set, params double[] ages) => ages.Select(a => set.GroupOf(a)?.Label).ToArray();
}
