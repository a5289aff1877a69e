using System.Globalization;

namespace AnalysisKit.Disclosure;

/// <summary>
/// Applies a <see cref="SuppressionPolicy"/> to a <see cref="DisclosureTable"/>: primary suppression, secondary
/// suppression, measures following their counts, rounding, the audit and the review sheet. A pipeline of small steps.
/// </summary>
public static class Suppressor
{
    /// <summary>
    /// Suppresses a table. With <see cref="SecondaryMethod.Complete"/> no suppressed cell can be narrowed by an
    /// attacker who solves the table's published additive relations to an interval narrower than
    /// <see cref="SuppressionPolicy.ProtectionWidth"/>.
    /// </summary>
    /// <param name="table">The table, with its hierarchy and totals.</param>
    /// <param name="policy">The policy.</param>
    /// <returns>The published table, audit, review sheet and caveats. Deterministic: same input, same result.</returns>
    public static SuppressionResult Apply(DisclosureTable table, SuppressionPolicy policy) => Apply(table, policy, null);

    /// <summary>
    /// Suppresses a table that is released beside earlier releases of the same counts (another level, period or
    /// policy, or a briefing's funnel), recorded in a <see cref="ReleaseLedger"/>: no cell this or an earlier release
    /// suppressed, and no month or unit between them that could be small, can be narrowed by an attacker who has every
    /// release. A cell an earlier release suppressed is suppressed here too; cells that would difference to a hidden
    /// cell get partners. Refused (<see cref="ArgumentException"/>, naming the earlier release) when a count small under
    /// this policy is already given by earlier releases, or when the releases contradict each other.
    /// </summary>
    /// <param name="table">The table, with its hierarchy and totals.</param>
    /// <param name="policy">The policy; secondary <see cref="SecondaryMethod.Complete"/> and no rounding when <paramref name="history"/> is given.</param>
    /// <param name="history">The ledger and this release's name and period; null to suppress the table on its own.</param>
    /// <returns>The published table with <see cref="SuppressionResult.EarlierReleases"/> saying what it was checked against.</returns>
    public static SuppressionResult Apply(DisclosureTable table, SuppressionPolicy policy, ReleaseHistory? history)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(policy);
        if (history is not null && policy.Secondary != SecondaryMethod.Complete)
        {
            throw new ArgumentException(DisclosureMessages.LedgerNeedsComplete(policy.Name, policy.Secondary), nameof(policy));
        }

        var warnings = new List<string>();
        var system = history is null ? LinkedSystem.ForTable(table) : ReleaseLinker.Build(table, policy, history, warnings);
        var suppressed = new bool[system.Count];
        for (var q = table.CellCount; q < system.Count; q++)
        {
            suppressed[q] = system.AlwaysHidden(q);
        }

        var steps = new List<SuppressionStep>();
        Primary(table, policy, suppressed, steps);
        HiddenEarlier(system, suppressed, steps);
        switch (policy.Secondary)
        {
            case SecondaryMethod.PhsRowsOnly:
                PhsRowSuppression.Apply(table, suppressed, steps);
                break;
            case SecondaryMethod.Complete:
                ComplementarySuppression.Apply(system, policy, suppressed, steps);
                break;
        }

        var (states, published) = Publish(table, policy, suppressed);
        var (measureHidden, measureSteps, kept) = Measures(table, policy, suppressed);
        warnings.InsertRange(0, Warnings(table, policy, steps));
        if (kept > 0)
        {
            warnings.Add(DisclosureMessages.StandardisedRatesKept(table.Name, kept, policy.KeepStandardisedRatesReason!));
        }

