using AnalysisKit.Extracts;

namespace AnalysisKit.Tests.Extracts;

/// <summary>Equal codes come back as one string, different codes never share one — also when they share a cache slot.</summary>
public sealed class CodeInternerTests
{
    [Fact]
    public void Intern_EqualCodes_SameString_DifferentCodes_OwnStrings()
    {
        var interner = new CodeInterner();
        var codes = Enumerable.Range(0, 20_000).Select(i => "0" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var first = codes.Select(c => interner.Intern(c.AsSpan())).ToList();

        // 20,000 codes in a 4,096-slot cache: many collide, and each must still come back as itself.
        var second = codes.Select(c => interner.Intern(new string(c.ToCharArray()).AsSpan())).ToList();

        Assert.Equal(codes, first);
        Assert.All(Enumerable.Range(0, codes.Count), i => Assert.Same(first[i], second[i]));
    }
}
