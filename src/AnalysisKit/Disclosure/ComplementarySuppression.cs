namespace AnalysisKit.Disclosure;

/// <summary>
/// Secondary (complementary) suppression across rows, columns and the hierarchy — and, when earlier releases are
/// linked (<see cref="LinkedSystem"/>), across releases — iterated until stable.
/// </summary>
/// <remarks>
/// The heuristic, in order, repeated until nothing changes:
/// <list type="number">
/// <item>Lone cell: an additive relation (a row with its total column, or a column inside a total row, or a relation
/// of an earlier release or between releases) with exactly one hidden quantity that needs protecting gets a partner:
/// its cheapest published cell of this table.</item>
/// <item>Small group: when a relation of this table has its total published, its suppressed members add up to a
/// number an attacker learns exactly; while that sum is below the protection width, the cheapest published non-zero
/// member is added (when there is none, the exact check below looks further afield).</item>
/// <item>Exact check: <see cref="FeasibleIntervals"/> solves the attacker's LP for every hidden quantity; the first one
/// that is not safe (<see cref="LinkedSystem.Safe"/>) gets the cheapest published cell of its relations (then of any
/// relation touching its group, then of the table) added, and the loop starts again. A group whose hidden quantities
/// did not change is not solved again.</item>
/// </list>
/// "Cheapest" is the smallest published non-zero count (least information lost, and it keeps large totals), ties
/// broken by input order; zeros, then missing cells, are used only when nothing else is left, since hiding them adds
/// no mass to protect with. Cells earlier releases already give away are never partners. Every step suppresses a new
/// cell, so the loop ends; the exact check guarantees the result is safe. Finally, greedy choices that later cells
/// made unnecessary are given back, largest first, each only if the exact check still passes (fewer cells lost). The
/// result is safe and locally minimal, not a global optimum.
/// </remarks>
internal static class ComplementarySuppression
{
    public static void Apply(LinkedSystem system, SuppressionPolicy policy, bool[] suppressed, List<SuppressionStep> steps)
    {
        var width = policy.ProtectionWidth;
        var cache = new IntervalCache();
        while (true)
        {
            if (LocalPass(system, width, suppressed, steps))
            {
                continue;
            }

            // One fix per group per round: groups are independent programs, so their first weak quantities can be
            // fixed together (a fix that joins two groups is checked again next round; Prune gives back any excess).
            var fixedAny = false;
            foreach (var (cells, bounds) in FeasibleIntervals.ComputeGroups(system.Full, suppressed, null, cache, q => system.Need(q, width), group => Limit(system, group)))
            {
                var first = Enumerable.Range(0, cells.Count).FirstOrDefault(j => !system.Safe(cells[j], bounds[j].Lower, bounds[j].Upper, width, suppressed), -1);
                if (first < 0)
                {
                    continue;
                }

                Fix(system, cells[first], bounds[first], width, suppressed, steps);
                fixedAny = true;
            }

            if (!fixedAny)
            {
                Prune(system, width, suppressed, steps, cache);
                return;
            }
        }
    }

    /// <summary>Widens one quantity found too narrow: the cheapest published cell of its relations, then of its group's, then of the table.</summary>
    private static void Fix(LinkedSystem system, int cell, (double Lower, double Upper) interval, long width, bool[] suppressed, List<SuppressionStep> steps)
    {
        var own = system.Full.ConstraintsOf[cell].Select(c => system.Full.Constraints[c]).ToList();
        var pick = Cheapest(system, suppressed, own.SelectMany(c => c.Cells))
                   ?? Cheapest(system, suppressed, system.Full.Constraints.Where(c => c.Cells.Any(x => suppressed[x])).SelectMany(c => c.Cells))
                   ?? (system.Earlier.Count == 0 ? Cheapest(system, suppressed, Enumerable.Range(0, system.TableCells)) : null);
        if (pick is null && system.Earlier.Count > 0 && GiveBack(system, cell, suppressed, steps))
        {
            return;
        }

        if (pick is null)
        {
            throw CannotProtect(system, cell, own);
        }

        Suppress(pick.Value, SuppressionReason.NarrowInterval,
            DisclosureMessages.NarrowInterval(system.Where(cell), interval.Lower, interval.Upper, width), suppressed, steps,
            system.Releases[cell].Count > 0 ? system.Releases[cell] : null);
    }

    /// <summary>Above this many hidden quantities in one group of a linked release, the attacker's check is refused rather than run for hours.</summary>
    internal const int MaxLinkedGroup = 400;

    /// <summary>
    /// Refuses a linked release whose hidden cells, earlier hidden cells and unpublished parts form one group too
    /// large to check (it happens when nearly every cell must be hidden, e.g. Jan–Nov after Jan–Dec where most
    /// December counts are small: such a release is better not made).
    /// </summary>
    private static void Limit(LinkedSystem system, List<int> group)
    {
        if (system.Earlier.Count > 0 && group.Count > MaxLinkedGroup)
        {
            var releases = group.SelectMany(q => system.Releases[q]);
            throw new ArgumentException(DisclosureMessages.LinkedGroupTooLarge(system.Table.Name, group.Count, MaxLinkedGroup,
                group.Count(q => q < system.TableCells), system.ReleaseNames(releases)));
        }
    }

