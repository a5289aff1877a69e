using System.Globalization;
using AnalysisKit.Disclosure;

namespace AnalysisKit.Cli.Suppression;

/// <summary>
/// The sheets <c>akit suppress</c> writes, in two separate files so that the file sent on cannot carry the hidden
/// counts: the release file (the suppressed table in input column order with QF companions when the policy asks, and
/// the notes: policy and footnote) and the not-for-release file (the audit and the review sheet, which hold the hidden
/// values), whose name says so. A cell is text or a whole number.
/// </summary>
internal static class OutputSheets
{
    /// <summary>The name of the sheet holding the suppressed table; CSV output writes it to the --out path itself.</summary>
    public const string TableSheet = "Table";

    /// <summary>What the not-for-release file's name adds to the --out name (<c>out.AUDIT-NOT-FOR-RELEASE.xlsx</c>).</summary>
    public const string NotForReleaseSuffix = ".AUDIT-NOT-FOR-RELEASE";

    /// <summary>The sheets of the release file: the suppressed table and the notes with the footnote.</summary>
    public static IReadOnlyList<OutputSheet> Release(SuppressionResult result, InputTable input) =>
    [
        new(TableSheet, string.Empty, Table(result, input)),
        new("Notes", ".notes", Notes(result)),
    ];

    /// <summary>The sheets of the not-for-release file: the audit and the review sheet (both hold hidden values).</summary>
    public static IReadOnlyList<OutputSheet> NotForRelease(SuppressionResult result) =>
    [
        new("Audit", NotForReleaseSuffix, Audit(result)),
        new("Review", ".REVIEW-NOT-FOR-RELEASE", Review(result)),
    ];

    /// <summary>Where the not-for-release file goes: beside <paramref name="outPath"/>, its name marked.</summary>
    public static string NotForReleasePath(string outPath) =>
        Path.ChangeExtension(outPath, null) + NotForReleaseSuffix + Path.GetExtension(outPath);

    private static List<object[]> Table(SuppressionResult result, InputTable input)
    {
        var table = result.Table;
        var qf = result.Policy.QualifierColumns;
        var header = new List<object>();
        foreach (var name in input.Header)
        {
            header.Add(name);
            if (qf && (table.CountColumns.Contains(name) || table.Followers.Any(f => f.Name == name)))
            {
                header.Add(name + "QF");
            }
        }

        var rows = new List<object[]> { header.ToArray() };
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = new List<object>();
            foreach (var name in input.Header)
            {
                var key = table.HierarchyColumns.ToList().IndexOf(name);
                var count = table.CountColumns.ToList().IndexOf(name);
                var measure = table.Followers.Select(f => f.Name).ToList().IndexOf(name);
                if (key >= 0)
                {
                    row.Add(table.Rows[r].Keys[key]);
                }
                else if (count >= 0)
                {
                    // A count that rounds to zero is not a true zero: "~" (or 0 with "~" in its QF column), never a bare 0.
                    var roundsToZero = result.State(r, count) == CellState.RoundsToZero;
                    row.Add(result.PublishedCount(r, count) is { } value && !(roundsToZero && !qf) ? value : result.Text(r, count));
                    if (qf)
                    {
                        row.Add(result.Qualifier(r, count));
                    }
                }
                else if (measure >= 0)
                {
                    row.Add(result.MeasureText(r, measure));
                    if (qf)
                    {
                        row.Add(result.MeasureSuppressed(r, measure) ? "c" : string.Empty);
                    }
                }
            }

            rows.Add(row.ToArray());
        }

        return rows;
    }

    private static List<object[]> Audit(SuppressionResult result)
    {
        var rows = new List<object[]> { new object[] { "step", "data_row", "row", "column", "hidden_value", "reason", "because" } };
        rows.AddRange(result.Audit.Select(a => new object[] { (long)a.Step, (long)a.Row + 1, a.RowLabel, a.Column, a.HiddenValue, a.Reason.ToString(), a.Because }));
        return rows;
    }

    private static List<object[]> Review(SuppressionResult result)
    {
        var rows = new List<object[]> { new object[] { "data_row", "row", "column", "count", "state", "published" } };
        rows.AddRange(result.Review.Select(e => new object[] { (long)e.Row + 1, e.RowLabel, e.Column, e.Count, e.State.ToString(), e.Published }));
        return rows;
    }

    private static List<object[]> Notes(SuppressionResult result)
    {
        var rows = new List<object[]>
        {
            new object[] { "note" },
            new object[] { "Policy: " + result.Policy.Name + " — " + result.Policy.Describe() },
            new object[] { "Protection: no suppressed count can be narrowed from the published table to an interval narrower than " +
                           result.Policy.ProtectionWidth.ToString(CultureInfo.InvariantCulture) + " (secondary " + result.Policy.Secondary + ")." },
            new object[] { "The audit and review of this suppression hold the hidden values and are written to a separate file marked " +
                           "AUDIT-NOT-FOR-RELEASE (CSV: also REVIEW-NOT-FOR-RELEASE): they are for the analyst and must never be published." },
        };
        rows.AddRange(result.Policy.Footnote.Split('\n').Select(line => new object[] { line }));
        if (Enumerable.Range(0, result.Table.Rows.Count).Any(r => result.Table.Rows[r].Keys.Concat(result.Table.Rows[r].Measures).Any(FormulaText.IsFormulaLike)))
        {
            rows.Add([SuppressMessages.FormulaNote]);
        }

        rows.AddRange(result.Warnings.Select(w => new object[] { "Warning: " + w }));
        return rows;
    }
}
