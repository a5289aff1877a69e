using System.Globalization;
using AnalysisKit.Extracts;
using FsCheck;
using FsCheck.Fluent;

namespace AnalysisKit.Tests.Extracts;

/// <summary>
/// The extract number parser against .NET's own invariant-culture parser (the reference): same success and, bit for
/// bit, the same double or long — for plain decimals of every length around the 15-digit fast-path limit and for the
/// forms left to the general parser.
/// </summary>
public sealed class InvariantNumberTests
{
    private const NumberStyles DoubleStyles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    [Theory]
    [InlineData("0")]
    [InlineData("-0")]
    [InlineData("-0.0")]
    [InlineData("+7.25")]
    [InlineData("0.1")]
    [InlineData("0.3")]
    [InlineData("4999.99")]
    [InlineData("123456789012345")]
    [InlineData("1234567890123456")]
    [InlineData("0.000000000000001")]
    [InlineData("9007199254740993")]
    [InlineData("1.7976931348623157e308")]
    [InlineData("1e400")]
    [InlineData(".5")]
    [InlineData("5.")]
    [InlineData("1,234")]
    [InlineData("12 ")]
    [InlineData("-")]
    [InlineData("")]
    [InlineData("1.2.3")]
    [InlineData("٣")]
    [InlineData("NaN")]
    public void TryParseDouble_SameAsFrameworkParser(string text) => AssertSameDouble(text);

    [Fact]
    public void TryParseDouble_RandomDecimals_SameBitsAsFrameworkParser()
    {
        var property = Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var random = new Random(seed);
            var digits = random.Next(1, 20);
            var point = random.Next(0, digits + 1);
            var text = new char[digits];
            for (var i = 0; i < digits; i++)
            {
                text[i] = (char)('0' + random.Next(10));
            }

            var number = new string(text);
            if (point > 0 && point < digits)
            {
                number = number[..point] + "." + number[point..];
            }

            AssertSameDouble((random.Next(3) == 0 ? "-" : string.Empty) + number);
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(20_000), property);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-17")]
    [InlineData("+17")]
    [InlineData("999999999999999999")]
    [InlineData("9223372036854775807")]
    [InlineData("9223372036854775808")]
    [InlineData("-9223372036854775808")]
    [InlineData("1.0")]
    [InlineData("1,000")]
    [InlineData("-")]
    [InlineData("")]
    [InlineData(" 1")]
    public void TryParseLong_SameAsFrameworkParser(string text)
    {
        var expectedOk = long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var expected);
        var ok = InvariantNumber.TryParseLong(text, out var actual);
        Assert.Equal(expectedOk, ok);
        Assert.Equal(expected, actual);
    }

    private static void AssertSameDouble(string text)
    {
        var expectedOk = double.TryParse(text, DoubleStyles, CultureInfo.InvariantCulture, out var expected);
        var ok = InvariantNumber.TryParseDouble(text, out var actual);
        Assert.True(expectedOk == ok, $"'{text}': framework {expectedOk}, ours {ok}");
        Assert.True(BitConverter.DoubleToInt64Bits(expected) == BitConverter.DoubleToInt64Bits(actual),
            $"'{text}': framework {expected:R}, ours {actual:R}");
    }
}
