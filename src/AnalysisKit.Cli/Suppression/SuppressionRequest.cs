using System.Globalization;
using AnalysisKit.Disclosure;

namespace AnalysisKit.Cli.Suppression;

/// <summary>What <c>akit suppress</c> was asked to do, and how the input file becomes a <see cref="DisclosureTable"/>.</summary>
internal sealed record SuppressionRequest(
    string Input,
    string Policy,
    string Out,
    IReadOnlyList<string> Hierarchy,
    string TotalLabel,
    string? TotalColumn,
    IReadOnlyList<string>? Counts,
    IReadOnlyList<string> Measures)
{
    /// <summary>The table, checked: every named column exists, every count is a whole number ≥ 0 or missing.</summary>
    public DisclosureTable BuildTable(InputTable input)
    {
        var header = input.Header;
        var duplicate = header.GroupBy(h => h, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException(SuppressMessages.DuplicateHeader(input.Path, duplicate.Key));
        }

        int Column(string option, string name) =>
            header.ToList().IndexOf(name) is var i and >= 0 ? i : throw new ArgumentException(SuppressMessages.UnknownColumn(input.Path, option, name, header));

        var keys = Hierarchy.Select(h => Column("--hierarchy", h)).ToArray();
        var followers = Measures.Select(ParseMeasure).ToList();
        var measureColumns = followers.Select(f => Column("--measure", f.Name)).ToArray();
        foreach (var follower in followers)
        {
            Column("--measure", follower.CountColumn);
        }

        var counts = (Counts ?? header.Where(h => !Hierarchy.Contains(h) && followers.All(f => f.Name != h)).ToList())
            .Select(c => Column("--counts", c)).ToArray();
        var unnamed = header.Where((h, i) => !keys.Contains(i) && !measureColumns.Contains(i) && !counts.Contains(i)).FirstOrDefault();
        if (unnamed is not null)
        {
            throw new ArgumentException(SuppressMessages.UnnamedColumn(input.Path, unnamed));
        }

        if (TotalColumn is not null)
        {
            Column("--total-column", TotalColumn);
        }

        var rows = input.Rows.Select(row => new TableRow(
            keys.Select(k => row.Fields[k]).ToArray(),
            counts.Select(c => ParseCount(input.Path, row.Line, header[c], row.Fields[c])).ToArray(),
            measureColumns.Select(m => row.Fields[m]).ToArray())).ToList();
        EnsureTotalFits(input, rows, counts.Select(c => header[c]).ToList(), counts);
        return new DisclosureTable(Path.GetFileName(input.Path), Hierarchy, TotalLabel, counts.Select(c => header[c]).ToArray(), TotalColumn, followers, rows);
    }

    /// <summary>
    /// The largest total of a table's counts: every sum the table checks and every interval the suppression works out
    /// is exact up to 2^53 (the suppression's linear programming works in doubles). Two counts of
    /// 2^63 − 1 would overflow; real tables are far below this.
    /// </summary>
    public const long MaxTotal = 1L << 53;

    private static void EnsureTotalFits(InputTable input, List<TableRow> rows, List<string> names, int[] columns)
    {
        Int128 total = 0;
        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < names.Count; c++)
            {
                total += rows[r].Counts[c] ?? 0;
                if (total > MaxTotal)
                {
                    throw new ArgumentException(SuppressMessages.TotalTooLarge(input.Path, input.Rows[r].Line, names[c], input.Rows[r].Fields[columns[c]], MaxTotal));
                }
            }
        }
    }

    private static long? ParseCount(string path, int line, string column, string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0 || trimmed == "NA")
        {
            return null;
        }

        if (long.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            return count;
        }

        // A whole number written with decimals (12.0; an xlsx double): plain digits and a point only — no sign, no
        // exponent, no separators — and whole.
        if (decimal.TryParse(trimmed, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d) && d == decimal.Truncate(d) && d < 1e15m)
        {
            return (long)d;
        }

        throw new ArgumentException(SuppressMessages.NotACount(path, line, column, text));
    }

    private static FollowerColumn ParseMeasure(string value)
    {
        var equals = value.IndexOf('=', StringComparison.Ordinal);
        var colon = value.LastIndexOf(':');
        if (equals <= 0 || colon <= equals + 1 || colon == value.Length - 1)
        {
            throw new ArgumentException(SuppressMessages.BadMeasure(value));
        }

        var kind = value[(colon + 1)..] switch
        {
            "%" => MeasureKind.Percentage,
            "cr" => MeasureKind.CrudeRate,
            "sr" => MeasureKind.StandardisedRate,
            _ => throw new ArgumentException(SuppressMessages.BadMeasure(value)),
        };
        return new FollowerColumn(value[..equals], value[(equals + 1)..colon], kind);
    }
}
