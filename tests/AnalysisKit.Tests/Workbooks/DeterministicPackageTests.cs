using System.IO.Compression;
using AnalysisKit.Workbooks;

namespace AnalysisKit.Tests.Workbooks;

public sealed class DeterministicPackageTests
{
    [Fact]
    public void Repack_EntriesInFixedOrderWithFixedTime_ContentKept_SameBytesWhateverTheWriteTime()
    {
        var first = Repacked(Package(["xl/b.xml", "[Content_Types].xml", "xl/a.xml"], new DateTime(2026, 11, 23, 9, 30, 0)));
        var second = Repacked(Package(["xl/a.xml", "xl/b.xml", "[Content_Types].xml"], new DateTime(2030, 1, 2, 3, 4, 5)));

        using var zip = new ZipArchive(new MemoryStream(first), ZipArchiveMode.Read);
        Assert.Equal(["[Content_Types].xml", "xl/a.xml", "xl/b.xml"], zip.Entries.Select(e => e.FullName));
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(1980, 1, 1), e.LastWriteTime.DateTime));
        using (var reader = new StreamReader(zip.GetEntry("xl/a.xml")!.Open()))
        {
            Assert.Equal("content of xl/a.xml", reader.ReadToEnd());
        }

        Assert.Equal(first, second);
    }

    private static MemoryStream Package(string[] names, DateTime written)
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var name in names)
            {
                var entry = zip.CreateEntry(name);
                entry.LastWriteTime = written;
                using var writer = new StreamWriter(entry.Open());
                writer.Write("content of " + name);
            }
        }

        stream.Position = 0;
        return stream;
    }

    private static byte[] Repacked(Stream package)
    {
        using var target = new MemoryStream();
        DeterministicPackage.Repack(package, target);
        return target.ToArray();
    }
}
