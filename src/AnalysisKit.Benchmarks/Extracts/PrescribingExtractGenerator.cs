using System.Globalization;
using System.Text;

namespace AnalysisKit.Benchmarks.Extracts;

/// <summary>
/// Writes a seeded synthetic monthly prescribing extract (practice, month, BNF code, items, quantity, cost) shaped like
/// the PHS "Prescriptions in the Community" practice file: 1,000 practices, 12 months, 3,000 BNF codes. Same seed and
/// row count give the same bytes.
/// </summary>
internal static class PrescribingExtractGenerator
{
    public const int Seed = 20261123;

    public static void Write(string path, int rows)
    {
        var random = new Random(Seed);
        var practices = Enumerable.Range(0, 1000).Select(i => (10002 + (i * 7)).ToString(CultureInfo.InvariantCulture)).ToArray();
        var bnf = Enumerable.Range(0, 3000).Select(i => "0" + (i % 15 + 1).ToString("D1", CultureInfo.InvariantCulture)[..1] +
            (100000 + i).ToString(CultureInfo.InvariantCulture) + "AAAB" + (char)('A' + (i % 26))).ToArray();
        var months = Enumerable.Range(1, 12).Select(m => "2024-" + m.ToString("D2", CultureInfo.InvariantCulture)).ToArray();
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        writer.Write("practice,month,bnf_code,items,quantity,cost\n");
        for (var r = 0; r < rows; r++)
        {
            var items = random.Next(1, 300);
            writer.Write(practices[random.Next(practices.Length)]);
            writer.Write(',');
            writer.Write(months[random.Next(months.Length)]);
            writer.Write(',');
            writer.Write(bnf[random.Next(bnf.Length)]);
            writer.Write(',');
            writer.Write(items.ToString(CultureInfo.InvariantCulture));
            writer.Write(',');
            writer.Write((items * random.Next(1, 100) / 2.0).ToString("0.0", CultureInfo.InvariantCulture));
            writer.Write(',');
            writer.Write((random.Next(1, 5_000_00) / 100.0).ToString("0.00", CultureInfo.InvariantCulture));
            writer.Write('\n');
        }
    }
}
