using System.Collections;
using System.Globalization;
using System.Reflection;
using AnalysisKit.Disclosure;
using Microsoft.Data.Analysis;
using Plotly.NET;

namespace AnalysisKit.Notebooks;

/// <summary>
/// Disclosure control for the tabular outputs of a notebook whose outputs are stored (<c>akit run</c>, <c>batch</c>,
/// <c>test</c>): what a DataFrame or a sequence would show (its first <see cref="ValueFormatter.MaxRows"/> rows) goes
/// through <see cref="DisclosureGuard"/>. A column is taken as counts, as <see cref="DisclosureTable"/> holds them, when
/// every value shown is a whole number ≥ 0: integer columns, floating-point columns of whole values (DataFrame.LoadCsv
/// reads counts as Single) and text columns of whole numbers and suppression markers (<c>*</c>, <c>c</c>, <c>~</c>, NA). A small
/// count in such a column is refused, naming cell, column and row but not the count; a CHI-like number in any cell is
/// refused too. A library result shown by its properties (<see cref="ResultDisplay"/>) has the count columns of its lists
/// checked (numerator, denominator, count, observed, events, also inside a nested unit). Columns declared as labels (<see cref="LabelColumnsExtensions.WithLabelColumns"/>: a quintile, a rank) are
/// only scanned for CHI-like numbers. Refused outputs are not stored. Sequences are read by public property and field (tuples). Not
/// inspected: scalars, console text, HTML or markdown given as text, Deedle frames (shown as text) and charts
/// (AnalysisKit.Charts checks its own points).
/// </summary>
internal static class OutputDisclosureCheck
{
    private static readonly HashSet<string> Markers = new(StringComparer.Ordinal) { "*", "c", "~", "NA", string.Empty };

    /// <summary>
    /// The value to format, after checking what it would show: sequences are read once here (their shown prefix) so the
    /// check and the formatter see the same items. Throws <see cref="UnsafeOutputException"/> when refused.
    /// </summary>
    public static object? Check(object? value, DisclosureControl control, int cellNumber)
    {
        if (control.Policy is not { } policy)
        {
            return value;
        }

        try
        {
            return Check(value, policy, cellNumber);
        }
        catch (UnsafeOutputException e)
        {
            throw new UnsafeOutputException(NotebookMessages.OutputRefused(e.Message), e);
        }
    }

    private static object? Check(object? value, SuppressionPolicy policy, int cellNumber)
    {
        switch (value)
        {
            case DataFrame frame:
                EnsureSafe(Columns(frame), NotebookMessages.OutputPlace(cellNumber, "DataFrame"), policy);
                return value;
            case LabelledFrame labelled:
                EnsureSafe(Columns(labelled.Frame), NotebookMessages.OutputPlace(cellNumber, "DataFrame"), policy, labelled.Columns);
                return value;
            case SuppressionResult suppressed:
                // Shown as its published table: checked as the library checks a suppressed table before it is written,
                // and, like any table, against the run's policy (a result suppressed under a weaker policy is refused).
                DisclosureGuard.EnsureSafe(suppressed);
                EnsureSafe(Columns(suppressed.ToDataFrame()), NotebookMessages.OutputPlace(cellNumber, "suppressed table"), policy);
                return value;
            case string or IFormattable or null or bool or char or GenericChart:
                return value;
            case IEnumerable sequence:
                var items = sequence.Cast<object?>().Take(ValueFormatter.MaxRows + 1).ToList();
                EnsureSafe(SequenceColumns(items.Take(ValueFormatter.MaxRows).ToList()), NotebookMessages.OutputPlace(cellNumber, "sequence"), policy);
                return items;
            case { } described when ResultDisplay.IsDescribed(described):
                // A result shows its lists as tables: their count columns (and a nested unit's) are checked by name, since
                // results also hold whole-number labels (parts, ranks, groups) that are not counts.
                foreach (var (name, listed) in ResultDisplay.Lists(described))
                {
                    var shown = listed.Take(ValueFormatter.MaxRows).ToList();
                    var columns = SequenceColumns(shown).SelectMany(c => ResultDisplay.IsDescribedColumn(c.Values)
                        ? SequenceColumns(c.Values.ToList()).Select(n => (c.Name + "." + n.Name, n.Values))
                        : new[] { c });
                    EnsureSafe(columns.Where(c => ResultDisplay.IsCountName(c.Item1)), NotebookMessages.OutputPlace(cellNumber, described.GetType().Name + "." + name), policy);
                }

                return value;
            default:
                return value;
        }
    }

