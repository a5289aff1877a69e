using AnalysisKit.Briefings;
using AnalysisKit.Charts;
using AnalysisKit.Disclosure;
using AnalysisKit.Testing;

namespace AnalysisKit.Tests.Briefings;

/// <summary>
/// The CHI guard over everything a briefing writes: a CHI-like number planted in the lookup's cluster or practice name
/// (0101011237: 1 January 2001, check digit 7 by modulus 11 worked by hand in ChiNumberGuardTests) stops the write.
/// </summary>
public class BriefingWriterTests
{
    internal const string PlantedChi = "0101011237";

    [Fact]
    public void Write_ChiLikeNumberInClusterName_NothingWrittenAndTheMessageNamesFileAndLine()
    {
        using var data = PlantedData(line => line.Replace(",GPC082,Fife 3,", $",GPC082,Fife 3 ref {PlantedChi},", StringComparison.Ordinal));
        var briefing = ClusterBriefing.Build(Options(data));
        var output = Path.Combine(data.Path, "out");

        var error = Assert.Throws<UnsafeOutputException>(() => BriefingWriter.Write(briefing, output, pdf: false));

        // The first line holding it is the page title; the message gives that line of the page as rendered.
        var lines = BriefingHtml.Render(briefing).Split('\n');
        var first = Array.FindIndex(lines, l => l.Contains(PlantedChi, StringComparison.Ordinal)) + 1;
        Assert.StartsWith($"Nothing written for briefing-GPC082: Refused: briefing page 'briefing-GPC082.html', line {first} contains something that looks like a CHI number",
            error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output) && Directory.EnumerateFiles(output).Any(), "no file may be written");
    }

    [Fact]
    public void WorkbookWrite_ChiLikeNumberInClusterName_RefusedNamingSheetRowAndColumn()
    {
        using var data = PlantedData(line => line.Replace(",GPC082,Fife 3,", $",GPC082,Fife 3 ref {PlantedChi},", StringComparison.Ordinal));
        var briefing = ClusterBriefing.Build(Options(data));
        var path = Path.Combine(data.Path, "b.xlsx");

        var error = Assert.Throws<UnsafeOutputException>(() => BriefingWorkbook.Write(briefing, path));

        // The first sheet holding the name is the first prescribing measure's: row 1 is its title, "…: Fife 3 ref …'s practices in …".
        Assert.StartsWith("Refused: workbook 'b.xlsx', sheet 'rx-antibacterial-items', row 1, column 1 contains something that looks like a CHI number at character ",
            error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void Write_ChiLikeNumberWithSpaceInNamedPracticeName_NothingWritten()
    {
        // 6 + 4 digits with a space is CHI-like too; the named practice's label is a cell of the practice table.
        using var data = PlantedData(line => line.StartsWith("80015,", StringComparison.Ordinal)
            ? line.Replace("Station Medical Practice", "Station Medical Practice 010101 1237", StringComparison.Ordinal) : line);

        var briefing = ClusterBriefing.Build(Options(data) with { PracticeCode = "80015" });
        var output = Path.Combine(data.Path, "out");

        var error = Assert.Throws<UnsafeOutputException>(() => BriefingWriter.Write(briefing, output, pdf: false));

        Assert.Contains("looks like a CHI number", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output) && Directory.EnumerateFiles(output).Any(), "no file may be written");
    }

    private static BriefingOptions Options(SampleDataCopy data) =>
        new(AnalysisKit.Definitions.BriefingDefinition.Load(data.Definition), AnalysisKit.Definitions.AreaLevel.Cluster, "GPC082");

    /// <summary>A copy of data-samples with the lookup's lines rewritten.</summary>
    private static SampleDataCopy PlantedData(Func<string, string> rewriteLookupLine) =>
        new((file, line) => file == "geography/practice-lookup.csv" ? rewriteLookupLine(line) : line);
}
