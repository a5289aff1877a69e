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

        var series = PracticeMonths.Of(buffers[practice], buffers[period]);
        if (series.Practices.Count == 0)
        {
            return warnings;
        }

        if (rules.CheckMissingMonths)
        {
            MissingMonths(series, warnings);
        }

        var jumpColumns = rules.JumpColumns.Select(c => schema.IndexOf(c, "jump")).ToArray();
        if (jumpColumns.Length > 0)
        {
            Jumps(series, jumpColumns, warnings);
        }

        return warnings;
    }

    /// <summary>Months inside the extract's span with no row for a practice, practice by practice in code order.</summary>
    private void MissingMonths(PracticeMonths series, List<ExtractProblem> warnings)
    {
        var span = series.Last - series.First + 1;
        var present = new bool[checked(series.Practices.Count * span)];
        for (var r = 0; r < series.PracticeOfRow.Length; r++)
        {
            if (series.PracticeOfRow[r] >= 0)
            {
                present[(series.PracticeOfRow[r] * span) + series.MonthOfRow[r] - series.First] = true;
            }
        }

        foreach (var id in series.InCodeOrder())
        {
            for (var m = 0; m < span; m++)
            {
                if (!present[(id * span) + m])
                {
                    warnings.Add(new ExtractProblem(ExtractProblemKind.MissingMonth, false, source, 0, schema.Period!,
                        series.Practices[id] + " " + MonthText(series.First + m),
                        ExtractMessages.ExpectedMonthRow(MonthText(series.First), MonthText(series.Last))));
                }
            }
        }
    }

    /// <summary>Changes by more than the jump factor between a practice's rows in consecutive months.</summary>
    private void Jumps(PracticeMonths series, int[] jumpColumns, List<ExtractProblem> warnings)
    {
        // Each practice's rows as keys month·2³² + row, so a plain sort orders them by month.
        var keys = series.Practices.Select(_ => new List<long>()).ToArray();
        for (var r = 0; r < series.PracticeOfRow.Length; r++)
        {
            if (series.PracticeOfRow[r] >= 0)
            {
                keys[series.PracticeOfRow[r]].Add(((long)series.MonthOfRow[r] << 32) | (uint)r);
            }
        }

        foreach (var id in series.InCodeOrder())
        {
            keys[id].Sort();
            var ordered = new RowMonths(keys[id]);
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
                            ExtractMessages.ExpectedNoJump(series.Practices[id], buffers[column].TextAt(ordered[i - 1].Row), rules.JumpFactor)));
                    }
                }
            }
        }
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
