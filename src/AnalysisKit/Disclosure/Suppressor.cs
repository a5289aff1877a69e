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
    public static SuppressionResult Apply(DisclosureTable table, SuppressionPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(policy);
        var suppressed = new bool[table.CellCount];
        var steps = new List<SuppressionStep>();
        Primary(table, policy, suppressed, steps);
        switch (policy.Secondary)
        {
            case SecondaryMethod.PhsRowsOnly:
                PhsRowSuppression.Apply(table, suppressed, steps);
                break;
            case SecondaryMethod.Complete:
                ComplementarySuppression.Apply(table, policy, suppressed, steps);
                break;
        }

        var (states, published) = Publish(table, policy, suppressed);
        var (measureHidden, measureSteps, kept) = Measures(table, policy, suppressed);
        var warnings = Warnings(table, policy, steps);
        if (kept > 0)
        {
            warnings.Add(DisclosureMessages.StandardisedRatesKept(table.Name, kept, policy.KeepStandardisedRatesReason!));
        }

        return new SuppressionResult(table, policy, states, published, measureHidden,
            Audit(table, steps, measureSteps), Review(table, policy, states, published), warnings);
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

    private static (CellState[] States, long?[] Published) Publish(DisclosureTable table, SuppressionPolicy policy, bool[] suppressed)
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

    private static (bool[] Hidden, List<SuppressionAuditEntry> Entries, int Kept) Measures(DisclosureTable table, SuppressionPolicy policy, bool[] suppressed)
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
