using AnalysisKit.Geography;
using AnalysisKit.Testing;

namespace AnalysisKit.Tests.Geography;

public sealed class PracticeLookupReaderTests
{
    private static LookupFileException Fails(TempLookupFiles files, string[] lookupRows, string[]? populationRows = null)
    {
        var (lookup, populations) = files.Pair(lookupRows, populationRows);
        return Assert.Throws<LookupFileException>(() => PracticeLookupReader.Read(lookup, populations));
    }

    [Fact]
    public void Read_ValidSmallLookup_GivesPracticeWithPopulation()
    {
        using var files = new TempLookupFiles();
        var (lookup, populations) = files.Pair([TempLookupFiles.GoodRow]);
        var hierarchy = PracticeLookupReader.Read(lookup, populations).AsAt(new DateOnly(2023, 6, 1));
        var practice = Assert.Single(hierarchy.Practices);
        Assert.Equal(("10002", "GPC1", 2, 380), (practice.Code, practice.ClusterCode, practice.SimdQuintile, practice.ListSize));
        Assert.Equal(10, practice.Population!.Count(Sex.Male, "90+"));
    }

    [Fact]
    public void Read_DuplicatePracticeCode_NamesFileLineAndCode()
    {
        using var files = new TempLookupFiles();
        var error = Fails(files, [TempLookupFiles.GoodRow, TempLookupFiles.GoodRow]);
        Assert.Equal(
            $"{error.FilePath} line 3, column PracticeCode: duplicate practice code '10002' (already at line 2) for overlapping dates " +
            "2023-01-01 to open. Each practice has one row for any date.",
            error.Message);
        Assert.Equal((3, "PracticeCode", "10002"), (error.Line, error.Column, error.Value));
    }

    [Fact]
    public void Read_PracticeInTwoClustersOnOneDate_NamesBothClustersAndTheDate()
    {
        using var files = new TempLookupFiles();
        var error = Fails(files, [TempLookupFiles.GoodRow, "10002,Muirhead,GPC2,Dundee 5,S37000007,S08000030,2,open,2024-01-01,,"]);
        Assert.Equal(
            $"{error.FilePath} line 3, column GPCluster: practice '10002' is in cluster 'GPC2' here and in cluster 'GPC1' at line 2 on 2024-01-01. " +
            "A practice belongs to one cluster on any date: end the earlier row (ValidTo) the day before the later one starts.",
            error.Message);
    }

    [Fact]
    public void Read_ClusterChangeWithDatesThatMeet_IsAccepted()
    {
        using var files = new TempLookupFiles();
        var (lookup, populations) = files.Pair([
            "10002,Muirhead,GPC1,Dundee 4,S37000007,S08000030,2,open,2023-01-01,2023-12-31,",
            "10002,Muirhead,GPC2,Dundee 5,S37000007,S08000030,2,open,2024-01-01,,",
        ]);
        var read = PracticeLookupReader.Read(lookup, populations);
        Assert.Equal("GPC1", read.AsAt(new DateOnly(2023, 12, 31)).AreaCode("10002", GeographyLevel.Cluster));
        Assert.Equal("GPC2", read.AsAt(new DateOnly(2024, 1, 1)).AreaCode("10002", GeographyLevel.Cluster));
    }

    [Fact]
    public void Read_ArchivedBoardCode_IsAnUnknownBoard()
    {
        using var files = new TempLookupFiles();
        var error = Fails(files, ["10002,Muirhead,GPC1,Dundee 4,S37000007,S08000027,2,open,2023-01-01,,"]);
        Assert.Equal(
            $"{error.FilePath} line 2, column HB: 'S08000027' is not a current health board code. Expected one of the 14 codes " +
            "S08000015, S08000016, S08000017, S08000019, S08000020, S08000022, S08000024, S08000025, S08000026, S08000028, S08000029, " +
            "S08000030, S08000031, S08000032; archived codes (S08000018, S08000021, S08000023, S08000027) must be mapped to their 2019 successors.",
            error.Message);
        Assert.Equal((2, "HB", "S08000027"), (error.Line, error.Column, error.Value));
    }

