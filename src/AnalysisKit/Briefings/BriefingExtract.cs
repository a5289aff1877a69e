using System.Globalization;

namespace AnalysisKit.Briefings;

/// <summary>
/// A monthly extract in the data-samples layout (Month yyyyMM, PracticeCode, HB, HSCP, GPCluster, ListSize, then
/// measures with their QF columns), read whole. An empty measure is missing (opted-out or not available), never 0.
/// Unreadable cells throw naming the file, line, column and value.
/// </summary>
public sealed class BriefingExtract
{
    private BriefingExtract(string path, IReadOnlyList<string> measures, IReadOnlyList<BriefingExtractRow> rows)
    {
        Path = path;
        Measures = measures;
        Rows = rows;
    }

    /// <summary>The file read.</summary>
    public string Path { get; }

    /// <summary>The measure columns, in file order (QF columns left out).</summary>
    public IReadOnlyList<string> Measures { get; }

    /// <summary>One row per practice-month, in file order.</summary>
    public IReadOnlyList<BriefingExtractRow> Rows { get; }

    /// <summary>The index of a measure in <see cref="BriefingExtractRow.Values"/>.</summary>
    /// <param name="measure">A name from <see cref="Measures"/>.</param>
    public int MeasureIndex(string measure)
    {
        for (var i = 0; i < Measures.Count; i++)
        {
            if (string.Equals(Measures[i], measure, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new ArgumentException(BriefingMessages.MissingColumn(Path, measure), nameof(measure));
    }

    /// <summary>Reads an extract.</summary>
    /// <param name="path">A CSV in the data-samples layout.</param>
    public static BriefingExtract Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var lines = File.ReadAllLines(path);
        var header = lines[0].Split(',');
        int Column(string name)
        {
            var index = Array.IndexOf(header, name);
            return index >= 0 ? index : throw new InvalidDataException(BriefingMessages.MissingColumn(path, name));
        }

        int month = Column("Month"), practice = Column("PracticeCode"), cluster = Column("GPCluster"), list = Column("ListSize");
        var measureColumns = Enumerable.Range(list + 1, header.Length - list - 1)
            .Where(i => !header[i].EndsWith("QF", StringComparison.Ordinal)).ToArray();
        var rows = new List<BriefingExtractRow>(lines.Length);
        for (var line = 1; line < lines.Length; line++)
        {
            if (lines[line].Length == 0)
            {
                continue;
            }

            var fields = lines[line].Split(',');
            if (fields.Length != header.Length)
            {
                throw new InvalidDataException(BriefingMessages.FieldCount(path, line + 1, fields.Length, header.Length));
            }

            if (!DateOnly.TryParseExact(fields[month], "yyyyMM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                throw new InvalidDataException(BriefingMessages.BadCell(path, line + 1, "Month", fields[month], "a month yyyyMM"));
            }

            var values = new long?[measureColumns.Length];
            for (var m = 0; m < measureColumns.Length; m++)
            {
                values[m] = Count(fields[measureColumns[m]], header[measureColumns[m]], line + 1);
            }

            rows.Add(new BriefingExtractRow(date, fields[practice], fields[cluster],
                Count(fields[list], "ListSize", line + 1) ?? throw new InvalidDataException(BriefingMessages.BadCell(path, line + 1, "ListSize", "", "a count")),
                values));
        }

        return new BriefingExtract(path, measureColumns.Select(i => header[i]).ToArray(), rows);

        long? Count(string text, string column, long row) =>
            text.Length == 0 ? null
            : long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value
            : throw new InvalidDataException(BriefingMessages.BadCell(path, row, column, text, "a whole number ≥ 0 or empty"));
    }
}
