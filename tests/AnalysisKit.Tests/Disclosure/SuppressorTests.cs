using AnalysisKit.Disclosure;
using AnalysisKit.Testing;

namespace AnalysisKit.Tests.Disclosure;

public sealed class SuppressorTests
{
    private static readonly string[] Measures = ["measure", "lowci", "upci"];

    [Fact]
    public void Measures_ScotPhoIllustration_BlankedAsScotPhoDoes()
    {
        // ../shared/sdc/scotpho_apply_suppressions_illustration.csv: for % and cr the numerator, measure and CIs go;
        // for sr only the numerator goes; "5 is not < 5".
        var file = ReferenceCsv.Read(RepoPaths.SharedOrSkip("sdc/scotpho_apply_suppressions_illustration.csv"));
        foreach (var row in file.Rows)
        {
            var kind = row.Text("type_id") switch
            {
                "%" => MeasureKind.Percentage,
                "cr" => MeasureKind.CrudeRate,
                "sr" => MeasureKind.StandardisedRate,
                var other => throw new InvalidOperationException(other),
            };
            var threshold = int.Parse(row.Text("supress_less_than"));
            var policy = new SuppressionPolicy("scotpho", threshold, ThresholdComparison.LessThan, true, "*", false, 1,
                RoundingRule.HalfUp, keepStandardisedRates: true, SecondaryMethod.Complete);
            var table = new DisclosureTable("scotpho", ["area"], "Total", ["numerator"], null,
                Measures.Select(m => new FollowerColumn(m, "numerator", kind)).ToList(),
                [new TableRow(["area"], [long.Parse(row.Text("numerator_in"))], Measures.Select(m => row.Text(m + "_in")).ToList())]);

            var result = Suppressor.Apply(table, policy);

            Assert.Equal(row.IsNA("numerator_out"), result.State(0, 0) == CellState.Suppressed);
            for (var f = 0; f < Measures.Length; f++)
            {
                Assert.Equal(row.IsNA(Measures[f] + "_out") ? "*" : row.Text(Measures[f] + "_out"), result.MeasureText(0, f));
            }
        }
    }

    [Fact]
    public void States_SuppressedZeroMissingAndPublished_StayDistinctInText()
    {
        var table = new DisclosureTable("t", ["practice"], "Total", ["a", "b", "c", "d"], null, [],
            [new TableRow(["P1"], [0, null, 3, 20], [])]);
        var policy = new SuppressionPolicy("p", 5, ThresholdComparison.LessThan, true, "*", false, 1, RoundingRule.HalfUp, true, SecondaryMethod.None);

        var result = Suppressor.Apply(table, policy);

        Assert.Equal([CellState.Zero, CellState.Missing, CellState.Suppressed, CellState.Published], Enumerable.Range(0, 4).Select(c => result.State(0, c)));
        Assert.Equal(["0", "", "*", "20"], Enumerable.Range(0, 4).Select(c => result.Text(0, c)));
    }

    [Fact]
    public void QualifierColumns_SuppressedValueBlankWithCInQf_RoundsToZeroGetsTilde()
    {
        var table = new DisclosureTable("t", ["practice"], "Total", ["a", "b", "c"], null, [], [new TableRow(["P1"], [3, 21, 12], [])]);
        var policy = new SuppressionPolicy("open", 3, ThresholdComparison.LessThanOrEqual, true, "c", true, 5, RoundingRule.HalfUp, true, SecondaryMethod.None);

        var result = Suppressor.Apply(table, policy);

        Assert.Equal(("", "c"), (result.Text(0, 0), result.Qualifier(0, 0)));
        Assert.Equal(("20", ""), (result.Text(0, 1), result.Qualifier(0, 1))); // 21 → 20 at base 5
        Assert.Equal(("10", ""), (result.Text(0, 2), result.Qualifier(0, 2))); // 12 → 10
        Assert.Contains(result.Warnings, w => w.StartsWith("Counts are rounded to base 5 (HalfUp)", StringComparison.Ordinal));
    }

    [Fact]
    public void Rounding_SmallNonZeroAboveThreshold_RoundsToZeroState()
    {
        var table = new DisclosureTable("t", ["practice"], "Total", ["a"], null, [], [new TableRow(["P1"], [2], [])]);
        var policy = new SuppressionPolicy("r", 1, ThresholdComparison.LessThan, true, "*", false, 10, RoundingRule.HalfUp, true, SecondaryMethod.None);

        var result = Suppressor.Apply(table, policy);

        Assert.Equal(CellState.RoundsToZero, result.State(0, 0));
        Assert.Equal("~", result.Qualifier(0, 0));
    }