    [Fact]
    public void Read_UnknownHscp_SaysWhatWasExpected()
    {
        using var files = new TempLookupFiles();
        var error = Fails(files, ["10002,Muirhead,GPC1,Dundee 4,S37000014,S08000030,2,open,2023-01-01,,"]);
        Assert.Equal(
            $"{error.FilePath} line 2, column HSCP: 'S37000014' is not a current HSCP code. Expected one of the 31 S37 codes in force since 2019 (e.g. S37000012 Edinburgh).",
            error.Message);
    }

    [Fact]
    public void Read_HscpInAnotherBoard_NamesItsBoard()
    {
        using var files = new TempLookupFiles();
        var error = Fails(files, ["10002,Muirhead,GPC1,Dundee 4,S37000012,S08000030,2,open,2023-01-01,,"]);
        Assert.Equal($"{error.FilePath} line 2, column HSCP: HSCP 'S37000012' lies in board S08000024, not in 'S08000030' as this row says.", error.Message);
    }

    [Fact]
    public void Read_MissingColumn_ListsMissingAndPresentColumns()
    {
        using var files = new TempLookupFiles();
        var lookup = files.Write("lookup.csv", "PracticeCode,GPPracticeName,GPCluster,HSCP,HB,Status,ValidFrom,ValidTo,Note", "10002,M,GPC1,S37000007,S08000030,open,2023-01-01,,");
        var populations = files.Write("populations.csv", TempLookupFiles.PopulationHeader);
        var error = Assert.Throws<LookupFileException>(() => PracticeLookupReader.Read(lookup, populations));
        Assert.Equal(
            $"{lookup}: missing required column(s) GPClusterName, SimdQuintile. Columns present: PracticeCode, GPPracticeName, GPCluster, HSCP, HB, " +
            "Status, ValidFrom, ValidTo, Note. Column names are matched exactly, including capitals.",
            error.Message);
    }

    [Fact]
    public void Read_NonNumericListSize_NamesTheBandColumnAndValue()
    {
        using var files = new TempLookupFiles();
        var bad = TempLookupFiles.PopulationRow("10002", "Male").Replace(",10,10,10", ",10,1O,10", StringComparison.Ordinal);
        var error = Fails(files, [TempLookupFiles.GoodRow], [TempLookupFiles.PopulationRow("10002", "Female"), bad]);
        Assert.Equal(
            $"{error.FilePath} line 3, column Ages5to9: '1O' is not a whole number. Expected a count of patients, 0 or more, written with digits only.",
            error.Message);
    }

    [Fact]
    public void Read_NegativeListSize_IsNotAWholeNumber()
    {
        using var files = new TempLookupFiles();
        var bad = TempLookupFiles.PopulationRow("10002", "Male").Replace(",10,10,10", ",-10,10,10", StringComparison.Ordinal);
        var error = Fails(files, [TempLookupFiles.GoodRow], [TempLookupFiles.PopulationRow("10002", "Female"), bad]);
        Assert.Equal((3, "Ages0to4", "-10"), (error.Line, error.Column, error.Value));
    }

    [Fact]
    public void Read_BadRowValues_EachNamedWithWhatWasExpected()
    {
        using var files = new TempLookupFiles();
        var cases = new (string Row, string Expected)[]
        {
            ("1002,M,GPC1,D,S37000007,S08000030,2,open,2023-01-01,,", "column PracticeCode: '1002' is not a practice code. Expected five digits, e.g. 10002."),
            ("10002,M,GPC1,D,S37000007,S08000030,6,open,2023-01-01,,", "column SimdQuintile: '6' is not a SIMD quintile. Expected 1 (most deprived) to 5 (least deprived), or empty when not known."),
            ("10002,M,GPC1,D,S37000007,S08000030,2,Open,2023-01-01,,", "column Status: 'Open' is not a practice status. Expected 'open' or 'closed'."),
            ("10002,M,GPC1,D,S37000007,S08000030,2,open,01/01/2023,,", "column ValidFrom: '01/01/2023' is not a date. Expected yyyy-MM-dd."),
            ("10002,M,GPC1,D,S37000007,S08000030,2,open,2023-01-01,2022-12-31,", "column ValidTo: ValidTo '2022-12-31' is before ValidFrom 2023-01-01."),
            ("10002,M,,,S37000007,S08000030,2,open,2023-01-01,,", "column GPCluster: practice '10002' has no cluster. Only pseudo-practices (99996–99999) may have an empty cluster."),
        };
        foreach (var (row, expected) in cases)
        {
            var error = Fails(files, [row]);
            Assert.Equal($"{error.FilePath} line 2, {expected}", error.Message);
        }
    }

