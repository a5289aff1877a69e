using AnalysisKit.Disclosure;

namespace AnalysisKit.Tests.Disclosure;

/// <summary>
/// Constructed CHI numbers, check digits worked by hand: weights 10, 9, …, 2 on the first nine digits;
/// check = 11 − (sum mod 11), 11 → 0, 10 never valid.
/// </summary>
public sealed class ChiNumberGuardTests
{
    [Theory]
    [InlineData("0101011237", true)]  // 0·10+1·9+0·8+1·7+0·6+1·5+1·4+2·3+3·2 = 37; 37 mod 11 = 4; 11 − 4 = 7
    [InlineData("0101011238", false)] // same, wrong check digit
    [InlineData("0101011210", true)]  // 9+7+5+4+2·3+1·2 = 33; 33 mod 11 = 0; 11 → 0
    [InlineData("0101011300", false)] // 9+7+5+4+3·3 = 34; 34 mod 11 = 1; check 10 is never issued
    [InlineData("2902001231", true)]  // 29 Feb 00 (a leap year as 2000): 20+81+14+4+6+6 = 131; mod 11 = 10; check 1
    [InlineData("2902011237", false)] // 29 Feb 01 does not exist (check digit 7 would be right: 136 mod 11 = 4)
    [InlineData("3204011234", false)] // day 32
    [InlineData("0113011234", false)] // month 13
    [InlineData("010101123", false)]  // nine digits
    public void IsChiNumber_ConstructedNumbers(string text, bool expected) => Assert.Equal(expected, ChiNumberGuard.IsChiNumber(text));

    [Theory]
    [InlineData("Patient 0101011237 seen", 8)]
    [InlineData("chi=010101 1237", 4)]
    [InlineData("010101-1237", 0)]
    [InlineData("01010112370", null)]     // part of a longer number
    [InlineData("Tel 0131 275 6000", null)]
    [InlineData("practice 10002, list 5123", null)]
    [InlineData("", null)]
    [InlineData("[1164.0101011237,2.5]", null)]   // fractional part of a chart value, not an identifier
    [InlineData("0101011237.5", null)]            // integer part of a decimal number
    [InlineData("1.0101011237e-05", null)]        // mantissa digits of a number in exponent form
    [InlineData("CHI 0101011237.", 4)]            // a full stop ending a sentence is not a decimal point
    [InlineData("v1.2 0101011237", 5)]            // a decimal number elsewhere does not hide a CHI
    public void Find_LocatesChiLikeNumbersInText(string text, int? position) => Assert.Equal(position, ChiNumberGuard.Find(text));

    /// <summary>
    /// The written forms of one CHI number (0101901232: 01 Jan 1990; 0·10+1·9+0·8+1·7+9·6+0·5+1·4+2·3+3·2 = 86;
    /// 86 mod 11 = 9; 11 − 9 = 2) an analyst's output can carry, each at the position where it starts.
    /// </summary>
    [Theory]
    [InlineData("chi 01 01 90 1232", 4)]          // date parts and the rest, space separated
    [InlineData("chi 010 190 1232", 4)]           // 3-3-4, as NHS numbers are grouped
    [InlineData("01/01/90/1232", 0)]              // slashes
    [InlineData("01-01-90-1232", 0)]              // hyphens
    [InlineData("01.01.90.1232", 0)]              // dots
    [InlineData("０１０１９０１２３２", 0)]          // full-width digits
    [InlineData("id ０１０１９０ １２３２", 3)]      // full-width, grouped
    [InlineData("101901232", 0)]                  // stored as a number: the leading zero lost
    [InlineData("[101901232, 12]", 1)]            // … in a chart's JSON
    [InlineData("10 190 1232", 0)]                // grouped, leading zero lost
    [InlineData("0 1 0 1 9 0 1 2 3 2", 0)]        // every digit spaced
    [InlineData("01 01 90 1232", 0)] // no-break spaces
    [InlineData("01–01–90–1232", 0)]              // en dashes
    public void Find_ChiInEveryWrittenForm(string text, int position) => Assert.Equal(position, ChiNumberGuard.Find(text));

    /// <summary>What must not be taken for a CHI: decimals, dates, phone numbers, list sizes, 9-digit numbers that fail the check.</summary>
    [Theory]
    [InlineData("0101901232.5")]                  // a decimal number
    [InlineData("1164.0101901232")]
    [InlineData("10190.1232")]                    // two groups joined by one dot: a decimal number (a documented limit)
    [InlineData("on 01/01/1990, 1232 patients")]  // a date and a count, a comma between
    [InlineData("2025-03-01 12:30")]
    [InlineData("0131 275 6000")]                 // a phone number
    [InlineData("list sizes 5,432 and 12,001")]
    [InlineData("101901233")]                     // nine digits with a wrong check digit
    [InlineData("123456789")]                     // nine digits that are no date
    [InlineData("1 2 3 4 5 6 7 8 9 0")]           // ten single digits that are no date (12/34)
    public void Find_NotAChi(string text) => Assert.Null(ChiNumberGuard.Find(text));

    [Fact]
    public void EnsureNone_ChiInText_IsRefusedWithWhereButWithoutTheNumber()
    {
        var e = Assert.Throws<UnsafeOutputException>(() => ChiNumberGuard.EnsureNone("id 0101011237", "chart 'x', hover text"));

        Assert.Equal("Refused: chart 'x', hover text contains something that looks like a CHI number at character 4 (10 digits, " +
                     "a valid date of birth, a valid check digit). Patient identifiers must never be in an output.", e.Message);
        Assert.DoesNotContain("0101011237", e.Message);
    }
}
