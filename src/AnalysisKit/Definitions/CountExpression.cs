namespace AnalysisKit.Definitions;

/// <summary>
/// A numerator (or counted denominator) over an extract's rows: the sum of one or more columns over the rows that pass
/// every filter. In a definition file it is a column name (<c>"hypreg"</c>) or
/// <c>{ "sum": "NumberOfPaidItems", "where": { "BNFItemCode": { "prefix": ["0501"], "exclude": ["0501013"] } } }</c>.
/// </summary>
/// <param name="Columns">The columns summed (a register column, or several registers added).</param>
/// <param name="Filters">Row filters, all of which must pass; empty for every row.</param>
/// <param name="Values">Whether the columns hold counts (whole numbers: items, patients) or amounts (quantity, cost).</param>
/// <param name="Count">For amounts: the column counting the same rows' items (e.g. <c>NumberOfPaidItems</c>), which
/// disclosure control protects, since a cost or quantity over a few items describes those few prescriptions; null for counts.</param>
public sealed record CountExpression(IReadOnlyList<string> Columns, IReadOnlyList<ColumnFilter> Filters, ValueKind Values = ValueKind.Count, string? Count = null)
{
    /// <summary>Every column the expression reads (summed, counted and filtered).</summary>
    public IEnumerable<string> ColumnsRead => Columns.Concat(Count is null ? [] : [Count]).Concat(Filters.Select(f => f.Column));

    /// <summary>The columns whose sum is the count disclosure control protects: the summed columns for counts, <see cref="Count"/> for amounts.</summary>
    public IReadOnlyList<string> CountColumns => Values == ValueKind.Count ? Columns : Count is null ? [] : [Count];

    /// <summary>The expression in words for methods and provenance, e.g. "NumberOfPaidItems where BNFItemCode starts with 0501".</summary>
    public string Describe() =>
        string.Join(" + ", Columns) + (Filters.Count == 0 ? "" : " where " + string.Join(" and ", Filters.Select(f => f.Describe())));
}

/// <summary>What the summed columns hold.</summary>
public enum ValueKind
{
    /// <summary>Whole numbers of items, events or patients: loaded as integers, and disclosure-controlled.</summary>
    Count,

    /// <summary>Amounts (quantity, cost): loaded as real numbers.</summary>
    Amount,
}
