using AnalysisKit.Extracts;
using AnalysisKit.Samples;

namespace AnalysisKit.Benchmarks.Extracts;

/// <summary>
/// PHS "Prescriptions in the Community" as published (one row per practice × BNF presentation × month, sorted by
/// month, board, practice and code): HBT, GPPractice, BNFItemCode (15 characters, 12,000 distinct),
/// BNFItemDescription (about a quarter with commas or quoted brand names, so quoted), ClassOfPreparationCode,
/// NumberOfPaidItems, PaidQuantity (some halves), GrossIngredientCost (pence), PaidDateMonth as yyyyMM.
/// </summary>
internal sealed class PrescriptionsInTheCommunityFile : CorpusFile
{
    private static readonly string[] Columns =
    [
        "HBT", "GPPractice", "BNFItemCode", "BNFItemDescription", "ClassOfPreparationCode", "NumberOfPaidItems",
        "PaidQuantity", "GrossIngredientCost", "PaidDateMonth",
    ];

    public override string Name => "pitc";

    public override string Shape => "PHS Prescriptions in the Community: yyyyMM months, quoted descriptions, sorted";

    public override ExtractSchema Schema { get; } = new("prescriptions in the community",
    [
        ExtractColumn.Code("HBT"),
        ExtractColumn.Code("GPPractice"),
        ExtractColumn.Code("BNFItemCode"),
        ExtractColumn.Text("BNFItemDescription"),
        ExtractColumn.Code("ClassOfPreparationCode"),
        ExtractColumn.Count("NumberOfPaidItems", "items"),
        ExtractColumn.Number("PaidQuantity", "units"),
        ExtractColumn.Number("GrossIngredientCost", "GBP"),
        ExtractColumn.Month("PaidDateMonth"),
    ])
    {
        Practice = "GPPractice",
        Period = "PaidDateMonth",
    };

    public override IReadOnlyList<string> GroupBy => ["GPPractice", "PaidDateMonth"];

    public override IReadOnlyList<string> Sums => ["NumberOfPaidItems", "PaidQuantity", "GrossIngredientCost"];

    public override Type[] LoadCsvTypes =>
    [
        typeof(string), typeof(string), typeof(string), typeof(string), typeof(string), typeof(long), typeof(double),
        typeof(double), typeof(string),
    ];

    public override void Write(string path, int rows)
    {
        var scotland = new SyntheticScotland(12_000);
        var stream = SplitMix64.Derive(SyntheticScotland.Seed, 10);
        using var writer = new CorpusWriter(path);
        writer.Header(Columns);
        var perPracticeMonth = Math.Max(1.0, rows / (12.0 * scotland.PracticeCodes.Length));
        var written = 0;
        for (var month = 0; written < rows; month++)
        {
            for (var p = 0; p < scotland.PracticeCodes.Length && written < rows; p++)
            {
                // The practice's presentations this month: a sorted random subset of the catalogue (geometric gaps).
                var share = Math.Min(1.0, perPracticeMonth * scotland.PracticeSize[p] / scotland.Codes.Length);
                var code = Gap(stream, share) - 1;
                for (; code < scotland.Codes.Length && written < rows; code += Gap(stream, share))
                {
                    var items = SyntheticScotland.Items(stream);
                    writer.Text(scotland.PracticeBoards[p]);
                    writer.Text(scotland.PracticeCodes[p]);
                    writer.Text(scotland.Codes[code]);
                    writer.Text(scotland.Descriptions[code]);
                    writer.Text(scotland.Classes[code]);
                    writer.Integer(items);
                    var tenths = scotland.QuantityTenths(code, items, stream);
                    writer.Decimal(tenths % 10 == 0 ? tenths / 10 : tenths, tenths % 10 == 0 ? 0 : 1);
                    writer.Decimal((long)items * scotland.UnitPence[code] * (1 + stream.NextInt(3)), 2);
                    writer.Date(2024 + (month / 12), 1 + (month % 12), 1, "yM");
                    writer.EndRow();
                    written++;
                }
            }
        }
    }

    /// <summary>The distance to the next chosen presentation when each is chosen with probability <paramref name="share"/>.</summary>
    private static int Gap(SplitMix64 stream, double share) =>
        share >= 1 ? 1 : 1 + (int)Math.Min(int.MaxValue / 2, Math.Log(1 - stream.NextDouble()) / Math.Log(1 - share));
}
