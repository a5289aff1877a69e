using System.Globalization;

namespace AnalysisKit.Extracts;

/// <summary>
/// Checks on each practice's monthly series once all rows are loaded: months with no row inside the extract's span,
/// and implausible jumps between consecutive months. Both are warnings: they qualify the data, they do not make a row wrong.
/// </summary>
internal sealed class SeriesChecks(
    string source, ExtractSchema schema, ExtractRules rules, ColumnBuffer[] buffers, List<long> sourceRows)
{
    public List<ExtractProblem> Run()
    {
        var warnings = new List<ExtractProblem>();
        if (schema.Practice is null || schema.Period is null || buffers[0].Count == 0)
        {
            return warnings;
        }

        var practice = schema.IndexOf(schema.Practice, "practice");
        var period = schema.IndexOf(schema.Period, "period");
        if (schema.Columns[period].Type != ExtractColumnType.Month)
        {
            return warnings;
        }

        // One pass, no per-row strings: each practice's rows as keys month·2³² + row (so a plain sort orders them by
        // month), months as year·12 + month − 1. Interned codes are found by reference before by value.
        var byPractice = new Dictionary<string, List<long>>(StringComparer.Ordinal);
        var byReference = new Dictionary<string, List<long>>(ReferenceEqualityComparer.Instance);
        int first = int.MaxValue, last = int.MinValue;
        var codes = buffers[practice];
        var periods = buffers[period];
        for (var r = 0; r < codes.Count; r++)
        {
            if (codes.Reasons[r] != MissingReason.Present || periods.Reasons[r] != MissingReason.Present)
            {
                continue;
            }

            var date = periods.DateAt(r);
            var month = (date.Year * 12) + date.Month - 1;
            first = Math.Min(first, month);
            last = Math.Max(last, month);
            var code = codes.StringAt(r)!;
            if (!byReference.TryGetValue(code, out var list))
            {
                if (!byPractice.TryGetValue(code, out list))
                {
                    list = [];
                    byPractice.Add(code, list);
                }

                byReference.Add(code, list);
            }

            list.Add(((long)month << 32) | (uint)r);
        }

        if (byPractice.Count == 0)
        {
            return warnings;
        }

        var jumpColumns = rules.JumpColumns.Select(c => schema.IndexOf(c, "jump")).ToArray();
        foreach (var group in byPractice.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var keys = group.Value;
            keys.Sort();
            var ordered = new RowMonths(keys);
            if (rules.CheckMissingMonths)
            {
                var present = new bool[last - first + 1];
                for (var i = 0; i < keys.Count; i++)
                {
                    present[ordered[i].Month - first] = true;
                }

                for (var m = first; m <= last; m++)
                {
                    if (!present[m - first])
                    {
                        warnings.Add(new ExtractProblem(ExtractProblemKind.MissingMonth, false, source, 0, schema.Period,
                            group.Key + " " + MonthText(m), ExtractMessages.ExpectedMonthRow(MonthText(first), MonthText(last))));
                    }
                }
            }

            foreach (var column in jumpColumns)
            {
                for (var i = 1; i < ordered.Count; i++)
                {
                    if (ordered[i].Month != ordered[i - 1].Month + 1)
                    {
                        continue;
                    }

                    var before = buffers[column].NumberAt(ordered[i - 1].Row);
                    var after = buffers[column].NumberAt(ordered[i].Row);
                    if (IsJump(before, after))
                    {
                        warnings.Add(new ExtractProblem(ExtractProblemKind.ImplausibleJump, false, source,
                            sourceRows[ordered[i].Row], schema.Columns[column].Name,
                            buffers[column].TextAt(ordered[i].Row),
                            ExtractMessages.ExpectedNoJump(group.Key, buffers[column].TextAt(ordered[i - 1].Row), rules.JumpFactor)));
                    }
                }
            }
        }

        return warnings;
    }

    /// <summary>A practice's sorted keys read as (row, month) pairs.</summary>
    private readonly struct RowMonths(List<long> keys)
    {
        public int Count => keys.Count;

        public (int Row, int Month) this[int index] => ((int)(keys[index] & 0xFFFFFFFF), (int)(keys[index] >> 32));
    }

    internal bool IsJump(double before, double after)
    {
        if (double.IsNaN(before) || double.IsNaN(after))
        {
            return false;
        }

        var low = Math.Min(Math.Abs(before), Math.Abs(after));
        var high = Math.Max(Math.Abs(before), Math.Abs(after));
        return high >= rules.JumpFloor && high > rules.JumpFactor * low;
    }

    private static string MonthText(int index) =>
        (index / 12).ToString("D4", CultureInfo.InvariantCulture) + "-" + ((index % 12) + 1).ToString("D2", CultureInfo.InvariantCulture);
}
