using AnalysisKit.Disclosure;
using AnalysisKit.Tests.Disclosure.Attack;

namespace AnalysisKit.Tests.Disclosure.Leaks;

/// <summary>
/// Issue cases 1 and 2: totals the analyst did not declare exactly. The "before" path is what the suppressor did before
/// totals were found rather than trusted: a row or column it did not recognise was published as an ordinary line, so
/// the release was the suppression of the other lines with that row or column printed beside them. The attacker sees
/// the release with the true relations (the test writes them out from the PHS training table's shape).
/// </summary>
public sealed class TotalsLeakTests
{
    public static TheoryData<string> TotalRowLabels => ["All lines", "Total ", "total", "Total\u00A0", "\u00A0TOTAL", "All  Lines"];

    [Theory]
    [MemberData(nameof(TotalRowLabels))]
    public void TotalRowNotNamedExactly_BeforeTheChangeAttackerPinsCells(string label)
    {
        // Before: the three lines suppressed on their own (with their Total column), the column-total row printed as is.
        var lines = SdcTables.Training(withTotalRow: false);
        var result = Suppressor.Apply(lines, SuppressionPolicy.PhsPracticeUnder5);
        var view = WithPublishedTotalRow(result);

        var exact = Exact(view);

        // 30-34 for line B is 37 − 14 − 19 = 4 by one subtraction down its column, and more follow.
        Assert.Contains(((1, 2), "4"), exact);
        Assert.True(exact.Count >= 4, $"'{label}': {exact.Count} cells pinned exactly");
    }

    [Theory]
    [MemberData(nameof(TotalRowLabels))]
    public void TotalRowNotNamedExactly_IsReadAsATotal_AttackerPinsNothing(string label)
    {
        var table = TrainingWithTotalRow(label);

        var result = Suppressor.Apply(table, SuppressionPolicy.PhsPracticeUnder5);

        Assert.Empty(TableAttacker.Leaks(SdcTables.AttackerView(result, withTotalRow: true), SuppressionPolicy.PhsPracticeUnder5.ProtectionWidth));
        Assert.Single(table.RecognisedTotals);
        Assert.Contains($"'{label}' in column 'line' is read as", table.RecognisedTotals[0], StringComparison.Ordinal);
    }

    [Fact]
    public void TotalColumnNotDeclared_BeforeTheChangeAttackerGetsA4549Back()
    {
        // Before: the eight age bands suppressed with no row relation, the Total column printed as is.
        var training = SdcTables.Training(withTotalRow: false);
        var bands = new DisclosureTable("bands", ["line"], "Total", SdcTables.AgeBands, null, [],
            training.Rows.Select(r => new TableRow(r.Keys, r.Counts.Take(8).ToArray(), [])).ToList());
        var result = Suppressor.Apply(bands, SuppressionPolicy.PhsPracticeUnder5);
        var view = new PublishedTable(3, 9);
        for (var r = 0; r < 3; r++)
        {
            for (var c = 0; c < 9; c++)
            {
                view.Suppressed[r, c] = c < 8 && result.State(r, c) == CellState.Suppressed;
                view.Values[r, c] = view.Suppressed[r, c] ? 0 : training.Rows[r].Counts[c]!.Value;
            }
        }

        view.AddRowTotals(8);

        // A:45-49 = 86 − (5 + 9 + 14 + 11 + 20 + 14 + 10) = 3.
        Assert.Contains(((0, 5), "3"), Exact(view));
    }

    [Fact]
    public void TotalColumnNotDeclared_IsFoundAndProtected_AttackerPinsNothing()
    {
        var training = SdcTables.Training(withTotalRow: false);
        var undeclared = new DisclosureTable("training", ["line"], "Total", SdcTables.AgeBands.Append("Total").ToArray(), null, [], training.Rows);

        var result = Suppressor.Apply(undeclared, SuppressionPolicy.PhsPracticeUnder5);

        Assert.Equal(["column 'Total' is the sum of columns '20-24', '25-29', '30-34', '35-39', '40-44', '45-49', '50-54', '55-59' in every row (found, not declared): treated as a total"],
            undeclared.FoundTotals);
        Assert.Empty(TableAttacker.Leaks(SdcTables.AttackerView(result, withTotalRow: false), SuppressionPolicy.PhsPracticeUnder5.ProtectionWidth));
    }

    [Fact]
    public void TotalRowWithAnOrdinaryLabel_IsFoundByItsSums_AttackerPinsNothing()
    {
        var table = TrainingWithTotalRow("Sum of lines");

        var result = Suppressor.Apply(table, SuppressionPolicy.Under10);

        Assert.Equal(["row 'Sum of lines' is the sum of the other rows of the table in every column (found, not declared): treated as a total"], table.FoundTotals);
        Assert.Empty(TableAttacker.Leaks(SdcTables.AttackerView(result, withTotalRow: true), SuppressionPolicy.Under10.ProtectionWidth));
    }

    internal static DisclosureTable TrainingWithTotalRow(string label)
    {
        var rows = SdcTables.Training(withTotalRow: true).Rows.ToList();
        rows[^1] = rows[^1] with { Keys = [label] };
        return new DisclosureTable("training", ["line"], "Total", SdcTables.AgeBands.Append("Total").ToArray(), "Total", [], rows);
    }

    /// <summary>The release before the change: the suppressed lines, and under them the column totals, published.</summary>
    private static PublishedTable WithPublishedTotalRow(SuppressionResult lines)
    {
        var table = lines.Table;
        var view = new PublishedTable(4, table.CountColumns.Count);
        for (var c = 0; c < table.CountColumns.Count; c++)
        {
            for (var r = 0; r < 3; r++)
            {
                view.Suppressed[r, c] = lines.State(r, c) == CellState.Suppressed;
                view.Values[r, c] = view.Suppressed[r, c] ? 0 : table.Rows[r].Counts[c]!.Value;
                view.Values[3, c] += table.Rows[r].Counts[c]!.Value;
            }
        }

        view.AddRowTotals(8);
        view.AddColumnTotals(3, [0, 1, 2]);
        return view;
    }

    private static List<((int Row, int Column) Cell, string Value)> Exact(PublishedTable view) =>
        TableAttacker.Intervals(view).Where(p => p.Value.Upper is { } u && u.CompareTo(p.Value.Lower) == 0)
            .Select(p => (p.Key, p.Value.Lower.ToString())).ToList();
}
