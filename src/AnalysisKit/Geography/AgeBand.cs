namespace AnalysisKit.Geography;

/// <summary>
/// One age band of a practice list: a label ("0-4", "90+"), the inclusive lower and upper ages, and the column name
/// that holds it in a practice-population file ("Ages0to4").
/// </summary>
/// <param name="Label">The band label used everywhere in AnalysisKit, e.g. "45-49" or "90+" (ESP2013 weights are keyed by it).</param>
/// <param name="LowerAge">Youngest age in the band, in completed years (0 or more).</param>
/// <param name="UpperAge">Oldest age in the band, inclusive; null for the open top band ("90+").</param>
/// <param name="ColumnName">The column holding the band's counts in a population file, e.g. "Ages45to49".</param>
public sealed record AgeBand(string Label, int LowerAge, int? UpperAge, string ColumnName)
{
    /// <summary>True when <paramref name="age"/> (completed years, 0 or more) falls in this band.</summary>
    public bool Contains(int age) => age >= LowerAge && (UpperAge is null || age <= UpperAge.Value);

    /// <inheritdoc />
    public override string ToString() => Label;
}
