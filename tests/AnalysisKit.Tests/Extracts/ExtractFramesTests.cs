using AnalysisKit.Extracts;
using Microsoft.Data.Analysis;

namespace AnalysisKit.Tests.Extracts;

/// <summary>ExtractFrames' everyday steps against sums worked by hand on small frames.</summary>
public sealed class ExtractFramesTests
{
    // Five prescribing rows: two practices, two months (one on the 15th), BNF codes of three sections; one missing count.
    private static DataFrame Prescribing() => new(
        new StringDataFrameColumn("Practice", ["P2", "P1", "P1", "P2", "P1", "P1"]),
        new PrimitiveDataFrameColumn<DateTime>("Month", [new DateTime(2024, 2, 1), new DateTime(2024, 1, 1), new DateTime(2024, 1, 15),
            new DateTime(2024, 1, 1), new DateTime(2024, 2, 1), new DateTime(2024, 1, 1)]),
        new StringDataFrameColumn("BNF", ["0501013B0", "0501015P0", "0501021A0", "0403030E0", "0501013K0", "0501012G0"]),
        new Int64DataFrameColumn("Items", [7L, 11, 13, 17, null, 19]),
        new DoubleDataFrameColumn("Cost", [1.25, 2.5, 4.0, 8.0, 16.0, 32.0]));

    [Fact]
    public void WhereCodeStartsWith_KeepsThePrefixLessTheExcludedOnesInOrder()
    {
        var kept = Prescribing().WhereCodeStartsWith("BNF", ["0501"], exclude: ["0501015"]);

        // 0501015P0 is excluded and 0403030E0 is not antibacterial: rows 0, 2, 4, 5 remain.
        Assert.Equal(["0501013B0", "0501021A0", "0501013K0", "0501012G0"], kept.Columns["BNF"].Cast<string>());
        Assert.Equal(["P2", "P1", "P1", "P1"], kept.Columns["Practice"].Cast<string>());
    }

    [Fact]
    public void WhereCodeStartsWith_SeveralPrefixes_KeepsEither()
    {
        var kept = Prescribing().WhereCodeStartsWith("BNF", ["0403", "0501021"]);

        Assert.Equal(["0501021A0", "0403030E0"], kept.Columns["BNF"].Cast<string>());
    }

    [Fact]
    public void SumBy_AddsCountsExactlyAndAmountsByKeyInOrdinalOrder()
    {
        var sums = Prescribing().SumBy(["Practice"], ["Items", "Cost"]);

        // P1: items 11 + 13 + missing + 19 = missing (a missing count is never 0); cost 2.5 + 4 + 16 + 32 = 54.5.
        // P2: items 7 + 17 = 24; cost 1.25 + 8 = 9.25.
        Assert.Equal(["P1", "P2"], sums.Columns["Practice"].Cast<string>());
        Assert.IsType<Int64DataFrameColumn>(sums.Columns["Items"]);
        Assert.Equal([null, 24L], sums.Columns["Items"].Cast<long?>());
        Assert.Equal([54.5, 9.25], sums.Columns["Cost"].Cast<double?>());
    }

    [Fact]
    public void SumBy_TwoKeys_GroupsEachCombination()
    {
        var sums = Prescribing().WhereCodeStartsWith("BNF", ["05"]).SumBy(["Practice", "Month"], ["Items"]);

        // P1 2024-01-01: 11 + 19 = 30; P1 2024-01-15: 13; P1 2024-02-01: missing; P2 2024-02-01: 7.
        Assert.Equal(["P1", "P1", "P1", "P2"], sums.Columns["Practice"].Cast<string>());
        Assert.Equal(["2024-01-01", "2024-01-15", "2024-02-01", "2024-02-01"], sums.Columns["Month"].Cast<string>());
        Assert.Equal([30L, 13, null, 7], sums.Columns["Items"].Cast<long?>());
    }

    [Fact]
    public void SumBy_CountsBeyondTwoToThe53_StayExact()
    {
        var frame = new DataFrame(new StringDataFrameColumn("k", ["a", "a"]), new Int64DataFrameColumn("n", [(1L << 53) + 1, 2L]));

        Assert.Equal((1L << 53) + 3, frame.SumBy(["k"], ["n"]).Columns["n"][0]);
    }

    [Fact]
    public void PivotByMonth_OneColumnPerMonth_DaysOfAMonthAddUp()
    {
        var wide = Prescribing().WhereCodeStartsWith("BNF", ["05"]).PivotByMonth("Practice", "Month", "Items");

        // P1 January: 11 + 13 (the 15th) + 19 = 43; P1 February: missing; P2 January: no row; P2 February: 7.
        Assert.Equal(["Practice", "2024-01", "2024-02"], wide.Columns.Select(c => c.Name));
        Assert.Equal(["P1", "P2"], wide.Columns["Practice"].Cast<string>());
        Assert.Equal([43L, null], wide.Columns["2024-01"].Cast<long?>());
        Assert.Equal([null, 7L], wide.Columns["2024-02"].Cast<long?>());
    }

    [Fact]
    public void PivotByMonth_Amounts_AreDoubles()
    {
        var wide = Prescribing().PivotByMonth("Practice", "Month", "Cost");

        // P1 January 2.5 + 4 + 32 = 38.5, February 16; P2 January 8, February 1.25.
        Assert.Equal([38.5, 8.0], wide.Columns["2024-01"].Cast<double?>());
        Assert.Equal([16.0, 1.25], wide.Columns["2024-02"].Cast<double?>());
    }

    [Fact]
    public void AnUnknownColumn_IsNamedWithTheColumnsPresent()
    {
        var e = Assert.Throws<ArgumentException>(() => Prescribing().SumBy(["Practise"], ["Items"]));

        Assert.StartsWith("The frame has no column 'Practise'; its columns are: Practice, Month, BNF, Items, Cost.", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Prescribing().WhereCodeStartsWith("BNFCode", ["05"]));
        Assert.Throws<ArgumentException>(() => Prescribing().PivotByMonth("Practice", "Date", "Items"));
    }

    [Fact]
    public void SummingText_SaysToDeclareACountOrNumber()
    {
        var e = Assert.Throws<ArgumentException>(() => Prescribing().SumBy(["Practice"], ["BNF"]));

        Assert.StartsWith("Column 'BNF' holds String, not numbers, so it cannot be summed; declare it as a Count or Number in the schema.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingKey_IsAnErrorNamingRowAndColumn()
    {
        var frame = new DataFrame(new StringDataFrameColumn("Practice", ["P1", null]), new Int64DataFrameColumn("Items", [1L, 2L]));

        var e = Assert.Throws<ArgumentException>(() => frame.SumBy(["Practice"], ["Items"]));

        Assert.StartsWith("Row 1 of the frame has no value in key column 'Practice'; a missing key cannot be grouped (fill it or filter the row out first).", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PivotByMonthOfText_SaysItNeedsADate()
    {
        var e = Assert.Throws<ArgumentException>(() => Prescribing().PivotByMonth("Month", "Practice", "Items"));

        Assert.StartsWith("Column 'Practice' has 'P2', which is not a date; a pivot by month needs a Date or Month column.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NoPrefix_IsRefused()
    {
        var e = Assert.Throws<ArgumentException>(() => Prescribing().WhereCodeStartsWith("BNF", []));

        Assert.StartsWith("Filtering 'BNF' by prefix needs at least one non-empty prefix (e.g. \"0501\" for BNF antibacterials).", e.Message, StringComparison.Ordinal);
    }
}
