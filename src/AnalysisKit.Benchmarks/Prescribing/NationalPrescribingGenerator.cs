using System.Globalization;
using System.Text;
using AnalysisKit.Definitions;

namespace AnalysisKit.Benchmarks.Prescribing;

/// <summary>
/// Writes a seeded synthetic year of national prescribing in the PHS "Prescriptions in the Community" layout, one file
/// per month (HBT, GPPractice, BNFItemCode, BNFItemDescription, ClassOfPreparationCode, NumberOfPaidItems, PaidQuantity,
/// GrossIngredientCost, PaidDateMonth): every practice of the sample lookup prescribes every presentation every month.
/// The presentations are every BNF code the starter measures name (so each measure has work to do) and filler codes
/// across the BNF chapters, 1,400 in all: 930 practices × 1,400 ≈ 1.3 million rows a month, as PHS publishes.
/// Same seed, same bytes.
/// </summary>
internal static class NationalPrescribingGenerator
{
    public const int Seed = 20250101;

    public const int Presentations = 1_400;

    /// <summary>Writes the files and returns their paths, January first.</summary>
    /// <param name="folder">Where to write.</param>
    /// <param name="practices">The practice codes (and their board code).</param>
    /// <param name="measures">The measures whose codes must appear.</param>
    /// <param name="months">How many months from January 2025.</param>
    /// <param name="presentations">How many presentations each practice prescribes each month.</param>
    public static IReadOnlyList<string> Write(string folder, IReadOnlyList<(string Practice, string Board)> practices, IReadOnlyList<MeasureDefinition> measures, int months, int presentations)
    {
        var codes = Codes(measures, presentations);
        var descriptions = codes.Select((c, i) => $"SYNTHETIC PRESENTATION {i:D4}_TAB {10 + (i % 90)}MG").ToArray();
        var random = new Random(Seed);
        var files = new List<string>();
        for (var m = 0; m < months; m++)
        {
            var month = new DateOnly(2025, 1, 1).AddMonths(m).ToString("yyyyMM", CultureInfo.InvariantCulture);
            var path = Path.Combine(folder, $"pitc{month}.csv");
            using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
            writer.Write("HBT,GPPractice,BNFItemCode,BNFItemDescription,ClassOfPreparationCode,NumberOfPaidItems,PaidQuantity,GrossIngredientCost,PaidDateMonth\n");
            var line = new StringBuilder(128);
            foreach (var (practice, board) in practices)
            {
                for (var c = 0; c < codes.Count; c++)
                {
                    var items = 1 + random.Next(40);
                    var quantity = items * (7 + (c % 50));
                    line.Clear()
                        .Append(board).Append(',').Append(practice).Append(',').Append(codes[c]).Append(',').Append(descriptions[c]).Append(",1,")
                        .Append(items.ToString(CultureInfo.InvariantCulture)).Append(',')
                        .Append(quantity.ToString(CultureInfo.InvariantCulture)).Append(',')
                        .Append((quantity * (0.05 + (c % 17 * 0.11))).ToString("0.00", CultureInfo.InvariantCulture)).Append(',')
                        .Append(month).Append('\n');
                    writer.Write(line);
                }
            }

            files.Add(path);
        }

        return files;
    }

    /// <summary>Every code the measures list, one match of each prefix and pattern, then filler codes up to <paramref name="count"/>.</summary>
    private static List<string> Codes(IReadOnlyList<MeasureDefinition> measures, int count)
    {
        var codes = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var filter in measures.SelectMany(m => new[] { m.Indicator.Numerator, m.Indicator.Denominator.Expression }).OfType<CountExpression>().SelectMany(e => e.Filters))
        {
            codes.UnionWith(filter.Codes);
            codes.UnionWith(filter.Prefixes.Select(p => (p + "AAAAAAAAAAAAAAA")[..15]));
            codes.UnionWith(filter.LikePatterns.Select(p => p.Replace("%", "BSAA", StringComparison.Ordinal)));
        }

        for (var i = 0; codes.Count < count; i++)
        {
            var chapter = 1 + (i % 15);
            var letter = (char)('A' + (i % 26));
            codes.Add(string.Create(CultureInfo.InvariantCulture, $"{chapter:D2}{(i * 7919) % 100000:D5}Z{i % 100:D2}AAB{letter}{letter}"));
        }

        return [.. codes.Take(count)];
    }
}
