using AnalysisKit.Disclosure;
using AnalysisKit.Geography;

namespace AnalysisKit.Prescribing;

/// <summary>
/// Disclosure control of a measure, month by month, for all of Scotland at once. A measure's value gives its count back
/// whenever its denominator is published: list sizes and populations by age and sex are public, so items per 1,000
/// patients × list size ÷ 1,000 is the practice's item count; a share with a published denominator gives its numerator;
/// and a cost-per-population saving gives the cost of the few items behind it. So every figure of a unit-month — value,
/// percentile, saving — is published only when the counts behind it are:
/// <list type="bullet">
/// <item>each month, one table of the items behind the measure — the numerator's, and for a share also the rest of the
/// denominator's with the denominator as the row total (so neither the numerator, the rest nor the whole can be small) —
/// with a row for every practice and a total row for every cluster, HSCP, board and Scotland, suppressed by
/// <see cref="Suppressor.Apply(DisclosureTable, SuppressionPolicy)"/> (primary and complete secondary suppression up the hierarchy) and checked by
/// <see cref="DisclosureGuard"/>;</item>
/// <item>a unit-month is published when every cell of its row is published (or a true zero);</item>
/// <item>a total over months (a saving over six months) only when every month's is.</item>
/// </list>
/// The deciles across Scotland are interpolated between the values of hundreds of units and are shown rounded to the
/// measure's decimals; they are not controlled per unit.
/// </summary>
public sealed class MeasureDisclosure
{
    /// <summary>The key of a practice's cluster in the tables when it has none (ISD's CHP-era lookups); never published.</summary>
    public const string NoCluster = "(no cluster)";

    private readonly Dictionary<(GeographyLevel, string, DateOnly), bool> published = [];

    private MeasureDisclosure(MeasureResult result, SuppressionPolicy policy, IReadOnlyList<SuppressionResult> tables)
    {
        Result = result;
        Policy = policy;
        Tables = tables;
    }

    /// <summary>The measure.</summary>
    public MeasureResult Result { get; }

    /// <summary>The policy applied.</summary>
    public SuppressionPolicy Policy { get; }

    /// <summary>The suppressed table of each month, in month order.</summary>
    public IReadOnlyList<SuppressionResult> Tables { get; }

    /// <summary>Applies disclosure control to every month of a measure.</summary>
    /// <param name="result">The calculated measure (with areas: calculated with a lookup).</param>
    /// <param name="lookup">The lookup it was calculated with.</param>
    /// <param name="policy">The disclosure policy (e.g. <see cref="SuppressionPolicy.PhsPracticeUnder5"/>).</param>
    /// <exception cref="UnsafeOutputException">A table would publish a small count (the guard's check after suppression).</exception>
    public static MeasureDisclosure Apply(MeasureResult result, PracticeLookup lookup, SuppressionPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(lookup);
        ArgumentNullException.ThrowIfNull(policy);
        var share = result.Measure.IsShare;
        string[] columns = share ? ["numerator items", "other items"] : ["numerator items"];
        var tables = new List<SuppressionResult>();
        var disclosure = new MeasureDisclosure(result, policy, tables);
        foreach (var month in result.Months)
        {
            var hierarchy = new Placed(lookup.AsAt(month));
            var practices = result.Practices.Values.Where(v => v.Month == month)
                .Select(v => (v.Unit, (IReadOnlyList<long?>)(share
                    ? [v.Sums.NumeratorCount, v.Sums.DenominatorCount!.Value - v.Sums.NumeratorCount]
                    : [v.Sums.NumeratorCount])))
                .ToList();
            var table = PracticeHierarchyTable.Create($"{result.Measure.Name} {month:yyyy-MM}", columns, practices, hierarchy, addTotalColumn: share);
            var suppressed = Suppressor.Apply(table, policy);
            DisclosureGuard.EnsureSafe(suppressed);
            tables.Add(suppressed);
            for (var row = 0; row < table.Rows.Count; row++)
            {
                var keys = table.Rows[row].Keys;
                var depth = keys.TakeWhile(k => k != PracticeHierarchyTable.TotalLabel).Count();
                var level = depth switch
                {
                    0 => GeographyLevel.Scotland,
                    1 => GeographyLevel.Board,
                    2 => GeographyLevel.Hscp,
                    3 => GeographyLevel.Cluster,
                    _ => GeographyLevel.Practice,
                };
                var code = depth == 0 ? HealthBoard.ScotlandCode : keys[depth - 1];
                var ok = Enumerable.Range(0, table.CountColumns.Count).All(c => suppressed.State(row, c) is CellState.Published or CellState.Zero);
                disclosure.published[(level, code, month)] = ok;
            }
        }

        return disclosure;
    }

    /// <summary>True when the unit's figures for the month (value, percentile, saving) may be published.</summary>
    /// <param name="level">The unit's level (practice, cluster, HSCP, board, Scotland).</param>
    /// <param name="unit">The practice or area code.</param>
    /// <param name="month">The month.</param>
    public bool IsPublished(GeographyLevel level, string unit, DateOnly month) =>
        published.TryGetValue((level, unit, month), out var ok) && ok;

    /// <summary>True when the unit's figures are published in every one of <paramref name="months"/> (so a total over them may be).</summary>
    public bool IsPublishedOver(GeographyLevel level, string unit, IEnumerable<DateOnly> months)
    {
        ArgumentNullException.ThrowIfNull(months);
        return months.All(m => IsPublished(level, unit, m));
    }

    /// <summary>The lookup with a placeholder cluster for practices that have none, so every practice has a full row key.</summary>
    private sealed class Placed(PracticeHierarchy hierarchy) : IGeographyLookup
    {
        public DateOnly EffectiveDate => hierarchy.EffectiveDate;

        public string? AreaCode(string practiceCode, GeographyLevel level) =>
            hierarchy.AreaCode(practiceCode, level) ?? (level == GeographyLevel.Cluster && hierarchy.Practice(practiceCode) is not null ? NoCluster : null);

        public bool IsComparable(string practiceCode) => hierarchy.IsComparable(practiceCode);
    }
}
