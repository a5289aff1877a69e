namespace AnalysisKit.Tests.Disclosure.Attack;

/// <summary>The attacker itself, on tables whose intervals are worked out by hand.</summary>
public sealed class TableAttackerTests
{
    [Fact]
    public void Intervals_TwoByTwoAllInteriorSuppressed_MatchHandDerivedBounds()
    {
        // Interior a=3 b=7 / c=6 d=4, row totals 10, 10, column totals 9, 11, grand total 20; the four interior cells
        // suppressed. With a = t: b = 10 − t, c = 9 − t, d = 1 + t, and all ≥ 0 gives 0 ≤ t ≤ 9. So a, c ∈ [0, 9] and
        // b, d ∈ [1, 10].
        var table = TwoByTwo();

        var intervals = TableAttacker.Intervals(table);

        Assert.Equal(("0", "9"), Show(intervals[(0, 0)]));
        Assert.Equal(("1", "10"), Show(intervals[(0, 1)]));
        Assert.Equal(("0", "9"), Show(intervals[(1, 0)]));
        Assert.Equal(("1", "10"), Show(intervals[(1, 1)]));
    }

    [Fact]
    public void Intervals_SuppressedGrandTotalAndMargins_UpperBoundIsUnbounded()
    {
        // Everything suppressed: any table can be scaled up, so nothing has an upper bound; lower bounds are 0.
        var table = TwoByTwo();
        for (var r = 0; r < 3; r++)
        {
            for (var c = 0; c < 3; c++)
            {
                table.Suppressed[r, c] = true;
            }
        }

        var intervals = TableAttacker.Intervals(table);

        Assert.All(intervals.Values, i => Assert.Null(i.Upper));
        Assert.All(intervals.Values, i => Assert.Equal("0", i.Lower.ToString()));
    }

    [Fact]
    public void Intervals_SixCycle_PinsTheSmallCellToZeroToTwo()
    {
        // Suppressed cycle a(0,0)=1, b(0,1)=4, c(1,1)=4, d(1,2)=1, e(2,2)=4, f(2,0)=4; every row and column has two
        // suppressed cells and each pair adds up to ≥ 5, yet the only way to move a is around the cycle:
        // a + s, b − s, c + s, d − s, e + s, f − s. Non-negativity gives −min(a, c, e) ≤ s ≤ min(b, d, f), i.e.
        // −1 ≤ s ≤ 1, so a ∈ [0, 2]: the attacker learns a is small although every line "looks" protected.
        var table = SixCycle();

        var intervals = TableAttacker.Intervals(table);

        Assert.Equal(("0", "2"), Show(intervals[(0, 0)]));
        Assert.Equal(("3", "5"), Show(intervals[(0, 1)]));
    }

    /// <summary>Interior a=3 b=7 / c=6 d=4 with row totals in column 2 and column totals in row 2.</summary>
    internal static PublishedTable TwoByTwo()
    {
        var table = new PublishedTable(3, 3);
        long[,] values = { { 3, 7, 10 }, { 6, 4, 10 }, { 9, 11, 20 } };
        for (var r = 0; r < 3; r++)
        {
            for (var c = 0; c < 3; c++)
            {
                table.Values[r, c] = values[r, c];
                table.Suppressed[r, c] = r < 2 && c < 2;
            }
        }

        table.AddRowTotals(2);
        table.AddColumnTotals(2, [0, 1]);
        return table;
    }

    /// <summary>3 × 3 interior (cycle a..f plus 10s), row totals in column 3, column totals in row 3.</summary>
    internal static PublishedTable SixCycle()
    {
        long[,] interior = { { 1, 4, 10 }, { 10, 4, 1 }, { 4, 10, 4 } };
        var table = new PublishedTable(4, 4);
        for (var r = 0; r < 3; r++)
        {
            for (var c = 0; c < 3; c++)
            {
                table.Values[r, c] = interior[r, c];
                table.Values[r, 3] += interior[r, c];
                table.Values[3, c] += interior[r, c];
                table.Values[3, 3] += interior[r, c];
            }
        }

        foreach (var (r, c) in new[] { (0, 0), (0, 1), (1, 1), (1, 2), (2, 2), (2, 0) })
        {
            table.Suppressed[r, c] = true;
            table.Values[r, c] = 0;
        }

        table.AddRowTotals(3);
        table.AddColumnTotals(3, [0, 1, 2]);
        return table;
    }

    private static (string, string?) Show((Rational Lower, Rational? Upper) interval) =>
        (interval.Lower.ToString(), interval.Upper?.ToString());
}
