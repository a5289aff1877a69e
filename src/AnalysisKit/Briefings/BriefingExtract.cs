using AnalysisKit.Extracts;
using AnalysisKit.Samples;
using Microsoft.Data.Analysis;

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

    /// <summary>
    /// Reads a sample extract through the validated extract loader (<see cref="SampleExtracts"/> declares each file's
    /// schema): counts are integers, and an empty or flagged measure is missing, never 0. Bad cells stop the load with
    /// an <see cref="ExtractLoadException"/> naming the file, row, column and value.
    /// </summary>
    /// <param name="path">A CSV in the data-samples layout, named as <c>akit samples generate</c> names it.</param>
    public static BriefingExtract Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var schema = SampleExtracts.ForFile(path);
        var extract = CsvExtractReader.Load(path, schema);
        var measures = SampleExtracts.Measures(schema);
        var data = extract.Data;
        DataFrameColumn month = data.Columns["Month"], practice = data.Columns["PracticeCode"],
            cluster = data.Columns["GPCluster"], list = data.Columns["ListSize"];
        var values = measures.Select(m => data.Columns[m]).ToArray();
        var rows = new List<BriefingExtractRow>((int)data.Rows.Count);
        for (long row = 0; row < data.Rows.Count; row++)
        {
            var counts = new long?[values.Length];
            for (var m = 0; m < values.Length; m++)
            {
                counts[m] = (long?)values[m][row];
            }

            rows.Add(new BriefingExtractRow(DateOnly.FromDateTime((DateTime)month[row]), (string)practice[row],
                (string?)cluster[row] ?? "", (long)list[row], counts));
        }

        return new BriefingExtract(path, measures, rows);
    }
}
