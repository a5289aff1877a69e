using System.Globalization;
using Microsoft.Data.Analysis;

namespace AnalysisKit.Benchmarks.Extracts;

/// <summary>A result's row count and, for sums, the grand total of each summed column (to check methods agree).</summary>
internal sealed record ResultSummary(long Rows, double[] Totals)
{
    public static ResultSummary RowsOf(DataFrame frame) => new(frame.Rows.Count, []);

    public static ResultSummary Of(DataFrame sums, IReadOnlyList<string> columns) =>
        new(sums.Rows.Count, columns.Select(c => Total(sums.Columns[c])).ToArray());

    /// <summary>True when both have the same groups count and totals (counts exactly, money within 1e-9 relative).</summary>
    public bool Agrees(ResultSummary other) =>
        Rows == other.Rows && Totals.Length == other.Totals.Length &&
        Totals.Zip(other.Totals).All(p => Math.Abs(p.First - p.Second) <= 1e-9 * Math.Max(1, Math.Abs(p.First)));

    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{Rows:N0} rows{string.Concat(Totals.Select(t => $", {t:R}"))}");

    public string Serialise() => string.Join(' ', new[] { Rows.ToString(CultureInfo.InvariantCulture) }
        .Concat(Totals.Select(t => t.ToString("R", CultureInfo.InvariantCulture))));

    public static ResultSummary Parse(string text)
    {
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return new ResultSummary(long.Parse(parts[0], CultureInfo.InvariantCulture),
            parts.Skip(1).Select(p => double.Parse(p, CultureInfo.InvariantCulture)).ToArray());
    }

    private static double Total(DataFrameColumn column)
    {
        var total = 0.0;
        for (long r = 0; r < column.Length; r++)
        {
            total += column[r] switch
            {
                null => 0,
                long l => l,
                double d => d,
                System.Numerics.BigInteger b => (double)b,
                var v => Convert.ToDouble(v, CultureInfo.InvariantCulture),
            };
        }

        return total;
    }
}
