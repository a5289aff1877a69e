using System.Globalization;
using AnalysisKit.Samples;

namespace AnalysisKit.Benchmarks.Extracts;

/// <summary>
/// The invented practices and BNF presentations the corpus files draw from: 930 practices in the 14 health boards
/// (PHS board codes, 5-digit practice codes), and BNF presentations with 15-character codes built as the BNF builds
/// them (chapter, section, paragraph, sub-paragraph, chemical, product, strength/formulation, generic equivalent),
/// descriptions in the PHS style (<c>CO-CODAMOL_TAB 30MG/500MG</c>, some with commas and quoted brand names), class
/// of preparation, pack size and a unit price. Everything comes from <see cref="SplitMix64"/> streams, so the same
/// seed gives the same values on every machine.
/// </summary>
internal sealed class SyntheticScotland
{
    public const ulong Seed = 20261123;

    private static readonly string[] Boards =
    [
        "S08000015", "S08000016", "S08000017", "S08000019", "S08000020", "S08000022", "S08000024",
        "S08000025", "S08000026", "S08000028", "S08000029", "S08000030", "S08000031", "S08000032",
    ];

    private static readonly string[] Syllables =
    [
        "CO", "MA", "GAL", "DROX", "PARA", "CETA", "MOL", "AMLO", "DIP", "INE", "ATOR", "VAS", "TAT", "IN", "OME", "PRA",
        "ZOLE", "SAL", "BUT", "AMOL", "LEVO", "THY", "ROX", "MET", "FOR", "LAN", "SER", "TRA", "LINE", "CIT", "ALO", "PRAM",
    ];

    private static readonly string[] Forms = ["TAB", "CAP", "ORAL SOLN", "SUSP", "CREAM", "INHALER", "INJ", "PATCH", "DROPS", "GEL"];

    private static readonly string[] Brands = ["ZAPAIN", "EVOHALER", "FREEFLEX", "ACCUHALER", "SOLUTAB", "FLEXPEN"];

    private static readonly string[] Towns =
    [
        "Ayr", "Dumfries", "Kirkcaldy", "Glasgow", "Inverness", "Aberdeen", "Edinburgh", "Lerwick", "Kirkwall", "Stirling",
        "Perth", "Dundee", "Paisley", "Stornoway", "Galashiels", "Oban", "Elgin", "Wick",
    ];

    public SyntheticScotland(int presentations)
    {
        var practiceStream = SplitMix64.Derive(Seed, 1);
        PracticeCodes = new string[930];
        PracticeBoards = new string[930];
        PracticeNames = new string[930];
        PracticeSize = new double[930];
        for (var i = 0; i < PracticeCodes.Length; i++)
        {
            PracticeCodes[i] = (10002 + (i * 7)).ToString(CultureInfo.InvariantCulture);
            PracticeBoards[i] = Boards[i * Boards.Length / PracticeCodes.Length];
            var town = Towns[practiceStream.NextInt(Towns.Length)];
            PracticeNames[i] = practiceStream.NextInt(3) == 0
                ? $"The {town} Medical Practice, {Street(practiceStream)}"
                : $"{town} Health Centre ({i + 1})";
            PracticeSize[i] = 0.3 + (1.7 * practiceStream.NextDouble());
        }

        var stream = SplitMix64.Derive(Seed, 2);
        var codes = new SortedDictionary<string, int>(StringComparer.Ordinal);
        while (codes.Count < presentations)
        {
            var chemical = string.Create(CultureInfo.InvariantCulture,
                $"{1 + stream.NextInt(23):D2}{1 + stream.NextInt(12):D2}{1 + stream.NextInt(9):D2}{stream.NextInt(10)}{Alphanumeric(stream)}{Alphanumeric(stream)}");
            var code = chemical + Letters(stream, 6);
            codes.TryAdd(code, codes.Count);
        }

        Codes = codes.Keys.ToArray();
        Descriptions = new string[Codes.Length];
        Classes = new string[Codes.Length];
        PackSize = new int[Codes.Length];
        UnitPence = new int[Codes.Length];
        for (var i = 0; i < Codes.Length; i++)
        {
            var name = string.Concat(Enumerable.Range(0, 2 + stream.NextInt(3)).Select(_ => Syllables[stream.NextInt(Syllables.Length)]));
            var strength = (5 * (1 + stream.NextInt(200))).ToString(CultureInfo.InvariantCulture);
            var description = $"{name}_{Forms[stream.NextInt(Forms.Length)]} {strength}MG";
            var kind = stream.NextInt(20);
            description = kind switch
            {
                0 or 1 or 2 => $"{description}, {strength}MG/5ML S/F",                 // a comma: quoted
                3 => $"{description} \"{Brands[stream.NextInt(Brands.Length)]}\"",      // a quoted brand name
                4 => $"{description}, \"{Brands[stream.NextInt(Brands.Length)]}\" PACK", // both
                _ => description,
            };
            Descriptions[i] = description;
            Classes[i] = stream.NextInt(4) switch { 0 => "P", 1 => "B", _ => "G" };
            PackSize[i] = stream.NextInt(6) switch { 0 => 28, 1 => 56, 2 => 30, 3 => 100, 4 => 500, _ => 1 };
            UnitPence[i] = 1 + stream.NextInt(stream.NextInt(10) == 0 ? 40_000 : 1_500);
        }
    }

    public string[] PracticeCodes { get; }

    public string[] PracticeBoards { get; }

    public string[] PracticeNames { get; }

    /// <summary>Each practice's relative size (0.3–2.0): how many rows it has compared with others.</summary>
    public double[] PracticeSize { get; }

    /// <summary>BNF presentation codes, 15 characters, in ordinal order.</summary>
    public string[] Codes { get; }

    public string[] Descriptions { get; }

    public string[] Classes { get; }

    public int[] PackSize { get; }

    public int[] UnitPence { get; }

    /// <summary>Paid items on one row: 1 + a geometric number with mean about 12 (most rows small, a long tail).</summary>
    public static int Items(SplitMix64 stream) => 1 + (int)Math.Min(5_000, -Math.Log(1 - stream.NextDouble()) * 12);

    /// <summary>The quantity for <paramref name="items"/> items of a presentation, in tenths (liquids come in half units).</summary>
    public long QuantityTenths(int presentation, int items, SplitMix64 stream) =>
        (long)items * PackSize[presentation] * 10 * (1 + stream.NextInt(3)) / (stream.NextInt(8) == 0 ? 2 : 1);

    private static string Street(SplitMix64 stream) =>
        $"{1 + stream.NextInt(200)} {(stream.NextInt(2) == 0 ? "High" : "Main")} Street";

    private static char Alphanumeric(SplitMix64 stream) => "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"[stream.NextInt(34)];

    private static string Letters(SplitMix64 stream, int count) =>
        string.Create(count, stream, (span, s) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = (char)('A' + s.NextInt(i % 2 == 0 ? 4 : 8));
            }
        });
}
