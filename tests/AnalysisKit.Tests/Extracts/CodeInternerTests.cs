using System.Globalization;
using AnalysisKit.Extracts;

namespace AnalysisKit.Tests.Extracts;

/// <summary>Equal codes come back as one string, different codes never share one — with many codes, and after the table gives way to a dictionary.</summary>
public sealed class CodeInternerTests
{
    [Theory]
    [InlineData(32)] // the table grows from 256 slots to hold 30,000 codes
    [InlineData(1)]  // a probe run longer than one slot moves everything to the dictionary part way through
    public void Intern_EqualCodes_SameString_DifferentCodes_OwnStrings(int maxProbes)
    {
        var interner = new CodeInterner(maxProbes);
        var codes = Enumerable.Range(0, 30_000).Select(i => "0102065UEB" + i.ToString("D5", CultureInfo.InvariantCulture))
            .Concat(["", "a", "ab", "abcdefg", "abcdefgh", "abcdefghi"]).ToList();
        var first = codes.Select(c => interner.Intern(c.AsSpan())).ToList();
        var second = codes.Select(c => interner.Intern(new string(c.ToCharArray()).AsSpan())).ToList();

        Assert.Equal(codes, first);
        Assert.All(Enumerable.Range(0, codes.Count), i => Assert.Same(first[i], second[i]));
        Assert.Equal(codes.Count, interner.Count);
    }

    [Fact]
    public void Intern_TwelveThousandBnfCodes_StaysInItsTable()
    {
        // 15-character codes that differ in their last characters, as BNF presentation codes do. At half full, linear
        // probing made runs of 20-34 slots for such a set (depending on the per-process seed), so a load of
        // pitc-shaped files moved to the slower dictionary part way; a quarter full keeps runs under about ten. Simulated
        // over random seeds, about one set in twelve crossed 32 probes at half full (so 32 sets all but always found it)
        // and none came near at a quarter full (longest run 13).
        for (var set = 0; set < 32; set++)
        {
            var interner = new CodeInterner();
            for (var i = 0; i < 12_000; i++)
            {
                interner.Intern(string.Create(CultureInfo.InvariantCulture, $"{set:D2}0{i / 400:D2}0A0AA{(char)('A' + (i % 20))}{(char)('A' + (i / 20 % 20))}A{(char)('A' + (i % 7))}").AsSpan());
            }

            Assert.Equal(12_000, interner.Count);
            Assert.False(interner.UsesDictionary);
        }
    }
}
