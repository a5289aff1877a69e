using AnalysisKit.Disclosure;
using AnalysisKit.Tests.Disclosure.Attack;

namespace AnalysisKit.Tests.Disclosure;

/// <summary>
/// Reproduces PHS sdcshinyapp's own tests (../shared/sdc, expected outputs written by PHS), and shows with the
/// attacker that its row-only rule leaks once a column-total row is published, while the complete method does not.
/// </summary>
public sealed class PhsSdcShinyAppTests
{
    [Fact]
    public void PrimaryOnly_Condition3OnTwoColumns_MatchesPhsExpectedOutput()
    {
        // sdcshinyapp test: Stat_Primary_Supress on columns 20-24 and 25-29, condition 3, zeros kept, NA kept.
        const string file = "phs_test_primary_cond3_cols_20-24_25-29.csv";
        string[] columns = ["20-24", "25-29"];
        var input = SdcTables.Rows(file, "input");
        var expected = SdcTables.Rows(file, "expected");
        var table = new DisclosureTable(file, ["row"], "Total", columns, null, [],
            input.Select(r => new TableRow([r.Text("row")], columns.Select(c => SdcTables.Count(r.Text(c))).ToArray(), [])).ToList());
        var policy = new SuppressionPolicy("sdcshinyapp-primary-3", 3, ThresholdComparison.LessThanOrEqual, true, "*", false, 1,
            RoundingRule.HalfToEven, false, SecondaryMethod.None);

        var result = Suppressor.Apply(table, policy);

        for (var r = 0; r < input.Count; r++)
        {
            for (var c = 0; c < columns.Length; c++)
            {
                Assert.Equal(expected[r].Text(columns[c]), result.Text(r, c));
            }
        }

        Assert.Equal(CellState.Zero, result.State(0, "25-29"));
    }

    [Fact]
    public void RowRule_Condition3PrimaryTotal_MatchesPhsExpectedOutput()
    {
        // sdcshinyapp test: Stat_Secondary_Supress, primary column Total, the eight age bands secondary, condition 3.
        const string file = "phs_test_secondary_cond3_primary_Total.csv";
        var columns = SdcTables.AgeBands.Append("Total").ToArray();
        var input = SdcTables.Rows(file, "input");
        var expected = SdcTables.Rows(file, "expected");
        var table = new DisclosureTable(file, ["row"], "Total", columns, null, [],
            input.Select(r => new TableRow([r.Text("row")], columns.Select(c => SdcTables.Count(r.Text(c))).ToArray(), [])).ToList());

        var result = Suppressor.Apply(table, SuppressionPolicy.SdcShinyApp(condition: 3));

        for (var r = 0; r < input.Count; r++)
        {
            for (var c = 0; c < columns.Length; c++)
            {
                Assert.Equal(expected[r].Text(columns[c]), result.Text(r, c));
            }
        }

        Assert.Equal(CellState.Missing, result.State(5, "Total"));
    }

    [Fact]
    public void RowRule_TrainingTableCondition4_SuppressesTheSmallestPartnerInRowA()
    {
        // By hand from phs_sdcshinyapp_dummy_wide.csv at condition 4 (≤ 4): line A has one small cell (45-49 = 3), so
        // its smallest other count (20-24 = 5) goes too; line B has four small cells (1, 4, 2, 3) and needs nothing
        // more; line C has none.
        var result = Suppressor.Apply(SdcTables.Training(withTotalRow: false), SuppressionPolicy.SdcShinyApp(condition: 4));

        var suppressed = result.Audit.Select(a => (a.RowLabel, a.Column, a.Reason)).ToList();
        Assert.Equal(
            [
                ("Sensitive A", "45-49", SuppressionReason.Primary),
                ("Sensitive B", "20-24", SuppressionReason.Primary),
                ("Sensitive B", "30-34", SuppressionReason.Primary),
                ("Sensitive B", "35-39", SuppressionReason.Primary),
                ("Sensitive B", "50-54", SuppressionReason.Primary),
                ("Sensitive A", "20-24", SuppressionReason.PhsRowRule),
            ],
            suppressed);
    }

    [Fact]
    public void RowRule_TrainingTableWithColumnTotals_AttackerRecoversCellsExactly()
    {
        var result = Suppressor.Apply(SdcTables.Training(withTotalRow: true), SuppressionPolicy.SdcShinyApp(condition: 4));

        var intervals = TableAttacker.Intervals(SdcTables.AttackerView(result, withTotalRow: true));

        // Four cells are alone in their column and come back by one subtraction (e.g. 30-34: 37 − 14 − 19 = 4 for
        // line B); with those known, line A's row total then gives back 20-24 for A and B as well.
        var exact = intervals.Where(p => p.Value.Upper is { } u && u.CompareTo(p.Value.Lower) == 0)
            .ToDictionary(p => p.Key, p => p.Value.Lower.ToString());
        Assert.Equal("4", exact[(1, 2)]);
        Assert.Equal("2", exact[(1, 3)]);
        Assert.Equal("3", exact[(0, 5)]);
        Assert.Equal("3", exact[(1, 6)]);
        Assert.True(exact.Count >= 4, $"expected at least four exact recoveries, got {exact.Count}");
    }

    [Fact]
    public void Complete_TrainingTableWithColumnTotals_AttackerCannotNarrowAnyCell()
    {
        var policy = new SuppressionPolicy("complete-4", 4, ThresholdComparison.LessThanOrEqual, true, "*", false, 1,
            RoundingRule.HalfToEven, false, SecondaryMethod.Complete);

        var result = Suppressor.Apply(SdcTables.Training(withTotalRow: true), policy);

        Assert.Empty(TableAttacker.Leaks(SdcTables.AttackerView(result, withTotalRow: true), policy.ProtectionWidth));
        Assert.Contains(result.Audit, a => a.Reason != SuppressionReason.Primary);
    }

    [Fact]
    public void Complete_TrainingTableUnder5_AttackerCannotNarrowAnyCell()
    {
        var policy = SuppressionPolicy.PhsPracticeUnder5;

        var result = Suppressor.Apply(SdcTables.Training(withTotalRow: true), policy);

        Assert.Empty(TableAttacker.Leaks(SdcTables.AttackerView(result, withTotalRow: true), policy.ProtectionWidth));
    }

    [Fact]
    public void Rounding_Base3_MatchesPhsExpectedOutput()
    {
        // sdcshinyapp test: Stat_Round to base 3 (plyr::round_any with R round, half to even); NA stays NA.
        const string file = "phs_test_rounding_base3.csv";
        var columns = SdcTables.AgeBands.Append("Total").ToArray();
        var input = SdcTables.Rows(file, "input");
        var expected = SdcTables.Rows(file, "expected");

        for (var r = 0; r < input.Count; r++)
        {
            foreach (var column in columns)
            {
                var count = SdcTables.Count(input[r].Text(column));
                var rounded = count is { } v ? Rounding.ToBase(v, 3, RoundingRule.HalfToEven) : (long?)null;
                Assert.Equal(SdcTables.Count(expected[r].Text(column)), rounded);
            }
        }
    }
}
