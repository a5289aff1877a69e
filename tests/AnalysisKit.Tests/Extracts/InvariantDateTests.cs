using System.Globalization;
using AnalysisKit.Extracts;
using AnalysisKit.Samples;
using FsCheck;
using FsCheck.Fluent;

namespace AnalysisKit.Tests.Extracts;

/// <summary>
/// The date and month fast paths against .NET's own parser (the reference): for every format the corpus uses, and the
/// default formats of Date and Month columns, <see cref="InvariantDate"/> must accept exactly the texts that
/// <c>DateTime.TryParseExact(text, formats, invariant, None)</c> accepts and give, bit for bit, the same DateTime —
/// on valid dates, impossible ones (31/02, month 13, year 0000), near misses (wrong separator or length, stray
/// characters, signs, spaces) and random text.
/// </summary>
public sealed class InvariantDateTests
{
    private static readonly string[][] Sets =
    [
        ["yyyy-MM-dd", "yyyyMMdd"],            // Date default
        ["yyyy-MM", "yyyyMM", "yyyy-MM-dd"],   // Month default
        ["dd/MM/yyyy"],
        ["dd.MM.yyyy"],
        ["MM/dd/yyyy"],
        ["yyyyMM"],
        ["d/M/yyyy"],                          // not a fixed layout: always the general parser
    ];

    public static TheoryData<string[]> FormatSets => new(Sets);

    [Theory]
    [MemberData(nameof(FormatSets))]
    public void TryParse_FormattedDates_SameAsFrameworkParser(string[] formats)
    {
        var parser = InvariantDate.Of(formats);
        var property = Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var stream = new SplitMix64((ulong)seed);
            var date = new DateTime(1, 1, 1).AddDays(stream.NextInt(3_652_059)); // any day 0001-01-01 .. 9999-12-31
            AssertSame(parser, formats, date.ToString(formats[stream.NextInt(formats.Length)], CultureInfo.InvariantCulture));
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(5_000), property);
    }

    [Theory]
    [MemberData(nameof(FormatSets))]
    public void TryParse_DigitsAndSeparatorsAtRandom_SameAsFrameworkParser(string[] formats)
    {
        // Texts shaped like the formats (same length, digits where digits go) but with any digits — impossible days and
        // months, year 0000 — and now and then another character anywhere.
        const string Others = "-/. +x0123456789";
        var parser = InvariantDate.Of(formats);
        var property = Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var stream = new SplitMix64((ulong)seed);
            var format = formats[stream.NextInt(formats.Length)];
            var text = new char[format.Length + (stream.NextInt(10) == 0 ? stream.NextInt(3) - 1 : 0)];
            for (var i = 0; i < text.Length; i++)
            {
                var f = i < format.Length ? format[i] : '9';
                text[i] = stream.NextInt(12) == 0 ? Others[stream.NextInt(Others.Length)]
                    : f is 'y' or 'M' or 'd' ? (char)('0' + (f == 'y' ? stream.NextInt(10) : stream.NextInt(4)))
                    : f;
            }

            AssertSame(parser, formats, new string(text));
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(20_000), property);
    }

    [Theory]
    [InlineData("2024-02-29")]
    [InlineData("2023-02-29")]
    [InlineData("0000-01-01")]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    [InlineData("2024-13-01")]
    [InlineData("2024-00-10")]
    [InlineData("2024-1-01")]
    [InlineData(" 2024-01-01")]
    [InlineData("2024-01-01 ")]
    [InlineData("+024-01-01")]
    [InlineData("20240229")]
    [InlineData("202402")]
    [InlineData("2024-02")]
    [InlineData("29/02/2024")]
    [InlineData("31/04/2024")]
    [InlineData("١٢/٠٣/٢٠٢٤")]
    [InlineData("")]
    public void TryParse_EdgeCases_SameAsFrameworkParser(string text)
    {
        foreach (var formats in Sets)
        {
            AssertSame(InvariantDate.Of(formats), formats, text);
        }
    }

    [Theory]
    [InlineData("dd/MM/yyyy", true)]
    [InlineData("yyyyMM", true)]
    [InlineData("yyyy-MM-dd HH:mm", true)]
    [InlineData("yyyy", false)]
    [InlineData("MM/dd", false)]
    [InlineData("not a format", false)]
    [InlineData("%", false)]
    public void IsDateFormat_NeedsYearMonthAndDayBack(string format, bool expected) =>
        Assert.Equal(expected, InvariantDate.IsDateFormat(format));

    private static void AssertSame(InvariantDate parser, string[] formats, string text)
    {
        var expectedOk = DateTime.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var expected);
        var ok = parser.TryParse(text, out var actual);
        Assert.True(expectedOk == ok, $"'{text}' with {string.Join('|', formats)}: framework {expectedOk}, ours {ok}");
        Assert.True(expected.ToBinary() == actual.ToBinary(), $"'{text}': framework {expected:o}, ours {actual:o}");
    }
}
