using AnalysisKit.Charts;
using AnalysisKit.Disclosure;
using AnalysisKit.Notebooks.Guard;
using AnalysisKit.Variation.Funnels;
using AnalysisKit.Variation.Spc;

namespace AnalysisKit.Notebooks.Tests.Guard;

/// <summary>
/// The library's own sentences pass the output guard: a number of units or chart points it reports is not a count of
/// people. Seen in the task notebooks: "where chance alone would put about 2." and "4 special cause concern" were
/// refused as small counts, so a notebook could not show a funnel's warning or an SPC chart's alt text.
/// </summary>
public sealed class LibraryWordsTests
{
    private static readonly SuppressionPolicy Policy = SuppressionPolicy.PhsPracticeUnder5;

    [Fact]
    public void PheFunnelWarning_WithAboutTwoUnitsByChance_IsShown()
    {
        // 1,000 practices of 1,000 patients, 30 to 70 per 1,000 in turn: far wider than chance, and 0.2% of 1,000 = 2.
        var units = Enumerable.Range(0, 1000).Select(i => new FunnelUnit($"P{i}", 30 + (i % 41), 1000)).ToList();

        var warning = Assert.Single(PheFunnel.ForProportions(units).Warnings);

        Assert.Contains("where chance alone would put about 2 units.", warning, StringComparison.Ordinal);
        Assert.Null(CountsInText.Find(warning, Policy));
    }

    [Fact]
    public void FunnelChartAltText_NamingFiveOutliersOfNine_IsShown()
    {
        // 200 practices at 50 per 1,000, and nine far above it: five are named, "and 4 other practices" (was "and 4 others").
        var units = Enumerable.Range(0, 200).Select(i => new FunnelUnit($"P{i:000}", i < 9 ? 150 : 50, 1000)).ToList();

        var altText = PheFunnel.ForProportions(units).ToChart(new FunnelChartOptions("guard", "Guard") { UnitNoun = "practices" }).AltText;

        Assert.Contains("and 4 other practices)", altText, StringComparison.Ordinal);
        Assert.Null(CountsInText.Find(altText, Policy));
    }

    [Fact]
    public void SpcChartAltText_WithOneSpecialCausePoint_IsShown()
    {
        var values = new[] { 10.5, 11.5, 10.5, 9.5, 10.5, 11.5, 10.5, 9.5, 30.5, 10.5, 11.5, 10.5 };
        var points = values.Select((v, i) => new SpcPoint(new DateOnly(2024, 1, 1).AddMonths(i), v)).ToList();
        var xmr = XmrChart.Calculate(points, new XmrOptions(ImprovementDirection.Decrease));

        var altText = xmr.ToChart(new SpcChartOptions("guard", "Guard", "Rate")).AltText;

        Assert.Contains("1 point of special cause concern", altText, StringComparison.Ordinal);
        Assert.Null(CountsInText.Find(altText, Policy));
    }

    [Fact]
    public void PrescribingMedianSentence_WithSmallNumbersOfPractices_IsShownAndTheBareFormWasNot()
    {
        // PrescribingSentences' wording (its text is asserted in PrescribingSectionTests); notebook 04 was refused with
        // the bare form "…; 2 are withheld by disclosure control."
        const string sentence = "Of its 7 practices, 2 practices were above the median of Scotland's practices and 3 practices at or below it; 2 practices are withheld by disclosure control.";
        const string bare = "Of its 7 practices, 2 were above the median of Scotland's practices and 3 at or below it; 2 are withheld by disclosure control.";

        Assert.Null(CountsInText.Find(sentence, Policy));
        Assert.NotNull(CountsInText.Find(bare, Policy));
    }
}
