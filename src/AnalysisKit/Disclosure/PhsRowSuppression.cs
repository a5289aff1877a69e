namespace AnalysisKit.Disclosure;

/// <summary>
/// A replica of PHS sdcshinyapp <c>Stat_Secondary_Supress</c> (R/disclosure_functions.R): within each row, when
/// exactly one of the non-total count columns is suppressed, every cell of those columns equal to the smallest
/// remaining non-zero, non-missing count is suppressed too (ties all go). The total column is checked against the
/// threshold only. No column pass, no hierarchy, no iteration, no check on the suppressed cells' sum.
/// </summary>
internal static class PhsRowSuppression
{
    public static void Apply(DisclosureTable table, bool[] suppressed, List<SuppressionStep> steps)
    {
        var columns = table.CountColumns.Count;
        var secondaryColumns = Enumerable.Range(0, columns)
            .Where(c => !string.Equals(table.CountColumns[c], table.TotalColumn, StringComparison.Ordinal))
            .ToArray();
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var cells = secondaryColumns.Select(c => (r * columns) + c).ToArray();
            if (cells.Count(cell => suppressed[cell]) != 1)
            {
                continue;
            }

            var remaining = cells.Where(cell => !suppressed[cell] && table.Count(cell) is > 0).ToArray();
            if (remaining.Length == 0)
            {
                continue;
            }

            var smallest = remaining.Min(cell => table.Count(cell)!.Value);
            foreach (var cell in remaining.Where(cell => table.Count(cell) == smallest))
            {
                suppressed[cell] = true;
                steps.Add(new SuppressionStep(cell, SuppressionReason.PhsRowRule, DisclosureMessages.PhsRowRule(table.RowLabel(r))));
            }
        }
    }
}
