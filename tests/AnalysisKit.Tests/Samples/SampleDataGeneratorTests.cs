using AnalysisKit.Samples;
using AnalysisKit.Testing;

namespace AnalysisKit.Tests.Samples;

public sealed class SampleDataGeneratorTests
{
    [Fact]
    public void Generate_DefaultSeed_ReproducesCommittedFilesByteForByte()
    {
        var folder = Path.Combine(Path.GetTempPath(), "akit-samples-" + Guid.NewGuid().ToString("N"));
        try
        {
            var written = SampleDataGenerator.Generate(SampleDataGenerator.DefaultSeed, folder);
            Assert.Equal(SampleDataGenerator.Files.Count, written.Count);
            foreach (var relative in SampleDataGenerator.Files)
            {
                var committed = File.ReadAllBytes(RepoPaths.InRepo(Path.Combine("data-samples", relative)));
                var regenerated = File.ReadAllBytes(Path.Combine(folder, relative));
                Assert.True(committed.AsSpan().SequenceEqual(regenerated),
                    $"data-samples/{relative} differs from a fresh `akit samples generate --seed {SampleDataGenerator.DefaultSeed}` " +
                    $"({committed.Length} vs {regenerated.Length} bytes). Regenerate and commit, or find the nondeterminism.");
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Render_CommittedFiles_AreUtf8WithoutBomWithLfEndingsAndModestSize()
    {
        long total = 0;
        foreach (var relative in SampleDataGenerator.Files)
        {
            var bytes = File.ReadAllBytes(RepoPaths.InRepo(Path.Combine("data-samples", relative)));
            total += bytes.Length;
            Assert.False(bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }), $"{relative} starts with a BOM");
            Assert.DoesNotContain((byte)'\r', bytes);
            Assert.Equal((byte)'\n', bytes[^1]);
        }

        Assert.InRange(total, 1_000_000, 12_000_000);
    }

    [Fact]
    public void Render_AnotherSeed_ChangesCountsButKeepsTheStructure()
    {
        var committed = SampleDataGenerator.Render(SampleDataGenerator.DefaultSeed);
        var other = SampleDataGenerator.Render(7);
        static List<string> Codes(string csv) => [.. csv.Split('\n').Skip(1).Where(l => l.Length > 0).Select(l => l[..l.IndexOf(',', StringComparison.Ordinal)])];
        Assert.Equal(Codes(committed[0].Value), Codes(other[0].Value));
        Assert.NotEqual(committed[2].Value, other[2].Value);
    }
}