    private static IEnumerable<(string Name, IReadOnlyList<object?> Values)> Columns(DataFrame frame)
    {
        var rows = (int)Math.Min(frame.Rows.Count, ValueFormatter.MaxRows);
        return frame.Columns.Select(c => (c.Name, (IReadOnlyList<object?>)Enumerable.Range(0, rows).Select(r => c[r]).ToList()));
    }

    /// <summary>
    /// The columns a sequence is shown with: one per public property (as the formatter's table) and public field (a
    /// tuple's Item1, Item2, shown in its text), or the items themselves.
    /// </summary>
    private static IEnumerable<(string Name, IReadOnlyList<object?> Values)> SequenceColumns(List<object?> items)
    {
        var first = items.FirstOrDefault(i => i is not null);
        if (first is null or string or IFormattable or bool or char or IEnumerable)
        {
            return [("item", items)];
        }

        var type = first.GetType();
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0)
            .Select(p => (p.Name, Read: (Func<object, object?>)p.GetValue, Owner: p.DeclaringType!));
        var fields = type.GetFields(BindingFlags.Public | BindingFlags.Instance).Select(f => (f.Name, Read: (Func<object, object?>)f.GetValue, Owner: f.DeclaringType!));
        return properties.Concat(fields).Select(member => (member.Name, (IReadOnlyList<object?>)items
            .Select(i => i is not null && member.Owner.IsInstanceOfType(i) ? member.Read(i) : null).ToList()));
    }

    private static void EnsureSafe(IEnumerable<(string Name, IReadOnlyList<object?> Values)> columns, string output, SuppressionPolicy policy,
        IReadOnlyList<string>? labelColumns = null)
    {
        foreach (var (name, values) in columns)
        {
            var counts = values.Select(Count).ToList();
            var isLabel = labelColumns?.Contains(name, StringComparer.Ordinal) == true; // declared by the analyst: CHI scan only
            var isCountColumn = !isLabel && counts.Any(c => c is not null) && values.Select((v, i) => counts[i] is not null || IsMissingOrMarker(v)).All(ok => ok);
            for (var row = 0; row < values.Count; row++)
            {
                var where = NotebookMessages.OutputCell(output, name, row);
                ChiNumberGuard.EnsureNone(ValueFormatter.Text(values[row]), where);
                if (isCountColumn)
                {
                    DisclosureGuard.EnsureSafeWithoutValue(counts[row], where, policy);
                }
            }
        }
    }

    /// <summary>The value as a count when it is a whole number ≥ 0 (of any numeric type, or as text); else null.</summary>
    private static long? Count(object? value) => value switch
    {
        sbyte or byte or short or ushort or int or uint or long => Convert.ToInt64(value, CultureInfo.InvariantCulture) is var n and >= 0 ? n : null,
        ulong n => n <= long.MaxValue ? (long)n : null,
        float or double or decimal => Whole(Convert.ToDouble(value, CultureInfo.InvariantCulture)),
        Half half => Whole((double)half),
        string text => long.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null,
        _ => null,
    };

    private static long? Whole(double value) =>
        value >= 0 && value < 9e15 && value == Math.Floor(value) ? (long)value : null;

    /// <summary>Missing cells and suppression markers may sit in a count column without making it something else.</summary>
    private static bool IsMissingOrMarker(object? value) =>
        value is null || value is DBNull || (value is string text && Markers.Contains(text.Trim()));
}
