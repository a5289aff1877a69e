using AnalysisKit.Geography;
using AnalysisKit.Testing;

namespace AnalysisKit.Tests.Geography;

public sealed class OpenDataPracticeReaderTests
{
    private const string Folder = "open-data/scot-gp-practice-populations-sample";

    private static PracticeLookup ReadRealSample() =>
        OpenDataPracticeReader.Read(
            RepoPaths.SharedOrSkip($"{Folder}/example_gp_metadata.csv"),
            RepoPaths.SharedOrSkip($"{Folder}/example_gp_data.csv"));

    [Fact]
    public void Read_RealSample_PlacesPracticesAsPublished()
    {
        var hierarchy = ReadRealSample().AsAt(new DateOnly(2024, 4, 1));
        Assert.Equal(["10002", "10017"], hierarchy.Practices.Select(p => p.Code));
        Assert.Equal("Dundee 4", hierarchy.AreaCode("10002", GeographyLevel.Cluster));
        Assert.Equal("Strathearn Cluster", hierarchy.AreaCode("10017", GeographyLevel.Cluster));
        Assert.Equal("S37000033", hierarchy.AreaCode("10017", GeographyLevel.Hscp));
        Assert.Equal("S08000030", hierarchy.AreaCode("10002", GeographyLevel.Board));
        Assert.True(hierarchy.IsComparable("10002"));
        Assert.Empty(hierarchy.Exclusions);
    }

    [Fact]
    public void Read_RealSample_ListSizesByDateSexAndBandAsPublished()
    {
        // Values read by eye from example_gp_data.csv (20240401 and 20240101 rows of practice 10002).
        var lookup = ReadRealSample();
        var april = lookup.AsAt(new DateOnly(2024, 4, 1)).Practice("10002")!.Population!;
        Assert.Equal(8251, april.Total);
        Assert.Equal(186, april.Count(Sex.Male, "0-4"));
        Assert.Equal(101, april.Count(Sex.Female, "85+"));
        Assert.Equal(4195, april.SexTotal(Sex.Female));
        var january = lookup.AsAt(new DateOnly(2024, 3, 31)).Practice("10002")!.Population!;
        Assert.Equal((new DateOnly(2024, 1, 1), 8274), (january.Date, january.Total));
        Assert.Null(lookup.AsAt(new DateOnly(2023, 9, 30)).Practice("10002"));
    }

    [Fact]
    public void Read_AllRowNotEqualToFemalePlusMale_NamesTheBand()
    {
        var metadata = RepoPaths.SharedOrSkip($"{Folder}/example_gp_metadata.csv");
        var data = File.ReadAllLines(RepoPaths.SharedOrSkip($"{Folder}/example_gp_data.csv"));
        // Line 4 is practice 10002's All row for 20240401: change its 0-4 count from 362 to 363 and AllAges from 8251 to 8252.
        Assert.Contains(",All,d,8251,,362,", data[3], StringComparison.Ordinal);
        data[3] = data[3].Replace(",All,d,8251,,362,", ",All,d,8252,,363,", StringComparison.Ordinal);
        WithCopy(data, copy =>
        {
            var error = Assert.Throws<LookupFileException>(() => OpenDataPracticeReader.Read(metadata, copy));
            Assert.Equal($"{copy} line 4, column Ages0to4: the All row has 363 but Female + Male = 176 + 186 = 362.", error.Message);
        });
    }

    [Fact]
    public void Read_ContactDetailsWithAnotherClusterColumn_NamesTheFileTheMissingColumnAndThoseThere()
    {
        // The real contact-details file with its GPCluster column renamed GPClusterName (as some extracts spell it).
        var lines = File.ReadAllLines(RepoPaths.SharedOrSkip($"{Folder}/example_gp_metadata.csv"));
        Assert.EndsWith(",DataZone,GPCluster", lines[0], StringComparison.Ordinal);
        lines[0] = lines[0].Replace(",GPCluster", ",GPClusterName", StringComparison.Ordinal);
        WithCopy(lines, copy =>
        {
            var error = Assert.Throws<LookupFileException>(() => OpenDataPracticeReader.Read(copy, RepoPaths.SharedOrSkip($"{Folder}/example_gp_data.csv")));
            Assert.Equal(
                $"{copy}: missing required column(s) GPCluster. Columns present: datasetID, PracticeCode, GPPracticeName, PracticeListSize, AddressLine1, " +
                "AddressLine2, AddressLine3, AddressLine4, Postcode, TelephoneNumber, PracticeType, Dispensing, HB, HSCP, DataZone, GPClusterName. " +
                "Column names are matched exactly, including capitals.", error.Message);
        });
    }

    /// <summary>Runs <paramref name="test"/> on a temporary file holding <paramref name="lines"/> (an edited copy of a real file), then deletes it.</summary>
    private static void WithCopy(string[] lines, Action<string> test)
    {
        var copy = Path.Combine(Path.GetTempPath(), "akit-opendata-" + Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllLines(copy, lines);
        try
        {
            test(copy);
        }
        finally
        {
            File.Delete(copy);
        }
    }
}
