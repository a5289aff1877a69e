using AnalysisKit.Testing;

namespace AnalysisKit.Tests.Samples;

/// <summary>A committed sample extract read with plain string splitting (the files have no quoted fields).</summary>
internal sealed class SampleExtract
{
    private readonly Dictionary<string, int> _columns;

    private SampleExtract(string relativePath)
    {
        var lines = File.ReadAllLines(RepoPaths.InRepo(Path.Combine("data-samples", relativePath)));
        _columns = lines[0].Split(',').Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i, StringComparer.Ordinal);
        Rows = [.. lines.Skip(1).Select(line => line.Split(','))];
    }

    internal static SampleExtract Prescribing { get; } = new("extracts/prescribing-monthly.csv");

    internal static SampleExtract Activity { get; } = new("extracts/activity-monthly.csv");

    internal static SampleExtract Registers { get; } = new("extracts/registers-quarterly.csv");

    internal IReadOnlyList<string[]> Rows { get; }

    internal string Text(string[] row, string column) => row[_columns[column]];

    internal long Number(string[] row, string column) => long.Parse(Text(row, column), System.Globalization.CultureInfo.InvariantCulture);

    internal IEnumerable<string[]> Practice(string code) => Rows.Where(r => Text(r, "PracticeCode") == code);
}
