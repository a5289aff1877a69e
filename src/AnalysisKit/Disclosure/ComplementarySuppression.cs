namespace AnalysisKit.Disclosure;

/// <summary>
/// Secondary (complementary) suppression across rows, columns and the hierarchy, iterated until stable.
/// </summary>
/// <remarks>
/// The heuristic, in order, repeated until nothing changes:
/// <list type="number">
/// <item>Lone cell: an additive relation (a row with its total column, or a column inside a total row) with exactly
/// one suppressed cell gets a partner: its cheapest published cell.</item>
/// <item>Small group: when a relation's total is published, its suppressed members add up to a number an attacker
/// learns exactly; while that sum is below the protection width, the cheapest published non-zero member is added
/// (when there is none, the exact check below looks further afield).</item>
/// <item>Exact check: <see cref="FeasibleIntervals"/> solves the attacker's LP for every suppressed cell; the first
/// cell whose interval is narrower than the protection width gets the cheapest published cell of its relations (then
/// of any relation touching its group, then of the table) added, and the loop starts again.</item>
/// </list>
/// "Cheapest" is the smallest published non-zero count (least information lost, and it keeps large totals), ties
/// broken by input order; zeros, then missing cells, are used only when nothing else is left, since hiding them adds
/// no mass to protect with. Every step suppresses a new cell, so the loop ends; the exact check guarantees the result is safe.
/// Finally, greedy choices that later cells made unnecessary are given back, largest first, each only if the exact check
/// still passes (fewer cells lost). The result is safe and locally minimal, not a global optimum.
/// </remarks>
internal static class ComplementarySuppression
{
    public static void Apply(DisclosureTable table, SuppressionPolicy policy, bool[] suppressed, List<SuppressionStep> steps)
    {
        var width = policy.ProtectionWidth;
        while (true)
        {
            if (LocalPass(table, width, suppressed, steps))
            {
                continue;
            }

            var intervals = FeasibleIntervals.Compute(table, suppressed);
            var weak = intervals.Where(p => p.Value.Upper - p.Value.Lower < width).Select(p => p.Key).Order().ToList();
            if (weak.Count == 0)
            {
                Prune(table, width, suppressed, steps);
                return;
            }

            var cell = weak[0];
            var own = table.Constraints.Where(c => c.Cells.Contains(cell)).ToList();
            var pick = Cheapest(table, suppressed, own.SelectMany(c => c.Cells))
                       ?? Cheapest(table, suppressed, table.Constraints.Where(c => c.Cells.Any(x => suppressed[x])).SelectMany(c => c.Cells))
                       ?? Cheapest(table, suppressed, Enumerable.Range(0, table.CellCount))
                       ?? throw (table.FoundTotals.Count > 0
                           ? new ArgumentException(DisclosureMessages.CannotProtectWithFoundTotals(table.Where(cell), table.FoundTotals))
                           : new InvalidOperationException(DisclosureMessages.CannotProtect(table.Where(cell))));
            var interval = intervals[cell];
            Suppress(pick, SuppressionReason.NarrowInterval,
                DisclosureMessages.NarrowInterval(table.Where(cell), interval.Lower, interval.Upper, width), suppressed, steps);
        }
    }

    /// <summary>
    /// Gives back secondary cells that turned out not to be needed: largest first (they carry the most information),
    /// each one published again only if the exact check still finds every suppressed cell of its group protected.
    /// </summary>
    private static void Prune(DisclosureTable table, long width, bool[] suppressed, List<SuppressionStep> steps)
    {
        var secondary = steps.Where(s => s.Reason != SuppressionReason.Primary)
            .OrderByDescending(s => table.Count(s.Cell) ?? 0).ThenByDescending(s => s.Cell).ToList();
        foreach (var step in secondary)
        {
            // The cells that were in one group with this one are the only ones whose intervals can change.
            var before = FeasibleIntervals.Groups(table, suppressed).First(g => g.Cells.Contains(step.Cell)).Cells.ToHashSet();
            suppressed[step.Cell] = false;
            var after = FeasibleIntervals.Compute(table, suppressed, before);
            if (after.Values.All(i => i.Upper - i.Lower >= width))
            {
                steps.Remove(step);
            }
            else
            {
                suppressed[step.Cell] = true;
            }
        }
    }

    private static bool LocalPass(DisclosureTable table, long width, bool[] suppressed, List<SuppressionStep> steps)
    {
        var changed = false;
        foreach (var constraint in table.Constraints)
        {
            var hidden = constraint.Cells.Count(cell => suppressed[cell]);
            if (hidden == 1)
            {
                if (Cheapest(table, suppressed, constraint.Cells) is { } partner)
                {
                    Suppress(partner, SuppressionReason.LoneCellPartner, constraint.Description, suppressed, steps);
                    changed = true;
                }

                continue;
            }

            if (hidden >= 2 && !suppressed[constraint.TotalCell])
            {
                while (constraint.Members.Where(m => suppressed[m]).Sum(m => table.Count(m) ?? 0) < width
                       && Cheapest(table, suppressed, constraint.Members.Where(m => table.Count(m) > 0)) is { } extra)
                {
                    Suppress(extra, SuppressionReason.SmallGroupSum, constraint.Description, suppressed, steps);
                    changed = true;
                }
            }
        }

        return changed;
    }

    /// <summary>
    /// The unsuppressed cell with the smallest non-zero count; failing that a zero; failing that a missing cell (a
    /// blank tells the attacker "nothing here", so a total over blanks can only be protected by hiding a blank); or null.
    /// </summary>
    private static int? Cheapest(DisclosureTable table, bool[] suppressed, IEnumerable<int> cells)
    {
        var candidates = cells.Distinct().Where(c => !suppressed[c]).ToList();
        var pool = candidates.Where(c => table.Count(c) > 0).ToList();
        if (pool.Count == 0)
        {
            pool = candidates.Where(c => table.Count(c) == 0).ToList();
        }

        if (pool.Count == 0)
        {
            pool = candidates;
        }

        return pool.Count == 0 ? null : pool.OrderBy(c => table.Count(c) ?? 0).ThenBy(c => c).First();
    }

    private static void Suppress(int cell, SuppressionReason reason, string because, bool[] suppressed, List<SuppressionStep> steps)
    {
        suppressed[cell] = true;
        steps.Add(new SuppressionStep(cell, reason, because));
    }
}
