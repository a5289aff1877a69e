using AnalysisKit.Disclosure;

namespace AnalysisKit.Notebooks.Guard;

/// <summary>Where a table shows a count: its column's header and the data row (from 0), and whether it was derived.</summary>
internal readonly record struct TableFinding(string Column, int Row, bool Derived, string? ChiCell = null);

/// <summary>
/// Reads a table as a reader would, column by column. A cell that is one number is a count when it is whole (3, 3.0)
/// and the policy calls it small — also in a column that mixes counts with rates (3 beside 27.5) or holds markers and
/// text ("n/a", "*"); a number written with decimals in a column where others have fractions ("2.00" beside "3.75") is
/// a measure. Columns declared as labels (with a reason) and columns with a negative number (differences) are not
/// counts. A cell of text is read as free text (<see cref="CountsInText"/>: "3 (small)"). When a table marks its count
/// cells (<c>class="count"</c>, as AnalysisKit.Briefings writes them) only those are read as counts. In each row, a
/// rate column (its header says %, per 1,000, proportion, rate …) with a whole-number column whose header names a
/// denominator (population, list size, patients, patient-years, registered, n …) must not give back a small count
/// (<see cref="DerivedCount"/>). The formatter's index column is not data.
/// </summary>
internal static class TableCheck
{
    /// <summary>Headers that name what a rate is of: a rate is multiplied out only with a column like these.</summary>
    private static readonly string[] Denominators =
        ["denominator", "population", "pop", "list size", "list_size", "listsize", "patients", "patient-years", "patient years", "person-years",
         "person years", "registered", "register", "eligible", "people", "persons", "residents", "births", "n", "size", "cohort"];

    public static TableFinding? Find(HtmlTable table, IReadOnlyCollection<string> labelColumns, SuppressionPolicy policy)
    {
        if (table.Rows.Count == 0)
        {
            return null;
        }

        var first = table.Rows[0];
        var hasHeader = first.InHead || first.Cells.All(c => c.Header);
        var header = hasHeader ? first.Cells.Select(c => c.Text.ToString().Trim()).ToList() : [];
        var rows = table.Rows.Skip(hasHeader ? 1 : 0).Where(r => r.Cells.Count > 0).ToList();
        var width = rows.Count == 0 ? header.Count : rows.Max(r => r.Cells.Count);
        while (header.Count < width)
        {
            header.Add("column " + (header.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var index = hasHeader ? first.Cells.FindIndex(c => c.Italic && c.Text.ToString().Trim() == "index") : -1;
        var marked = table.Rows.Any(r => r.Cells.Any(c => c.Count));
        var columns = Enumerable.Range(0, width).Select(c => Column(rows, c)).ToList();

        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            var whole = row.Cells.Count == width && row.Cells.All(c => !c.Spans);
            for (var c = 0; c < row.Cells.Count; c++)
            {
                var cell = row.Cells[c];
                var text = cell.Text.ToString().Trim();
                if (ChiNumberGuard.Find(text) is not null)
                {
                    return new TableFinding(c < header.Count ? header[c] : "row text", r, false, text);
                }

                if (!whole)
                {
                    if (CountsInText.Find(text, policy) is not null)
                    {
                        return new TableFinding(c < header.Count ? header[c] : "row text", r, false);
                    }

                    continue;
                }

                if (c == index || (marked && !cell.Count) || labelColumns.Contains(header[c]) || columns[c].HasNegative)
                {
                    continue;
                }

                if (CountsInText.IsNumber(text, out var value, out var decimals))
                {
                    var measure = columns[c].HasFraction && decimals > 0;
                    if (!measure && value == decimal.Truncate(value) && value >= 0 && value <= long.MaxValue && policy.IsSmall((long)value))
                    {
                        return new TableFinding(header[c], r, false);
                    }
                }
                else if (CountsInText.Find(text, policy) is not null)
                {
                    return new TableFinding(header[c], r, false);
                }
            }
        }

        return Derived(rows, header, columns, labelColumns, index, width, policy);
    }

    private static TableFinding? Derived(List<HtmlRow> rows, List<string> header, List<ColumnFacts> columns, IReadOnlyCollection<string> labelColumns,
        int index, int width, SuppressionPolicy policy)
    {
        var rates = Enumerable.Range(0, width).Where(c => c != index && columns[c].Numbers > 0 && !labelColumns.Contains(header[c]))
            .Select(c => (Column: c, Multipliers: DerivedCount.MultipliersFromHeader(header[c]))).Where(x => x.Multipliers.Count > 0).ToList();
        if (rates.Count == 0)
        {
            return null;
        }

        var denominators = Enumerable.Range(0, width).Where(c => c != index && columns[c].Numbers > 0 && columns[c].AllWhole && !columns[c].HasNegative
            && !labelColumns.Contains(header[c]) && DerivedCount.MultipliersFromHeader(header[c]).Count == 0 && NamesADenominator(header[c])).ToList();
        for (var r = 0; r < rows.Count; r++)
        {
            var cells = rows[r].Cells;
            if (cells.Count != width)
            {
                continue;
            }

            foreach (var (column, multipliers) in rates)
            {
                if (!CountsInText.IsNumber(cells[column].Text.ToString(), out var rate, out var decimals))
                {
                    continue;
                }

                foreach (var denominator in denominators)
                {
                    if (CountsInText.IsNumber(cells[denominator].Text.ToString(), out var d, out _)
                        && multipliers.Any(m => DerivedCount.Discloses(rate, decimals, m, d, policy)))
                    {
                        return new TableFinding(header[column], r, true);
                    }
                }
            }
        }

        return null;
    }

    private static bool NamesADenominator(string header)
    {
        var words = header.ToLowerInvariant().Split([' ', '(', ')', ',', ':', '/'], StringSplitOptions.RemoveEmptyEntries);
        var text = string.Join(' ', words);
        return Denominators.Any(d => d.Contains(' ', StringComparison.Ordinal) ? text.Contains(d, StringComparison.Ordinal) : words.Contains(d) || words.Any(w => w.Replace("_", " ", StringComparison.Ordinal) == d));
    }

    private static ColumnFacts Column(List<HtmlRow> rows, int column)
    {
        var facts = new ColumnFacts();
        foreach (var row in rows)
        {
            if (column >= row.Cells.Count || !CountsInText.IsNumber(row.Cells[column].Text.ToString(), out var value, out _))
            {
                continue;
            }

            facts.Numbers++;
            facts.HasNegative |= value < 0;
            var isWhole = value == decimal.Truncate(value);
            facts.HasFraction |= !isWhole;
            facts.AllWhole &= isWhole;
        }

        return facts;
    }

    private sealed class ColumnFacts
    {
        public int Numbers { get; set; }

        public bool HasNegative { get; set; }

        public bool HasFraction { get; set; }

        public bool AllWhole { get; set; } = true;
    }
}
