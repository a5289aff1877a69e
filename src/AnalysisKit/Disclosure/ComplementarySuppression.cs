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
/// <para>Large linked groups (a national Jan–Nov against a recorded Jan–Dec: every December count small, groups of
/// hundreds of hidden counts): a group of more than <see cref="BatchFrom"/> hidden quantities has all its weak
/// quantities fixed in one round (one new cell per relation), quantities already shown wide enough are not solved
/// again while cells are only being added (hiding more only widens intervals), and no give-back is tried in such a
/// group (each try would be a program of hundreds): the result is safe as before, with possibly more cells hidden.</para>
/// </remarks>
internal static class ComplementarySuppression
{
    public static void Apply(LinkedSystem system, SuppressionPolicy policy, bool[] suppressed, List<SuppressionStep> steps)
    {
        var width = policy.ProtectionWidth;
        var cache = new IntervalCache();

        // Quantities shown wide enough so far. Hiding a further cell only widens every interval (the earlier tables are
        // the ones where it takes its value), so they stay wide until a cell is published again.
        var wide = new HashSet<int>();
        while (true)
        {
            if (LocalPass(system, width, suppressed, steps))
            {
                continue;
            }

            // One fix per group per round: groups are independent programs, so their first weak quantities can be
            // fixed together (a fix that joins two groups is checked again next round; Prune gives back any excess).
            var fixedAny = false;
            var computed = FeasibleIntervals.ComputeGroups(system.Full, suppressed, null, cache, q => system.Need(q, width), group => Limit(system, group), wide);
            var hiddenBefore = (bool[])suppressed.Clone();
            WiderPool? wider = null;
            foreach (var (cells, bounds) in computed)
            {
                for (var j = 0; j < cells.Count; j++)
                {
                    // Not an unpublished part whose upper bound was never searched (its lower bound settled it).
                    var (need, skipUpperFrom) = system.Need(cells[j], width);
                    if (bounds[j].Upper - bounds[j].Lower >= need && !(skipUpperFrom && double.IsPositiveInfinity(bounds[j].Upper)))
                    {
                        wide.Add(cells[j]);
                    }
                }

                var weak = Enumerable.Range(0, cells.Count).Where(j => !system.Safe(cells[j], bounds[j].Lower, bounds[j].Upper, width, suppressed)).ToList();
                if (weak.Count == 0)
                {
                    continue;
                }

                // A large group is fixed in a batch: every weak quantity whose relations got no new cell yet this round
                // (solving a group of hundreds again after each single cell is what made national periods take minutes).
                var touched = new HashSet<int>();
                foreach (var j in cells.Count > BatchFrom ? weak : weak.Take(1))
                {
                    var relations = system.Full.ConstraintsOf[cells[j]];
                    if (relations.Any(touched.Contains) || !suppressed[cells[j]])
                    {
                        continue;
                    }

                    var before = steps.Count;
                    Fix(system, cells[j], bounds[j], width, suppressed, steps, cells.Count > BatchFrom ? wider ??= new WiderPool(system, suppressed) : null);
                    foreach (var step in steps.Skip(before))
                    {
                        touched.UnionWith(system.Full.ConstraintsOf[step.Cell]);
                    }

                    touched.UnionWith(relations);
                }

                fixedAny = true;
            }

            if (Enumerable.Range(0, suppressed.Length).Any(q => hiddenBefore[q] && !suppressed[q]))
            {
                wide.Clear();
            }

            if (!fixedAny)
            {
                Prune(system, width, suppressed, steps, cache);
                return;
            }
        }
    }

