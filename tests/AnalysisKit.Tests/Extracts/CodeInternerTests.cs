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
}
