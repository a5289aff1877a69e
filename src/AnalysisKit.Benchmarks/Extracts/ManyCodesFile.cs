using AnalysisKit.Extracts;
using AnalysisKit.Samples;

namespace AnalysisKit.Benchmarks.Extracts;

/// <summary>
/// A national file by BNF presentation with many distinct codes: 30,000 15-character BNF codes drawn with Zipf
/// frequencies (a few very common, a long tail seen a handful of times), their 9-character chemical codes, practice,
/// month as yyyy-MM, items and cost; random order.
/// </summary>
internal sealed class ManyCodesFile : CorpusFile
{
    private const int Presentations = 30_000;

    public override string Name => "many-codes";

    public override string Shape => "30,000 distinct 15-character BNF codes (Zipf), yyyy-MM months";

    public override ExtractSchema Schema { get; } = new("prescribing by presentation",
    [
        ExtractColumn.Code("practice"),
        ExtractColumn.Month("month"),
        ExtractColumn.Code("bnf_code"),
        ExtractColumn.Code("bnf_chemical"),
        ExtractColumn.Count("items", "items"),
        ExtractColumn.Number("cost", "GBP"),
    ])
    {
        Practice = "practice",
        Period = "month",
    };

    public override IReadOnlyList<string> GroupBy => ["practice", "month"];

    public override IReadOnlyList<string> Sums => ["items", "cost"];

    public override Type[] LoadCsvTypes => [typeof(string), typeof(string), typeof(string), typeof(string), typeof(long), typeof(double)];

    public override void Write(string path, int rows)
    {
        var scotland = new SyntheticScotland(Presentations);
        var stream = SplitMix64.Derive(SyntheticScotland.Seed, 13);
        var cumulative = new double[Presentations];
        var total = 0.0;
        for (var i = 0; i < Presentations; i++)
        {
            total += 1.0 / (i + 1); // Zipf, exponent 1; rank i is code (i * 7919) mod n, so frequency is not code order
            cumulative[i] = total;
        }

        using var writer = new CorpusWriter(path);
        writer.Header("practice", "month", "bnf_code", "bnf_chemical", "items", "cost");
        for (var r = 0; r < rows; r++)
        {
            var rank = Array.BinarySearch(cumulative, stream.NextDouble() * total);
            rank = rank < 0 ? Math.Min(~rank, Presentations - 1) : rank;
            var code = (int)((rank * 7919L) % Presentations);
            var month = stream.NextInt(12);
            var items = SyntheticScotland.Items(stream);
            writer.Text(scotland.PracticeCodes[stream.NextInt(scotland.PracticeCodes.Length)]);
            writer.Date(2024, 1 + month, 1, "y-M");
            writer.Text(scotland.Codes[code]);
            writer.Text(scotland.Codes[code][..9]);
            writer.Integer(items);
            writer.Decimal((long)items * scotland.UnitPence[code], 2);
            writer.EndRow();
        }
    }
}
