using AnalysisKit.Extracts;
using AnalysisKit.Samples;

namespace AnalysisKit.Benchmarks.Extracts;

/// <summary>
/// A data-warehouse export with ISO dates, in no particular order: practice, the month as the ISO date of its first day
/// (36 months), the dispensing date (any day, yyyy-MM-dd), a BNF code from 4,000, items, whole-number quantity and a
/// cost with two decimals — the file on which issue 17 found the loader 3.3× slower than DuckDB.
/// </summary>
internal sealed class IsoDatesFile : CorpusFile
{
    public override string Name => "iso-dates";

    public override string Shape => "yyyy-MM-dd month and day dates, 4,000 codes, 36 months, random order";

    public override ExtractSchema Schema { get; } = new("dispensing by day",
    [
        ExtractColumn.Code("practice_code"),
        ExtractColumn.Month("month_start"),
        ExtractColumn.Date("dispensed_on"),
        ExtractColumn.Code("bnf_code"),
        ExtractColumn.Count("items", "items"),
        ExtractColumn.Number("quantity", "units"),
        ExtractColumn.Number("cost", "GBP"),
    ])
    {
        Practice = "practice_code",
        Period = "month_start",
    };

    public override IReadOnlyList<string> GroupBy => ["practice_code", "month_start"];

    public override IReadOnlyList<string> Sums => ["items", "quantity", "cost"];

    public override Type[] LoadCsvTypes =>
        [typeof(string), typeof(DateTime), typeof(DateTime), typeof(string), typeof(long), typeof(double), typeof(double)];

    public override void Write(string path, int rows)
    {
        var scotland = new SyntheticScotland(4_000);
        var stream = SplitMix64.Derive(SyntheticScotland.Seed, 11);
        using var writer = new CorpusWriter(path);
        writer.Header("practice_code", "month_start", "dispensed_on", "bnf_code", "items", "quantity", "cost");
        for (var r = 0; r < rows; r++)
        {
            var month = stream.NextInt(36);
            var year = 2022 + (month / 12);
            var code = stream.NextInt(scotland.Codes.Length);
            var items = SyntheticScotland.Items(stream);
            writer.Text(scotland.PracticeCodes[stream.NextInt(scotland.PracticeCodes.Length)]);
            writer.Date(year, 1 + (month % 12), 1, "y-M-d");
            writer.Date(year, 1 + (month % 12), 1 + stream.NextInt(28), "y-M-d");
            writer.Text(scotland.Codes[code]);
            writer.Integer(items);
            writer.Integer((long)items * scotland.PackSize[code]);
            writer.Decimal((long)items * scotland.UnitPence[code], 2);
            writer.EndRow();
        }
    }
}
