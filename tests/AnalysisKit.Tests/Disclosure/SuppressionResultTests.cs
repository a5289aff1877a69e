using AnalysisKit.Disclosure;

namespace AnalysisKit.Tests.Disclosure;

public sealed class SuppressionResultTests
{
    // No totals, so only primary suppression: P2's 3 deaths (1–4) is hidden and its crude rate blanked with it;
    // P3's 0 is a true zero and shown; P4's deaths are missing (blank), which is neither zero nor suppressed.
    private static DisclosureTable Deaths() =>
        new("deaths", ["practice"], "Total", ["deaths"], null, [new FollowerColumn("rate", "deaths", MeasureKind.CrudeRate)],
        [
            new TableRow(["P1"], [12], ["52.1"]),
            new TableRow(["P2"], [3], ["13.0"]),
            new TableRow(["P3"], [0], ["0.0"]),
            new TableRow(["P4"], [null], [""]),
        ]);

    [Fact]
    public void ToDataFrame_ShowsKeysPublishedTextAndMeasures_KeepingSuppressedZeroAndMissingApart()
    {
        var frame = Suppressor.Apply(Deaths(), SuppressionPolicy.PhsPracticeUnder5).ToDataFrame();

        Assert.Equal(["practice", "deaths", "rate"], frame.Columns.Select(c => c.Name));
        Assert.Equal(["12", "*", "0", ""], frame["deaths"].Cast<string>());
        Assert.Equal(["52.1", "*", "0.0", ""], frame["rate"].Cast<string>());
    }

    [Fact]
    public void ToDataFrame_WithQualifierColumns_PutsCInTheQfColumnBesideABlank()
    {
        var openData = new SuppressionPolicy("open-data", 5, ThresholdComparison.LessThan, true, "c", true, 1, RoundingRule.HalfUp, false, SecondaryMethod.Complete);

        var frame = Suppressor.Apply(Deaths(), openData).ToDataFrame();

        Assert.Equal(["practice", "deaths", "deathsQF", "rate", "rateQF"], frame.Columns.Select(c => c.Name));
        Assert.Equal(["12", "", "0", ""], frame["deaths"].Cast<string>());
        Assert.Equal(["", "c", "", ""], frame["deathsQF"].Cast<string>());
        Assert.Equal(["", "c", "", ""], frame["rateQF"].Cast<string>());
    }
}