    [Fact]
    public void Rounding_ACountThatRoundsToZero_IsPublishedAsTilde_NotAsTheTrueZeroTheFootnoteDescribes()
    {
        // 1 at base 10 (half up) rounds to 0; 0 is a true zero. Without QF columns the cell reads "~", and the footnote
        // says what ~ is; with QF columns the value reads 0 with "~" beside it, and the footnote says a true zero has no ~.
        var table = new DisclosureTable("t", ["practice"], "Total", ["a", "b"], null, [], [new TableRow(["P1"], [1, 0], [])]);
        var plain = new SuppressionPolicy("r", 1, ThresholdComparison.LessThan, true, "*", false, 10, RoundingRule.HalfUp, true, SecondaryMethod.None);
        var open = new SuppressionPolicy("q", 1, ThresholdComparison.LessThan, true, "c", true, 10, RoundingRule.HalfUp, true, SecondaryMethod.None);

        var shown = Suppressor.Apply(table, plain);
        var qualified = Suppressor.Apply(table, open);

        Assert.Equal(["~", "0"], [shown.Text(0, 0), shown.Text(0, 1)]);
        Assert.Equal(DisclosureMessages.StandardFootnote + "\n* indicates value has been suppressed according to PHS Statistical Disclosure Control Protocol. " +
                     "~ indicates a count that rounds to zero but is not zero.\n0 is a true zero. A blank cell means no data (missing); it is neither a zero nor a suppressed value.",
            shown.Footnote);
        Assert.Equal([("0", "~"), ("0", "")], [(qualified.Text(0, 0), qualified.Qualifier(0, 0)), (qualified.Text(0, 1), qualified.Qualifier(0, 1))]);
        Assert.EndsWith("\n0 with no ~ in its QF column is a true zero. A blank cell means no data (missing); it is neither a zero nor a suppressed value.", qualified.Footnote, StringComparison.Ordinal);
        Assert.Equal(["~", "0"], [shown.ToDataFrame()["a"][0], shown.ToDataFrame()["b"][0]]);
    }

    [Fact]
    public void AuditAndReview_ListHiddenValuesReasonsAndEveryCountUnderTen()
    {
        // Row P1: 3, 4, 8, total 15. 3 and 4 are primary (< 5); two cells are hidden and their sum 7 ≥ 5, so nothing
        // more is needed. The review sheet lists every count under 10: 3, 4 (suppressed) and 8 (published).
        var table = new DisclosureTable("t", ["practice"], "Total", ["a", "b", "c", "Total"], "Total", [], [new TableRow(["P1"], [3, 4, 8, 15], [])]);

        var result = Suppressor.Apply(table, SuppressionPolicy.PhsPracticeUnder5);

        Assert.Equal([("a", "3", SuppressionReason.Primary), ("b", "4", SuppressionReason.Primary)],
            result.Audit.Select(a => (a.Column, a.HiddenValue, a.Reason)));
        Assert.Equal([("a", 3L, "*"), ("b", 4L, "*"), ("c", 8L, "8")], result.Review.Select(r => (r.Column, r.Count, r.Published)));
    }

    [Fact]
    public void Complete_LoneSmallCountInRow_GetsTheSmallestPartner()
    {
        // 2, 9, 30 with total 41: only 2 is primary; its cheapest partner is 9 (sum 11 ≥ 5), so 30 and 41 stay.
        var table = new DisclosureTable("t", ["practice"], "Total", ["a", "b", "c", "Total"], "Total", [], [new TableRow(["P1"], [2, 9, 30, 41], [])]);

        var result = Suppressor.Apply(table, SuppressionPolicy.PhsPracticeUnder5);

        Assert.Equal(["*", "*", "30", "41"], Enumerable.Range(0, 4).Select(c => result.Text(0, c)));
        Assert.Equal(SuppressionReason.LoneCellPartner, result.Audit[1].Reason);
        Assert.Equal("row 'P1' adds up to its 'Total' column", result.Audit[1].Because);
    }

    [Fact]
    public void Complete_SuppressedCellsAddingUpToASmallNumber_GetAnotherPartner()
    {
        // 1, 2, 30, 40 with total 73: 1 and 2 are primary but the row total tells the attacker they add up to 3 (< 5),
        // so the cheapest other count, 30, goes too (1 + 2 + 30 = 33); 40 and 73 stay.
        var table = new DisclosureTable("t", ["practice"], "Total", ["a", "b", "c", "d", "Total"], "Total", [], [new TableRow(["P1"], [1, 2, 30, 40, 73], [])]);

        var result = Suppressor.Apply(table, SuppressionPolicy.PhsPracticeUnder5);

        Assert.Equal(["*", "*", "*", "40", "73"], Enumerable.Range(0, 5).Select(c => result.Text(0, c)));
        Assert.Equal(("c", SuppressionReason.SmallGroupSum), (result.Audit[2].Column, result.Audit[2].Reason));
    }

    [Fact]
    public void Complete_ZeroTotalOverMissingParts_HidesAMissingCellRatherThanFail()
    {
        // Zeros hidden; cluster C1's count is 0 and its only practice is blank, so the 0 follows from the blank.
        var table = new DisclosureTable("t", ["cluster", "practice"], "Total", ["a"], null, [],
            [new TableRow(["C1", "Total"], [0], []), new TableRow(["C1", "P1"], [null], [])]);
        var policy = new SuppressionPolicy("z", 5, ThresholdComparison.LessThan, false, "*", false, 1, RoundingRule.HalfUp, true, SecondaryMethod.Complete);

        var result = Suppressor.Apply(table, policy);

        Assert.Equal(CellState.Suppressed, result.State(1, 0));
        Assert.Equal(DisclosureMessages.MissingValue, result.Audit[^1].HiddenValue);
    }

    [Fact]
    public void RowsOnly_WithPublishedTotals_WarnsThatCellsMayBeRecoverable()
    {
        var result = Suppressor.Apply(SdcTables.Training(withTotalRow: true), SuppressionPolicy.SdcShinyApp(condition: 4));

        Assert.Contains(result.Warnings, w => w.StartsWith("Table 'phs_sdcshinyapp_dummy_wide' publishes 13 additive relations (totals) but secondary suppression is PhsRowsOnly", StringComparison.Ordinal));
    }
}
