using AnalysisKit.Disclosure;
using AnalysisKit.Notebooks.Guard;

namespace AnalysisKit.Notebooks.Tests.Guard;

/// <summary>Tables as HTML, read column by column (PHS practice policy).</summary>
public sealed class TableCheckTests
{
    private static TableFinding? Find(string html, params string[] labels) =>
        TableCheck.Find(HtmlContent.Parse(html).Tables.Single(), labels, SuppressionPolicy.PhsPracticeUnder5);

    private static string Table(string header, params string[] rows) =>
        "<table><thead><tr>" + string.Concat(header.Split('|').Select(h => $"<th>{h}</th>")) + "</tr></thead><tbody>" +
        string.Concat(rows.Select(r => "<tr>" + string.Concat(r.Split('|').Select(c => $"<td>{c}</td>")) + "</tr>")) + "</tbody></table>";

    [Fact]
    public void TheFormattersIndexColumn_IsNotData() =>
        Assert.Null(Find("<table><thead><tr><th><i>index</i></th><th>deaths</th></tr></thead><tbody><tr><td>3</td><td>40</td></tr></tbody></table>"));

    [Fact]
    public void AWholeSmallNumber_IsACount_InAnyColumn() =>
        Assert.Equal(new TableFinding("deaths", 1, false), Find(Table("practice|deaths", "P1|40", "P2|3")));

    [Fact]
    public void AMeasureColumnWrittenWithFixedDecimals_IsNotCounts_ButABareWholeNumberInItIs()
    {
        Assert.Null(Find(Table("rate", "0.50", "2.00", "3.75")));
        Assert.Equal(new TableFinding("rate", 1, false), Find(Table("rate", "0.5", "2", "3.75")));
    }

    [Fact]
    public void LabelColumns_AndColumnsOfDifferences_AreNotCounts()
    {
        Assert.Null(Find(Table("quintile|deaths", "1|40", "2|12"), "quintile"));
        Assert.Null(Find(Table("change", "-3", "2", "0")));
    }

    [Fact]
    public void MarkedTables_ReadOnlyTheirCountCells() =>
        Assert.Equal(new TableFinding("deaths", 0, false),
            Find("<table><tr><th>quintile</th><th>deaths</th></tr><tr><td>1</td><td class=\"count\">3</td></tr></table>"));

    [Fact]
    public void ARateBesideItsDenominator_GivesBackTheCount() =>
        Assert.Equal(new TableFinding("% smokers", 0, true), Find(Table("practice|list size|% smokers", "P1|40|7.5")));

    [Fact]
    public void ARateBesideACountOfSomethingElse_IsNotMultipliedOut() =>
        Assert.Null(Find(Table("practice|items (count)|rate per 1,000", "P1|17876|1530.4", "P2|4746|406.3")));

    [Fact]
    public void ARowThatSpansColumns_IsReadAsText() =>
        Assert.Null(Find("<table><tr><th>a</th><th>b</th></tr><tr><td>12</td><td>40</td></tr><tr><td colspan=\"2\">… (more)</td></tr></table>"));

    [Fact]
    public void HtmlContent_ReadsTextAttributesScriptsAndCaptions()
    {
        var content = HtmlContent.Parse("<h1>Title</h1><p title='t &amp; 3'>a<br>b</p><script>var x = [1];</script><!-- 3 --><table><caption>Cap</caption><tr><td>x</td></tr></table>");

        Assert.Equal("\nTitle\n\na\nb\n\n", content.Text);
        Assert.Equal(["t & 3"], content.AttributeTexts);
        Assert.Equal(["var x = [1];"], content.Scripts);
        Assert.Equal("Cap", content.Tables.Single().Caption.ToString());
    }
}
