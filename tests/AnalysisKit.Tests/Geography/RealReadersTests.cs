using AnalysisKit.Extracts;
using AnalysisKit.Geography;
using AnalysisKit.Testing;

namespace AnalysisKit.Tests.Geography;

/// <summary>
/// The readers of ISD's and PHS's real geography files: ISD's QOF practice lookup (.csv extract and the .xls original
/// agree practice by practice), SIMD quintiles by data zone, and their refusals — wrong headers, an unknown board
/// cypher, an unexpected QF flag — each naming file, row or line, and column.
/// </summary>
public sealed class RealReadersTests : IDisposable
{
    private readonly TempLookupFiles files = new();

    public void Dispose() => files.Dispose();

    private const string IsdHeader = "NHS Board Cypher,NHS Board,Practice Code,Practice Name,Address Line 1,Address Line 2,Address Line 3,Address Line 4,Postcode,Contract Type,List Size,CHP Name,CHP Code";

    [Fact]
    public void IsdQofLookup_RealCsvAndXls_SamePracticesChpsBoardsAndListSizes()
    {
        var csv = RepoPaths.SharedOrSkip("open-data/scot-qof-isd-2009-2016/csv/qof_scot_201415_practice_lookup.csv");
        var xls = RepoPaths.SharedOrSkip("open-data/scot-qof-isd-2009-2016/xls/QOF_Scot_201415_Practice_lookup.xls");
        var (csvNames, csvSizes) = (new Dictionary<string, string>(), new Dictionary<string, int>());
        var (xlsNames, xlsSizes) = (new Dictionary<string, string>(), new Dictionary<string, int>());
        var fromCsv = IsdQofLookupReader.Read(csv, csvNames, csvSizes).AsAt(new DateOnly(2015, 3, 31));
        var fromXls = IsdQofLookupReader.Read(xls, xlsNames, xlsSizes).AsAt(new DateOnly(2015, 3, 31));

        // The CSV's first rows, read by eye: 10002 Muirhead, Tayside (T), Dundee CHP S03000039, List Size 7366.
        Assert.Equal(987, fromCsv.Practices.Count);
        Assert.Equal(("S03000039", "S08000030", 7366), (fromCsv.AreaCode("10002", GeographyLevel.Hscp), fromCsv.AreaCode("10002", GeographyLevel.Board), csvSizes["10002"]));
        Assert.Equal("Dundee Community Health Partnership", csvNames["S03000039"]);
        Assert.Null(fromCsv.AreaCode("10002", GeographyLevel.Cluster));
        Assert.False(csvSizes.ContainsKey("22033")); // its List Size is "*"
        Assert.Equal(fromCsv.Practices.Select(p => (p.Code, p.HscpCode, p.BoardCode)), fromXls.Practices.Select(p => (p.Code, p.HscpCode, p.BoardCode)));
        Assert.Equal(csvSizes.OrderBy(s => s.Key), xlsSizes.OrderBy(s => s.Key));
    }

    [Fact]
    public void IsdQofLookup_WrongHeader_NamesTheFileAndTheMissingColumn()
    {
        var path = files.Write("lookup.csv", IsdHeader.Replace("CHP Code", "CHP Cod", StringComparison.Ordinal), "T,TAYSIDE,10002,MUIRHEAD,a,b,c,,DD2 5NH,nGMS,7366,Dundee CHP,S03000039");

        var error = Assert.Throws<ExtractLoadException>(() => IsdQofLookupReader.Read(path, new Dictionary<string, string>(), new Dictionary<string, int>()));

        Assert.StartsWith("lookup.csv lacks column(s) 'CHP Code' that the 'ISD QOF practice lookup' schema requires; the header has", error.Message, StringComparison.Ordinal);
        Assert.Contains("CHP Cod", error.Message, StringComparison.Ordinal); // the header found is listed
    }

    [Fact]
    public void IsdQofLookup_UnknownBoardCypher_NamesFileLineColumnAndTheCyphers()
    {
        var path = files.Write("lookup.csv", IsdHeader, "Q,TAYSIDE,10002,MUIRHEAD,a,b,c,,DD2 5NH,nGMS,7366,Dundee CHP,S03000039");

        var error = Assert.Throws<LookupFileException>(() => IsdQofLookupReader.Read(path, new Dictionary<string, string>(), new Dictionary<string, int>()));

        Assert.Equal($"{path} line 2, column NHS Board Cypher: 'Q' is not an ISD board cypher. Expected one of A, B, Y, V, N, H, S, R, Z, W, F, T, G, L.", error.Message);
    }

    [Fact]
    public void Populations_UnexpectedQualifierFlag_NamesFileLineColumnAndTheFlags()
    {
        var header = TempLookupFiles.PopulationHeader.Replace("Sex,", "Sex,SexQF,", StringComparison.Ordinal);
        string Row(string sex, string flag) => TempLookupFiles.PopulationRow("10002", sex).Replace($",{sex},", $",{sex},{flag},", StringComparison.Ordinal);
        var (lookup, _) = files.Pair([TempLookupFiles.GoodRow]);
        var populations = files.Write("populations.csv", header, Row("Female", ""), Row("Male", "x"));

        var error = Assert.Throws<LookupFileException>(() => PracticeLookupReader.Read(lookup, populations));

        Assert.Equal($"{populations} line 3, column SexQF: 'x' is not a PHS qualifier flag. Expected empty, c (confidential), : (not available), z (not applicable), d (derived), p (provisional), r (revised) or e (estimated).", error.Message);
    }

    [Fact]
    public void SimdLookup_RealSample_QuintileOfEachPracticesDataZone()
    {
        var folder = RepoPaths.SharedOrSkip("open-data/scot-gp-practice-populations-sample");
        var simd = RepoPaths.SharedOrSkip("open-data/scot-simd2020v2-datazone-lookup/simd2020v2_22062020.csv");
        var metadata = Path.Combine(folder, "example_gp_metadata.csv");
        var lookup = SimdLookup.AddQuintiles(OpenDataPracticeReader.Read(metadata, Path.Combine(folder, "example_gp_data.csv")), metadata, simd);

        // By hand: 10002 is in S01007129, 10017 in S01011870; their SIMD2020V2CountryQuintile in the SIMD file.
        var byHand = File.ReadAllLines(simd).Skip(1).Select(l => l.Split(',')).ToDictionary(f => f[0], f => int.Parse(f[7], System.Globalization.CultureInfo.InvariantCulture));
        var hierarchy = lookup.AsAt(new DateOnly(2024, 4, 1));
        Assert.Equal(byHand["S01007129"], hierarchy.Practice("10002")!.SimdQuintile);
        Assert.Equal(byHand["S01011870"], hierarchy.Practice("10017")!.SimdQuintile);
    }
}