    /// <summary>Widens one quantity found too narrow: the cheapest published cell of its relations, then of its group's, then of the table.</summary>
    /// <remarks>In a batch (<paramref name="wider"/> given) the second look takes the cheapest cell of the relations that
    /// held a hidden quantity when the round began (ordered once per round): looking over every relation again for each
    /// of hundreds of weak quantities was most of the time of a national nested release.</remarks>
    private static void Fix(LinkedSystem system, int cell, (double Lower, double Upper) interval, long width, bool[] suppressed, List<SuppressionStep> steps,
        WiderPool? wider = null)
    {
        var own = system.Full.ConstraintsOf[cell].Select(c => system.Full.Constraints[c]).ToList();
        var pick = Cheapest(system, suppressed, own.SelectMany(c => c.Cells))
                   ?? (wider is null ? Cheapest(system, suppressed, CellsOfHiddenRelations(system, suppressed)) : wider.Cheapest())
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

    /// <summary>
    /// The cells of the relations holding a hidden quantity, in the order <see cref="Cheapest"/> prefers them (non-zero by
    /// count, then zeros, then missing cells; ties by cell), taken in turn as they are still published and not public.
    /// </summary>
    private sealed class WiderPool(LinkedSystem system, bool[] suppressed)
    {
        private readonly int[] order = CellsOfHiddenRelations(system, suppressed).Where(c => c < system.TableCells).Distinct()
            .OrderBy(c => system.Table.Count(c) switch { > 0 => 0, 0 => 1, _ => 2 })
            .ThenBy(c => system.Table.Count(c) ?? 0).ThenBy(c => c).ToArray();

        private int next;

        /// <summary>The next cell in order that is still published (the pool reads the live suppression flags).</summary>
        public int? Cheapest()
        {
            while (next < order.Length && (suppressed[order[next]] || system.Public[order[next]]))
            {
                next++;
            }

            return next < order.Length ? order[next] : null;
        }
    }

    /// <summary>Above this many hidden quantities a group's weak quantities are fixed together in one round, not one by one.</summary>
    internal const int BatchFrom = 64;

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
    /// each one published again only if the exact check still finds every hidden quantity of its group safe. A cell
    /// whose give-back would leave a relation with one hidden quantity pinned unsafely is kept without a program; a cell
    /// in a group of more than <see cref="BatchFrom"/> hidden quantities is kept.
    /// </summary>
    private static void Prune(LinkedSystem system, long width, bool[] suppressed, List<SuppressionStep> steps, IntervalCache cache)
    {
        var table = system.Table;
        var secondary = steps.Where(s => s.Reason is not (SuppressionReason.Primary or SuppressionReason.EarlierRelease))
            .OrderByDescending(s => table.Count(s.Cell) ?? 0).ThenByDescending(s => s.Cell).ToList();
        foreach (var step in secondary)
        {
            // The cells that were in one group with this one are the only ones whose intervals can change.
            suppressed[step.Cell] = false;
            if (PinsWeak(system, step.Cell, width, suppressed))
            {
                suppressed[step.Cell] = true;
                continue;
            }

            suppressed[step.Cell] = true;
            var before = FeasibleIntervals.GroupsOf(system.Full, suppressed, [step.Cell])[0].Cells.ToHashSet();
            if (before.Count > BatchFrom)
            {
                continue;
            }

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

    /// <summary>
    /// True when publishing <paramref name="cell"/> again leaves one of its relations with a single hidden quantity that
    /// is then pinned to a value <see cref="LinkedSystem.Safe"/> refuses: what the exact check would find, without a
    /// linear program (most give-backs in a large linked group fail this way).
    /// </summary>
    private static bool PinsWeak(LinkedSystem system, int cell, long width, bool[] suppressed)
    {
        foreach (var c in system.Full.ConstraintsOf[cell])
        {
            var constraint = system.Full.Constraints[c];
            var lone = -1;
            var hidden = 0;
            foreach (var q in constraint.Cells)
            {
                if (suppressed[q] && ++hidden == 1)
                {
                    lone = q;
                }
            }

            if (hidden != 1)
            {
                continue;
            }

            var members = constraint.Members.Where(m => m != lone).Sum(m => system.Value(m) ?? 0);
            var value = lone == constraint.TotalCell ? members : (system.Value(constraint.TotalCell) ?? 0) - members;
            if (value >= 0 && !system.Safe(lone, value, value, width, suppressed))
            {
                return true;
            }
        }

        return false;
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
        // One pass, keeping the best of each tier (non-zero, zero, missing): lowest count, then lowest cell.
        var table = system.Table;
        int nonZero = -1, zero = -1, missing = -1;
        long nonZeroCount = long.MaxValue;
        foreach (var c in cells)
        {
            if (c >= system.TableCells || suppressed[c] || system.Public[c])
            {
                continue;
            }

            switch (table.Count(c))
            {
                case > 0 and var count:
                    if (count < nonZeroCount || (count == nonZeroCount && c < nonZero))
                    {
                        nonZero = c;
                        nonZeroCount = count;
                    }

                    break;
                case 0:
                    zero = zero < 0 ? c : Math.Min(zero, c);
                    break;
                default:
                    missing = missing < 0 ? c : Math.Min(missing, c);
                    break;
            }
        }

        return nonZero >= 0 ? nonZero : zero >= 0 ? zero : missing >= 0 ? missing : null;
    }

    /// <summary>Every cell of every relation that holds a hidden quantity (repeats included: the cheapest is the same).</summary>
    private static IEnumerable<int> CellsOfHiddenRelations(LinkedSystem system, bool[] suppressed)
    {
        foreach (var constraint in system.Full.Constraints)
        {
            var cells = constraint.Cells;
            var any = false;
            for (var i = 0; i < cells.Count && !any; i++)
            {
                any = suppressed[cells[i]];
            }

            if (!any)
            {
                continue;
            }

            for (var i = 0; i < cells.Count; i++)
            {
                yield return cells[i];
            }
        }
    }

    private static void Suppress(int cell, SuppressionReason reason, string because, bool[] suppressed, List<SuppressionStep> steps, IReadOnlyList<int>? releases)
    {
        suppressed[cell] = true;
        steps.Add(new SuppressionStep(cell, reason, because, releases));
    }
}