    /// <summary>
    /// A partner of this table that earlier releases pin (with this table's totals) protects nothing and cannot be
    /// protected itself: it is published again and never chosen again. False for a cell that is not such a partner.
    /// </summary>
    private static bool GiveBack(LinkedSystem system, int cell, bool[] suppressed, List<SuppressionStep> steps)
    {
        var step = steps.FirstOrDefault(s => s.Cell == cell);
        if (cell >= system.TableCells || step is null || step.Reason is SuppressionReason.Primary or SuppressionReason.EarlierRelease)
        {
            return false;
        }

        suppressed[cell] = false;
        system.Public[cell] = true;
        steps.Remove(step);
        return true;
    }

    private static Exception CannotProtect(LinkedSystem system, int quantity, List<AdditiveConstraint> own)
    {
        if (system.Earlier.Count > 0)
        {
            var releases = system.Releases[quantity].Concat(own.SelectMany(c => c.Releases ?? [])).ToList();
            return new ArgumentException(DisclosureMessages.CannotProtectAgainstEarlier(system.Where(quantity), system.ReleaseNames(releases)));
        }

        return system.Table.FoundTotals.Count > 0
            ? new ArgumentException(DisclosureMessages.CannotProtectWithFoundTotals(system.Where(quantity), system.Table.FoundTotals))
            : new InvalidOperationException(DisclosureMessages.CannotProtect(system.Where(quantity)));
    }

    /// <summary>
    /// Gives back secondary cells that turned out not to be needed: largest first (they carry the most information),
    /// each one published again only if the exact check still finds every hidden quantity of its group safe.
    /// </summary>
    private static void Prune(LinkedSystem system, long width, bool[] suppressed, List<SuppressionStep> steps, IntervalCache cache)
    {
        var table = system.Table;
        var secondary = steps.Where(s => s.Reason is not (SuppressionReason.Primary or SuppressionReason.EarlierRelease))
            .OrderByDescending(s => table.Count(s.Cell) ?? 0).ThenByDescending(s => s.Cell).ToList();
        foreach (var step in secondary)
        {
            // The cells that were in one group with this one are the only ones whose intervals can change.
            var before = FeasibleIntervals.GroupsOf(system.Full, suppressed, [step.Cell])[0].Cells.ToHashSet();
            suppressed[step.Cell] = false;
            var after = FeasibleIntervals.Compute(system.Full, suppressed, before, cache, q => system.Need(q, width));
            if (after.All(p => system.Safe(p.Key, p.Value.Lower, p.Value.Upper, width, suppressed)))
            {
                steps.Remove(step);
            }
            else
            {
                suppressed[step.Cell] = true;
            }
        }
    }

    private static bool LocalPass(LinkedSystem system, long width, bool[] suppressed, List<SuppressionStep> steps)
    {
        var table = system.Table;
        var changed = false;
        foreach (var constraint in system.Full.Constraints)
        {
            var hidden = 0;
            var lone = -1;
            foreach (var cell in constraint.Cells)
            {
                if (suppressed[cell])
                {
                    hidden++;
                    lone = cell;
                }
            }

            if (hidden == 1)
            {
                if (system.Protected(lone, suppressed) && Cheapest(system, suppressed, constraint.Cells) is { } partner)
                {
                    Suppress(partner, SuppressionReason.LoneCellPartner, constraint.Description, suppressed, steps, constraint.Releases);
                    changed = true;
                }

                continue;
            }

            // The small-group rule needs the hidden members' true values: this table's own relations only.
            if (hidden >= 2 && constraint.Releases is null && !suppressed[constraint.TotalCell])
            {
                while (constraint.Members.Where(m => suppressed[m]).Sum(m => table.Count(m) ?? 0) < width
                       && Cheapest(system, suppressed, constraint.Members.Where(m => table.Count(m) > 0)) is { } extra)
                {
                    Suppress(extra, SuppressionReason.SmallGroupSum, constraint.Description, suppressed, steps, null);
                    changed = true;
                }
            }
        }

        return changed;
    }

    /// <summary>
    /// The unsuppressed cell of this table with the smallest non-zero count; failing that a zero; failing that a
    /// missing cell (a blank tells the attacker "nothing here", so a total over blanks can only be protected by hiding
    /// a blank); or null. Quantities of earlier releases and cells earlier releases already give are never chosen.
    /// </summary>
    private static int? Cheapest(LinkedSystem system, bool[] suppressed, IEnumerable<int> cells)
    {
        var table = system.Table;
        var candidates = cells.Distinct().Where(c => c < system.TableCells && !suppressed[c] && !system.Public[c]).ToList();
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

    private static void Suppress(int cell, SuppressionReason reason, string because, bool[] suppressed, List<SuppressionStep> steps, IReadOnlyList<int>? releases)
    {
        suppressed[cell] = true;
        steps.Add(new SuppressionStep(cell, reason, because, releases));
    }
}
