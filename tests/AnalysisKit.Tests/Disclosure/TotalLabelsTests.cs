using AnalysisKit.Disclosure;

namespace AnalysisKit.Tests.Disclosure;

public sealed class TotalLabelsTests
{
    [Theory]
    [InlineData("Total", "total")]
    [InlineData("Total ", "total")]
    [InlineData("\u00A0TOTAL\u00A0", "total")]
    [InlineData("All  lines", "all lines")]
    [InlineData("All\u00A0ages", "all ages")]
    [InlineData("To\u200Btal", "total")]
    [InlineData("\uFF34otal", "total")] // fullwidth T
    [InlineData("", "")]
    public void Normalise_TrimsFoldsCaseAndSpaces(string label, string expected) => Assert.Equal(expected, TotalLabels.Normalise(label));

    [Theory]
    [InlineData("All lines")]
    [InlineData("scotland")]
    [InlineData("All ages")]
    [InlineData(" Persons")]
    public void IsUsual_PhsTotalLabels_Recognised(string label) => Assert.True(TotalLabels.IsUsual(label));

    [Theory]
    [InlineData("All Saints Medical Practice")]
    [InlineData("Total population")]
    [InlineData("Sensitive A")]
    public void IsUsual_OrdinaryLabels_NotRecognised(string label) => Assert.False(TotalLabels.IsUsual(label));

    [Fact]
    public void Table_UsualLabelAboveOrdinaryKeys_IsAnOrdinaryKey()
    {
        // A country column that is "Scotland" on every row, with board totals declared as "Total": "Scotland" is a
        // parent of ordinary keys here, so it is not a total; the Scotland total is the declared one.
        var table = new DisclosureTable("t", ["country", "board"], "Total", ["a"], null, [],
        [
            new TableRow(["Scotland", "Total"], [30], []),
            new TableRow(["Scotland", "B1"], [10], []),
            new TableRow(["Scotland", "B2"], [20], []),
        ]);

        Assert.Empty(table.RecognisedTotals);
    }

    [Fact]
    public void Table_UsualLabelThatDoesNotAddUp_IsRefusedSayingWhyItIsATotal()
    {
        var e = Assert.Throws<ArgumentException>(() => new DisclosureTable("t", ["line"], "Total", ["a"], null, [],
            [new TableRow(["A"], [10], []), new TableRow(["B"], [20], []), new TableRow(["All lines"], [31], [])]));

        Assert.EndsWith(" 'All lines' is read as a total because it is a usual PHS total label; if it is not a total, rename it.", e.Message, StringComparison.Ordinal);
        Assert.StartsWith("The totals do not add up at table 't', data row 3 ('All lines'), column 'a'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_ColumnNamedAllAgesOverPartsNotInTheTable_IsRefused()
    {
        // All ages ≥ the two bands in every row but never their sum: an age band is missing from the table.
        var e = Assert.Throws<ArgumentException>(() => new DisclosureTable("t", ["practice"], "Total", ["0-64", "65+", "All ages"], null, [],
            [new TableRow(["P1"], [10, 4, 16], []), new TableRow(["P2"], [20, 6, 27], [])]));

        Assert.StartsWith("Table 't': column 'All ages' is named like a total and is at least the sum of the other count columns in every row", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_KeysComparedNormalised_TwoSpellingsOfOneRowAreDuplicates()
    {
        var e = Assert.Throws<ArgumentException>(() => new DisclosureTable("t", ["practice"], "Total", ["a"], null, [],
            [new TableRow(["P1"], [10], []), new TableRow(["p1 "], [20], [])]));

        Assert.StartsWith("Table 't': data rows 1 and 2 have the same keys", e.Message, StringComparison.Ordinal);
    }
}