        var links = system.Earlier.Select((release, r) => new EarlierReleaseLink(release.Name, release.Period, release.Policy, system.LinkedCells[r],
            steps.Where(s => s.Releases?.Contains(r) == true).Select(s => s.Cell).Distinct().Count())).ToList();
        return new SuppressionResult(table, policy, states, published, measureHidden,
            Audit(table, steps, measureSteps), Review(table, policy, states, published), warnings, history, links);
    }

    /// <summary>A cell an earlier release suppressed is suppressed here too: publishing it would give that release's hidden cell away.</summary>
    private static void HiddenEarlier(LinkedSystem system, bool[] suppressed, List<SuppressionStep> steps)
    {
        for (var cell = 0; cell < system.TableCells; cell++)
        {
            if (system.AlwaysWidth[cell] > 0 && !suppressed[cell])
            {
                suppressed[cell] = true;
                steps.Add(new SuppressionStep(cell, SuppressionReason.EarlierRelease,
                    DisclosureMessages.HiddenInEarlier(system.ReleaseNames(system.Releases[cell])), system.Releases[cell]));
            }
        }
    }

    private static void Primary(DisclosureTable table, SuppressionPolicy policy, bool[] suppressed, List<SuppressionStep> steps)
    {
        for (var cell = 0; cell < table.CellCount; cell++)
        {
            if (table.Count(cell) is { } count && policy.IsSmall(count))
            {
                suppressed[cell] = true;
                steps.Add(new SuppressionStep(cell, SuppressionReason.Primary, policy.Describe()));
            }
        }
    }

    private static (CellState[] States, long?[] Published) Publish(DisclosureTable table, SuppressionPolicy policy, IReadOnlyList<bool> suppressed)
    {
        var states = new CellState[table.CellCount];
        var published = new long?[table.CellCount];
        for (var cell = 0; cell < table.CellCount; cell++)
        {
            var count = table.Count(cell);
            if (suppressed[cell])
            {
                states[cell] = CellState.Suppressed;
            }
            else if (count is null)
            {
                states[cell] = CellState.Missing;
            }
            else if (count == 0)
            {
                states[cell] = CellState.Zero;
                published[cell] = 0;
            }
            else
            {
                var rounded = Rounding.ToBase(count.Value, policy.RoundingBase, policy.RoundingRule);
                states[cell] = rounded == 0 ? CellState.RoundsToZero : CellState.Published;
                published[cell] = rounded;
            }
        }

        return (states, published);
    }

    private static (bool[] Hidden, List<SuppressionAuditEntry> Entries, int Kept) Measures(DisclosureTable table, SuppressionPolicy policy, IReadOnlyList<bool> suppressed)
    {
        var followers = table.Followers.Count;
        var hidden = new bool[table.Rows.Count * followers];
        var entries = new List<SuppressionAuditEntry>();
        var kept = 0;
        for (var r = 0; r < table.Rows.Count; r++)
        {
            for (var f = 0; f < followers; f++)
            {
                var follower = table.Followers[f];
                var countColumn = table.CountColumns.ToList().IndexOf(follower.CountColumn);
                var keep = follower.Kind == MeasureKind.StandardisedRate && policy.KeepStandardisedRates;
                if (suppressed[(r * table.CountColumns.Count) + countColumn] && keep)
                {
                    kept++;
                }
                else if (suppressed[(r * table.CountColumns.Count) + countColumn])
                {
                    hidden[(r * followers) + f] = true;
                    entries.Add(new SuppressionAuditEntry(r, table.RowLabel(r), follower.Name, table.Rows[r].Measures[f],
                        SuppressionReason.MeasureFollowsCount, DisclosureMessages.MeasureFollows(follower.CountColumn, follower.Kind), 0));
                }
            }
        }

        return (hidden, entries, kept);
    }

    private static List<SuppressionAuditEntry> Audit(DisclosureTable table, List<SuppressionStep> steps, List<SuppressionAuditEntry> measures)
    {
        var columns = table.CountColumns.Count;
        var audit = steps.Select((s, i) => new SuppressionAuditEntry(
            s.Cell / columns, table.RowLabel(s.Cell / columns), table.CountColumns[s.Cell % columns],
            table.Count(s.Cell)?.ToString(CultureInfo.InvariantCulture) ?? DisclosureMessages.MissingValue, s.Reason, s.Because, i + 1)).ToList();
        audit.AddRange(measures.Select((m, i) => m with { Step = steps.Count + i + 1 }));
        return audit;
    }

    private static List<ReviewEntry> Review(DisclosureTable table, SuppressionPolicy policy, CellState[] states, long?[] published)
    {
        var columns = table.CountColumns.Count;
        var review = new List<ReviewEntry>();
        for (var cell = 0; cell < table.CellCount; cell++)
        {
            if (table.Count(cell) is { } count && count < policy.ReviewBelow)
            {
                var text = states[cell] == CellState.Suppressed ? policy.Marker : published[cell]!.Value.ToString(CultureInfo.InvariantCulture);
                review.Add(new ReviewEntry(cell / columns, table.RowLabel(cell / columns), table.CountColumns[cell % columns], count, states[cell], text));
            }
        }

        return review;
    }

    private static List<string> Warnings(DisclosureTable table, SuppressionPolicy policy, List<SuppressionStep> steps)
    {
        var warnings = new List<string>();
        if (policy.Secondary != SecondaryMethod.Complete && table.Constraints.Count > 0 && steps.Count > 0)
        {
            warnings.Add(DisclosureMessages.SecondaryNotComplete(table.Name, policy.Secondary, table.Constraints.Count));
        }

        if (policy.RoundingBase > 1)
        {
            warnings.Add(DisclosureMessages.RoundedNotAdditive(policy.RoundingBase, policy.RoundingRule));
        }

        return warnings;
    }
}