    [Fact]
    public void Read_PopulationProblems_EachNamedWithFileAndLine()
    {
        using var files = new TempLookupFiles();
        var female = TempLookupFiles.PopulationRow("10002", "Female");
        var male = TempLookupFiles.PopulationRow("10002", "Male");
        var wrongTotal = male.Replace(",Male,190,", ",Male,191,", StringComparison.Ordinal);

        var error = Fails(files, [TempLookupFiles.GoodRow], [female, wrongTotal]);
        Assert.Equal($"{error.FilePath} line 3, column AllAges: AllAges is 191 but the age bands add up to 190.", error.Message);

        error = Fails(files, [TempLookupFiles.GoodRow], [female, male, male]);
        Assert.Equal($"{error.FilePath} line 4, column PracticeCode: duplicate population row for practice '10002', date 20230101, sex Male (already at line 3).", error.Message);

        error = Fails(files, [TempLookupFiles.GoodRow], [female]);
        Assert.Equal($"{error.FilePath}: practice '10002' on 20230101 has no Male row. Each practice and date needs a Female and a Male row.", error.Message);

        error = Fails(files, [TempLookupFiles.GoodRow], [female, male.Replace(",Male,", ",M,", StringComparison.Ordinal)]);
        Assert.Equal($"{error.FilePath} line 3, column Sex: 'M' is not a sex. Expected 'Female', 'Male' or 'All'.", error.Message);

        error = Fails(files, [TempLookupFiles.GoodRow], [female, male, TempLookupFiles.PopulationRow("10017", "Female"), TempLookupFiles.PopulationRow("10017", "Male")]);
        Assert.StartsWith($"{error.FilePath} line 4, column PracticeCode: practice '10017' is not in the lookup ", error.Message);
        Assert.EndsWith("lookup.csv. Every practice with a population needs a lookup row.", error.Message);
    }

    [Fact]
    public void Read_MissingFile_NamesIt()
    {
        using var files = new TempLookupFiles();
        var (_, populations) = files.Pair([TempLookupFiles.GoodRow]);
        var missing = Path.Combine(Path.GetTempPath(), "no-such-lookup.csv");
        var error = Assert.Throws<FileNotFoundException>(() => PracticeLookupReader.Read(missing, populations));
        Assert.Equal($"{missing}: file not found. Expected a practice lookup or population CSV (see data-samples/README.md for the columns).", error.Message);
    }

    [Fact]
    public void Read_SampleLookup_HasTheDocumentedShape()
    {
        var lookup = SampleLookup.Read();
        var start = lookup.AsAt(new DateOnly(2023, 1, 1));
        Assert.Equal(934, start.Practices.Count);
        Assert.Equal(930, start.ComparablePractices.Count);
        Assert.Equal(148, start.Clusters.Count);
        Assert.Equal(31, start.Hscps.Count);
        Assert.Equal(14, start.Boards.Count);
        Assert.All(start.ComparablePractices, p => Assert.NotNull(p.Population));
        Assert.All(start.Clusters, c => Assert.InRange(start.ComparablePracticesIn(GeographyLevel.Cluster, c.Code).Count, 4, 8));
        Assert.Equal(147, lookup.AsAt(new DateOnly(2025, 12, 31)).Clusters.Count);
    }
}
