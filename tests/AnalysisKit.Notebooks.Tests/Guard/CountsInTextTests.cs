using AnalysisKit.Disclosure;
using AnalysisKit.Notebooks.Guard;

namespace AnalysisKit.Notebooks.Tests.Guard;

/// <summary>
/// Free text under the PHS practice policy (1–4 small, 0 shown): what is read as a count and what is not. Each case is
/// a sentence an analyst could print; the expected verdict is what a reader would take the number for.
/// </summary>
public sealed class CountsInTextTests
{
    private static readonly SuppressionPolicy Policy = SuppressionPolicy.PhsPracticeUnder5;

    [Theory]
    [InlineData("3")]                                            // a scalar display(n)
    [InlineData("Deaths at P2: 3")]                              // string interpolation
    [InlineData("P2 had 3 deaths this year")]
    [InlineData("3 (small)")]
    [InlineData("3.0")]                                          // a whole number written as a decimal
    [InlineData("3.00 admissions")]
    [InlineData("(P1, 3)")]                                      // a tuple's text
    [InlineData("{ Practice = P1, Deaths = 3 }")]                // an anonymous object's text
    [InlineData("PracticeCount { Practice = P2, Deaths = 4 }")]  // a record's text
    [InlineData("n = 2")]
    [InlineData("Total 3")]
    [InlineData("Deaths 3")]
    [InlineData("[12, 4]")]
    [InlineData("only 1 patient")]
    [InlineData("Only 2")]
    [InlineData("between 3 and 40 patients")]
    [InlineData("３ deaths")]                                     // full-width digit
    [InlineData("deaths:\u00A02")]                               // no-break space
    [InlineData("week 3 deaths: 4")]                             // 3 is a label, 4 a count
    [InlineData("3/40 patients")]                                // three of forty
    [InlineData("Practice A had 3")]
    [InlineData("7.5% of 40 patients")]                          // 3, given back by the percentage
    [InlineData("40 patients (7.5%)")]
    [InlineData("12.5 per 1,000 of 240 patients")]               // 3, given back by the rate
    [InlineData("P2 has 3 deaths.")]
    [InlineData("\t3\t")]
    public void Refused(string text) => Assert.NotNull(CountsInText.Find(text, Policy));

    [Theory]
    [InlineData("")]
    [InlineData("0 deaths")]                                     // a true zero is shown
    [InlineData("5 deaths")]
    [InlineData("26600 patients, mean list size 5320.0")]
    [InlineData("Period: 2025-01 to 2025-12")]                   // dates
    [InlineData("hierarchy as at 2025-12-01")]
    [InlineData("on 01/03/2025 at 12:30")]
    [InlineData("3 March 2025")]
    [InlineData("Mar 3")]
    [InlineData("AnalysisKit version: 0.1.0.0")]                 // versions
    [InlineData("plotly.js 2.28.0")]
    [InlineData("P1, P2 and GPC082")]                            // codes
    [InlineData("Q3 2024/25")]
    [InlineData("SHA-256 of practice-lookup.csv")]
    [InlineData("a 3-year rolling total")]
    [InlineData("the 3rd practice")]
    [InlineData("rate 2.5 per 1,000")]                           // rates and decimals
    [InlineData("1164.9 per 1,000 patient-years in Fife 3")]     // a name with a number
    [InlineData("Fife 3: Practice A, Practice B")]
    [InlineData("3%")]
    [InlineData("change -3 on last year")]                      // signed differences
    [InlineData("+2 on last year")]
    [InlineData("£3 per item")]
    [InlineData("cell 2, line 3: done")]                        // labels
    [InlineData("quintile 1: 1461.9 (95% CI 1442.3 to 1481.7; 2 practices); quintile 2: 1120.9 (95% CI 1102.6 to 1139.3; 1 practice)")]
    [InlineData("by the SIMD 2020v2 quintile of each practice (1 = most deprived, 5 = least)")]
    [InlineData("The rate in the most deprived quintile shown (1) is 1.79 times that in the least deprived shown (4)")]
    [InlineData("Caveat: quintiles 1, 2 and 4 rest on fewer than 3 practices")]
    [InlineData("Top 3 practices by rate")]
    [InlineData("Step 1: load the data")]
    [InlineData("1. Load the data")]
    [InlineData("2) Compare")]
    [InlineData("… 3 more rows (23 in all)")]                   // the formatter's own line
    [InlineData("warning: only 2 units: over-dispersion estimated from fewer than 10 units")]
    [InlineData("1 suppressed cells left out, 0 differ")]
    [InlineData("0 practice-months without a row; 2 decimal places")]
    [InlineData("counts 1–4 (< 5) suppressed")]                  // ranges
    [InlineData("ages 0-4")]
    [InlineData("mean 3.0")]                                    // statistics
    [InlineData("ratio 2")]
    [InlineData("took 3 s")]
    [InlineData("3 of 40 practices")]
    [InlineData("In 2024, 12.5% of practices")]                // a year is not a denominator
    [InlineData("95% CI 1442.3 to 1481.7; 2 practices")]
    [InlineData("{ Quintile = 1, Rate = 3.5 }")]
    [InlineData("{ Cluster = GPC082, Practices = 3 }")]
    [InlineData("12 of 12 months covered")]
    [InlineData("#3 on the list")]
    public void Shown(string text) => Assert.Null(CountsInText.Find(text, Policy));

    [Fact]
    public void Finding_SaysLineAndColumn_AndWhetherItWasDerived()
    {
        Assert.Equal(new TextFinding(2, 9, false), CountsInText.Find("ok line\nDeaths: 3\n", Policy));
        Assert.Equal(new TextFinding(1, 1, true), CountsInText.Find("7.5% of 40 patients", Policy));
    }

    [Fact]
    public void Under10_SevenIsSmall_ButSevenPracticesIsNotACountOfPeople()
    {
        Assert.NotNull(CountsInText.Find("7 deaths", SuppressionPolicy.Under10));
        Assert.Null(CountsInText.Find("7 open practices compared", SuppressionPolicy.Under10));
    }

    [Theory]
    [InlineData("3", 3, 0)]
    [InlineData(" 1,234 ", 1234, 0)]
    [InlineData("2.50", 2.5, 2)]
    [InlineData("-3", -3, 0)]
    [InlineData("３", 3, 0)]
    public void IsNumber_ReadsACellThatIsOneNumber(string text, double value, int decimals)
    {
        Assert.True(CountsInText.IsNumber(text, out var read, out var places));
        Assert.Equal((decimal)value, read);
        Assert.Equal(decimals, places);
    }

    [Theory]
    [InlineData("3 (small)")]
    [InlineData("n/a")]
    [InlineData("2025-03-01")]
    [InlineData("")]
    public void IsNumber_IsFalseForTextThatIsNotOneNumber(string text) => Assert.False(CountsInText.IsNumber(text, out _, out _));
}
